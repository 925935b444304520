using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A set-off quotation in text copied from a PDF (issue 16; ADR 0028, amendment 7): the printed lines of one quoted paragraph
/// are one quoted line, as the wrapped lines of an ordinary paragraph are one paragraph, while the quotation's own
/// paragraphs and items ("1. …", "(a) …", a heading, a new sentence after a line ending with a full stop) stay lines of their
/// own. The texts are laid out as the PDF dumps in the shared fixtures are: English with a blank line between paragraphs
/// and trailing spaces, the number alone on its line; Chinese with a blank line after every line and the first line of a
/// paragraph indented; and English with neither.
/// </summary>
public sealed class WrappedQuotationImportTests
{
    private static readonly string[] English =
    [
        "United Nations                                                    A/80/L.99",
        "General Assembly                                                  Distr.: Limited",
        "                                                                  3 November 2025",
        "",
        "Eightieth session",
        "Agenda item 120",
        "Revitalization of the work of the General Assembly",
        "",
        "                 Austria and Norway: draft resolution",
        "",
        "                 Amendment to rule 5 of the rules of procedure",
        "",
        "                 The General Assembly, ",
        " ",
        "Recalling its rules of procedure, in particular rule 5, as amended by its ",
        "resolution 76/262 of 26 April 2022, ",
        " ",
        "1. ",
        "Decides to amend rule 5 of its rules of procedure to read as follows: ",
        " ",
        "“Rule 5 ",
        " ",
        "Notification of sessions ",
        " ",
        "1. The Secretary-General shall notify the Members of the United Nations, at ",
        "least sixty days in advance, of the opening of a regular session of the General ",
        "Assembly, and shall transmit to them the provisional agenda. ",
        " ",
        "2. The notification shall also be addressed to the observers invited by the ",
        "General Assembly to participate in its work. It shall state the date and the ",
        "place of the session. ",
        " ",
        "The notification of a special session shall be made in the same manner, as soon ",
        "as the session is convened. ",
        " ",
        "(a) In the case of a special session, the notification shall be made at least ",
        "fourteen days in advance; ",
        " ",
        "(b) In the case of an emergency special session, at least twelve hours in ",
        "advance.” ",
        " ",
        "2. ",
        "Requests the Secretary-General to issue the rules of procedure as amended by ",
        "the present resolution in all official languages. ",
    ];

    private static readonly string[] EnglishQuoted =
    [
        "“Rule 5",
        "Notification of sessions",
        "1. The Secretary-General shall notify the Members of the United Nations, at least sixty days in advance, of the opening of a regular session of the General Assembly, and shall transmit to them the provisional agenda.",
        "2. The notification shall also be addressed to the observers invited by the General Assembly to participate in its work. It shall state the date and the place of the session.",
        "The notification of a special session shall be made in the same manner, as soon as the session is convened.",
        "(a) In the case of a special session, the notification shall be made at least fourteen days in advance;",
        "(b) In the case of an emergency special session, at least twelve hours in advance.”",
    ];

    [Fact]
    public void EnglishPdfText_QuotedParagraphsWrappedOverLines_AreOneQuotedLineEach()
    {
        var draft = Import(Encoding.UTF8.GetBytes(string.Join("\n", English)), ImportFormat.Text);

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(2, operative.Count);
        Assert.Equal("Decides to amend rule 5 of its rules of procedure to read as follows:", operative[0].Text);
        Assert.Equal(EnglishQuoted, operative[0].Quotation.Select(l => l.Text));
        Assert.Equal("Requests the Secretary-General to issue the rules of procedure as amended by the present resolution in all official languages.", operative[1].Text);
    }

    [Fact]
    public void PdfTextSavedAsWord_OneParagraphAPrintedLine_GivesTheSameQuotedLines()
    {
        var result = DraftImporter.Import(PlainWord.Of(English));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains("The Word file holds a PDF's lines, one paragraph each; it was read as the PDF's text.", result.Warnings);
        Assert.Equal(EnglishQuoted, result.Draft!.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Quotation.Select(l => l.Text));
    }

