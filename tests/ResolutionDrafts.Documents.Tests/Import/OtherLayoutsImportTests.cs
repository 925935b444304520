using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16, texts laid out as other layouts and other bodies give them: a short omnibus text pasted one paragraph a line,
/// its section headings printed on two lines ("I" / its title), and a text numbering its own operative paragraphs "(1)",
/// "(2)"; English and Chinese.
/// </summary>
public sealed class OtherLayoutsImportTests
{
    private const string OmnibusEnglish = """
        The General Assembly,
        Recalling its resolution 79/250 of 24 December 2024,
        Having considered the reports of the Secretary-General and the related reports of the Advisory Committee,
        I
        Questions relating to the proposed programme budget for 2026
        1. Approves the proposals of the Secretary-General, subject to the provisions of the present resolution;
        2. Requests the Secretary-General to report thereon in the context of the next budget submission;
        II
        Special subjects relating to the proposed programme budget
        3. Takes note of the report of the Secretary-General;
        4. Decides to revert to the question at its eighty-first session.
        """;

    private const string OmnibusChinese = """
        大会，
        回顾其2024年12月24日第79/250号决议，
        审议了秘书长的报告和行政和预算问题咨询委员会的相关报告，
        一
        与2026年拟议方案预算有关的问题
        1. 核准秘书长的提议，但须遵守本决议的规定；
        2. 请秘书长在下次预算报告中就此提出报告；
        二
        与拟议方案预算有关的特别问题
        3. 注意到秘书长的报告；
        4. 决定在第八十一届会议上继续审议这一问题。
        """;

    [Theory]
    [InlineData(OmnibusEnglish, "I. Questions relating to the proposed programme budget for 2026", "II. Special subjects relating to the proposed programme budget")]
    [InlineData(OmnibusChinese, "一. 与2026年拟议方案预算有关的问题", "二. 与拟议方案预算有关的特别问题")]
    public void ShortOmnibusText_OneParagraphALine_HeadingsOnTwoLines_KeepsEachParagraph(string text, string first, string second)
    {
        // The headings' lines (open) were counted against "one paragraph a line": under 85 % closed, the text was read as a
        // PDF's wrapped lines and the Chinese preamble's two paragraphs became one.
        var draft = Import(text);

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(4, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal([first, second], draft.Paragraphs.Where(p => p.Heading is not null).Select(p => p.Heading));
        Assert.All(draft.Paragraphs, p => Assert.Matches(@"[,;.，；。]$", p.Text));
    }

    [Fact]
    public void PdfTextOfAnOmnibusResolution_IsStillReadAsHardWrapped()
    {
        // The same omnibus text printed as a PDF prints it (narrow lines of at most 40 characters): its wrapped lines still join.
        var text = new StringBuilder();
        foreach (var line in OmnibusEnglish.Split('\n'))
        {
            text.AppendJoin('\n', Wrap(line.TrimEnd('\r'), 40)).Append('\n');
        }

        var draft = Import(text.ToString());

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(4, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("Approves the proposals of the Secretary-General, subject to the provisions of the present resolution;",
            draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Text);
    }

    [Theory]
    [InlineData("""
        The Executive Board,
        Recalling its decision 2024/3 on the strategic plan,
        Having considered the report of the Executive Director,
        (1) Decides to approve the revised programme of work for 2026;
        (2) Requests the Executive Director to report on its implementation at the annual session;
        (3) Also decides to keep the matter under review.
        """, "Decides to approve the revised programme of work for 2026;", "Also decides to keep the matter under review.")]
    [InlineData("""
        执行局，
        回顾其关于战略计划的第2024/3号决定，
        审议了执行主任的报告，
        （1）决定核准2026年订正工作方案；
        （2）请执行主任在年度会议上报告执行情况；
        （3）还决定继续审查这一事项。
        """, "决定核准2026年订正工作方案；", "还决定继续审查这一事项。")]
    [InlineData("""
        The Executive Board,
        Recalling its decision 2024/3 on the strategic plan,
        Having considered the report of the Executive
        Director,
        1) Decides to approve the revised programme of work
        for 2026;
        2) Requests the Executive Director to report on its
        implementation at the annual session;
        3) Also decides to keep the matter under review.
        """, "Decides to approve the revised programme of work for 2026;", "Also decides to keep the matter under review.")]
    public void OperativeParagraphsNumberedInParentheses_AfterThePreamble_AreOperative(string text, string first, string last)
    {
        // "(1) Decides …" right after the preamble was taken for one more preambular paragraph, "(2)" too, with their numbers
        // as words.
        var draft = Import(text);

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal(first, operative[0].Text);
        Assert.Equal(last, operative[2].Text);
        Assert.All(operative, p => Assert.Empty(p.SubParagraphs));
    }

    [Fact]
    public void WorldHealthAssemblyList_UnderANumberedParagraph_StaysSubParagraphs()
    {
        // The "(1)" items of a paragraph numbered "1." are its sub-paragraphs, as before (ADR 0036), even when an item opens
        // with a verb: the text's operative numbering is "1.", not "(1)".
        const string text = """
            The Seventy-ninth World Health Assembly,
            Recalling resolution WHA72.2 (2019),
            Recognizing that primary health care is the cornerstone of a sustainable health system,
            1. URGES Member States:
            (1) to strengthen primary health care;
            (2) to allocate adequate resources;
            2. REQUESTS the Director-General to report in 2028.
            """;

        var draft = Import(text);

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(2, draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).SubParagraphs.Count);
    }

    private static Draft Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

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
}