    [Fact]
    public void EnglishTextWithNoBlankLines_QuotedResolutionsParagraphs_JoinTheirWrappedLines_AndKeepTheirOwn()
    {
        // No blank line and no indent to go by, printed lines of at most 85 characters: a line ending with "." or ";" ends a
        // quoted paragraph, a participle after a comma opens the next (a quoted resolution's preamble), and a line ending
        // inside a sentence, at a comma or not, goes on.
        string[] quoted =
        [
            "“The Human Rights Council,",
            "Recalling the Charter of the United Nations, the Universal Declaration of Human Rights and the international human rights instruments, and the Vienna Declaration and Programme of Action,",
            "Reaffirming that all human rights are universal, indivisible, interrelated, interdependent and mutually reinforcing, and that they must be treated in a fair and equal manner,",
            "1. Decides that the review shall be carried out in a cooperative and transparent manner, with the full involvement of the country concerned and with due regard to its capacity-building needs;",
            "2. Also decides to keep the modalities of the review under consideration at its sixtieth session.”",
        ];
        var text = new StringBuilder("The Human Rights Council,\n");
        foreach (var paragraph in (string[])[
            "Recalling its resolutions 5/1 and 5/2 of 18 June 2007 on the institution-building of the Council and on the code of conduct for special procedures mandate holders,",
            "Noting the proposals made by the Bureau of the Council and the views of Member States expressed during the open-ended consultations held in 2024 and 2025,",
            "1. Decides that the annex to its resolution 5/1 shall read as follows:",
            .. quoted,
            "2. Decides to remain seized of the matter and to review the implementation of the present resolution at its sixty-second session."])
        {
            text.AppendJoin('\n', Wrap(paragraph, 85)).Append('\n');
        }

        var draft = Import(Encoding.UTF8.GetBytes(text.ToString()), ImportFormat.Text);

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(2, operative.Count);
        Assert.Equal(quoted, operative[0].Quotation.Select(l => l.Text));
        Assert.StartsWith("Decides to remain seized of the matter", operative[1].Text, StringComparison.Ordinal);
    }

    /// <summary>A paragraph as a PDF prints it: lines of at most <paramref name="width"/> characters, broken between words.</summary>
    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        yield return line.ToString();
    }

    private static readonly string[] Chinese =
    [
        "联合国 A/80/L.99",
        "大会 Distr.: Limited",
        "2025 年 11 月 3 日",
        "第八十届会议",
        "议程项目 120",
        "振兴大会工作",
        "  奥地利和挪威：决议草案",
        "  议事规则第 5 条修正案",
        " 大会，",
        " 回顾其议事规则，特别是经 2022 年 4 月 26 日第 76/262 号决议修正",
        "的第 5 条，",
        " 1. 决定将其议事规则第 5 条修正如下：",
        " “第 5 条",
        " 届会的通知",
        " 1. 秘书长应至少在大会常会开幕前六十天将开幕日期通知联合国",
        "各会员国，并应向其转递临时议程。",
        " 2. 通知也应送交大会邀请参加其工作的观察员。通知应说明届会",
        "的日期和地点。",
        " 特别届会的通知应以同样方式在召开届会后尽快发出，并应说明",
        "届会的议程",
        " (a) 如为特别届会，通知应至少在十四天前发出；",
        " (b) 如为紧急特别届会，通知应至少在十二小时前发出。”",
        " 2. 请秘书长以所有正式语文印发经本决议修正的议事规则，并确保",
        "其在联合国网站上公布。",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ChinesePdfText_QuotedParagraphsWrappedOverLines_AreOneQuotedLineEach(bool word)
    {
        // As the Chinese PDF dumps are: a blank line after every printed line, a paragraph's first line indented. A line
        // that does not close ("……并应说明" / "届会的议程") goes on; an indented line after it opens the next.
        var lines = Chinese.Select(l => l + " ").SelectMany(l => new[] { l, "" }).ToArray();
        var draft = word ? Import(PlainWord.Of(lines)) : Import(Encoding.UTF8.GetBytes(string.Join("\n", lines)), ImportFormat.Text);

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(2, operative.Count);
        Assert.Equal("决定将其议事规则第5条修正如下：", operative[0].Text);
        Assert.Equal(
            [
                "“第5条",
                "届会的通知",
                "1. 秘书长应至少在大会常会开幕前六十天将开幕日期通知联合国各会员国，并应向其转递临时议程。",
                "2. 通知也应送交大会邀请参加其工作的观察员。通知应说明届会的日期和地点。",
                "特别届会的通知应以同样方式在召开届会后尽快发出，并应说明届会的议程",
                "(a) 如为特别届会，通知应至少在十四天前发出；",
                "(b) 如为紧急特别届会，通知应至少在十二小时前发出。”",
            ],
            operative[0].Quotation.Select(l => l.Text));
        Assert.Equal("请秘书长以所有正式语文印发经本决议修正的议事规则，并确保其在联合国网站上公布。", operative[1].Text);
    }

    [Fact]
    public void OneParagraphALine_QuotedLinesStayAsTyped()
    {
        // Whole lines are whole: an open quoted line ("Notification of sessions") is not joined to the line after it.
        const string text = """
            The General Assembly,
            Recalling its rules of procedure,
            Noting the proposal before it,
            1. Decides to amend rule 5 of its rules of procedure to read as follows:
            “Rule 5
            Notification of sessions
            The Secretary-General shall notify the Members of the United Nations of the opening of a session.
            The notification shall state the date and the place of the session.”
            2. Requests the Secretary-General to issue the rules as amended.
            """;

        var draft = Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text);

        Assert.Equal(4, draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Quotation.Count);
    }

    private static Draft Import(byte[] bytes, ImportFormat? format = null)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }
}
