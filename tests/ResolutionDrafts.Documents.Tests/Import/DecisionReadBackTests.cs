using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0022, amendment 1): a decision that keeps its author line ("The General Assembly,") over a sentence going on in
/// lower case ("decides: (a) …; (b) …") reads back as it was — through our DOCX, our AKN, text a paragraph a line and a Word file not
/// ours, English and Chinese. It came back as one sentence, "The General Assembly, decides:", the author line inside its text: the
/// reader joined an author line to a next line in lower case even where the line was the organ alone, or a paragraph of its own.
/// A sentence that the printed line cuts after more than the organ ("The General Assembly, recalling …," / "decides …") is still one.
/// </summary>
public sealed class DecisionReadBackTests
{
    private static readonly string[] EnglishItems =
    [
        "To include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”;",
        "To request the Secretary-General to report on the item at that session.",
    ];

    private static readonly string[] ChineseItems = ["将题为“国际法委员会的报告”的项目列入大会第七十六届会议临时议程；", "请秘书长在该届会议上就该项目提出报告。"];

    /// <summary>A draft decision of the Sixth Committee as a delegate types it: an author line and, under it, the sentence going on.</summary>
    private static Draft Typed(string language, DocumentKind kind, string authorLine, string sentence, string[] items)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, kind, kind.IsRevised() ? 1 : null).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata
        {
            Symbol = kind.IsAdopted() ? "A/DEC/75/540" : "A/C.6/75/L.9", Body = zh ? "大会" : "General Assembly", Committee = zh ? "第六委员会" : "Sixth Committee",
            Session = zh ? "第七十五届会议" : "Seventy-fifth session", Distribution = kind.IsAdopted() ? null : "Limited",
            Date = zh ? "2020年10月30日" : "30 October 2020", AgendaItem = new AgendaItem("79", zh ? "国际法委员会的报告" : "Report of the International Law Commission"),
        }).IsSuccess);
        Assert.True(draft.SetTitle(zh ? "国际法委员会第七十二届会议工作报告" : "Report of the International Law Commission on the work of its seventy-second session").IsSuccess);
        Assert.True(draft.SetAuthorLine(authorLine).IsSuccess);
        if (!kind.IsAdopted())
        {
            Assert.True(draft.AddSponsor(new Sponsor(zh ? "奥地利" : "Austria")).IsSuccess);
            Assert.True(draft.AddSponsor(new Sponsor(zh ? "墨西哥" : "Mexico")).IsSuccess);
        }

        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, sentence, id: "op1").IsSuccess);
        for (var i = 0; i < items.Length; i++)
        {
            Assert.True(draft.AddSubParagraph("op1", items[i], id: $"op1-{(char)('a' + i)}").IsSuccess);
        }

        return draft;
    }

    public static TheoryData<string, DocumentKind, string, string, bool> Sentences => new()
    {
        { "en", DocumentKind.DraftDecision, "The General Assembly,", "decides:", true },
        { "en", DocumentKind.RevisedDraftDecision, "The General Assembly,", "decides:", true },
        { "en", DocumentKind.DraftDecision, "The General Assembly,", "decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.", false },
        { "en", DocumentKind.AdoptedDecision, "The General Assembly,", "decided:", true },
        { "zh", DocumentKind.DraftDecision, "大会，", "决定：", true },
        { "zh", DocumentKind.AdoptedDecision, "大会，", "决定：", true },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void AnAuthorLineOverASentenceGoingOn_ReadsBackAsItWas_FromOurDocxAndAkn(string language, DocumentKind kind, string authorLine, string sentence, bool items)
    {
        var draft = Typed(language, kind, authorLine, sentence, items ? DraftLanguage.IsChinese(language) ? ChineseItems : EnglishItems : []);

        foreach (var (form, back) in new[]
                 {
                     ("our docx", WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx)),
                     ("our akn", WhoSamples.Back(AknExporter.ExportBytes(draft), ImportFormat.Akn)),
                 })
        {
            // Was (our DOCX, English): author line "", one paragraph "The General Assembly, decides:".
            Assert.True(DraftJson.Serialize(draft) == DraftJson.Serialize(back), $"{form}: {back.AuthorLine} | {back.Paragraphs[0].Text}");
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void AnAuthorLineOverASentenceGoingOn_ReadsBackAsItWas_FromTextAndAWordFileNotOurs(string language, DocumentKind kind, string authorLine, string sentence, bool items)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Typed(language, kind, authorLine, sentence, items ? zh ? ChineseItems : EnglishItems : []);
        var lines = PrintedLines(draft);

        foreach (var (form, bytes, format) in new[]
                 {
                     ("text", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), ImportFormat.Text),
                     ("text with blank lines", Encoding.UTF8.GetBytes(string.Join("\n\n", lines) + "\n"), ImportFormat.Text),
                     ("a Word file not ours", PlainWord.Of(lines), ImportFormat.Docx),
                 })
        {
            var back = WhoSamples.Back(bytes, format);
            Assert.True((draft.Kind, draft.AuthorLine) == (back.Kind, back.AuthorLine), $"{form}: {back.Kind} | {back.AuthorLine} | {back.Paragraphs[0].Text}");
            var paragraph = Assert.Single(back.Paragraphs);
            Assert.Equal(sentence, paragraph.Text);
            Assert.Equal(draft.Paragraphs[0].SubParagraphs.Select(s => s.Text), paragraph.SubParagraphs.Select(s => s.Text));
        }
    }

    public static TheoryData<string, string> OneSentence => new()
    {
        { "en", "The General Assembly decides:" },
        { "en", "At its 40th plenary meeting, on 2 December 2021, the General Assembly, on the recommendation of the Sixth Committee, decided:" },
        { "zh", "大会决定：" },
    };

    [Theory]
    [MemberData(nameof(OneSentence))]
    public void ADecisionInOneSentence_WithItsItems_StaysOneSentenceWithNoAuthorLine(string language, string sentence)
    {
        var zh = DraftLanguage.IsChinese(language);
        var kind = sentence.StartsWith("At its", StringComparison.Ordinal) ? DocumentKind.AdoptedDecision : DocumentKind.DraftDecision;
        var draft = Typed(language, kind, "", sentence, zh ? ChineseItems : EnglishItems);
        var lines = PrintedLines(draft);

        foreach (var (form, back) in new[]
                 {
                     ("our docx", WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx)),
                     ("our akn", WhoSamples.Back(AknExporter.ExportBytes(draft), ImportFormat.Akn)),
                     ("text", WhoSamples.Back(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), ImportFormat.Text)),
                     ("a Word file not ours", WhoSamples.Back(PlainWord.Of(lines), ImportFormat.Docx)),
                 })
        {
            Assert.True(back.AuthorLine.Length == 0, $"{form}: {back.AuthorLine}");
            var paragraph = Assert.Single(back.Paragraphs);
            Assert.Equal(sentence, paragraph.Text);
            Assert.Equal(2, paragraph.SubParagraphs.Count);
        }
    }

    [Fact]
    public void ASentenceThePrintedLineCutsAfterMoreThanTheOrgan_IsStillOneSentence()
    {
        // A PDF's line ends after the first phrase, which ends with a comma as an author line does; the next goes on in lower case.
        var text = "Austria and Mexico: draft decision\nReport of the International Law Commission\n"
            + "The General Assembly, recalling its resolution 74/186 of 18 December 2019,\n"
            + "decides to include the item in the provisional agenda of its seventy-sixth session.\n";

        var draft = WhoSamples.Import(text);

        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal("", draft.AuthorLine);
        Assert.Equal(
            "The General Assembly, recalling its resolution 74/186 of 18 December 2019, decides to include the item in the provisional agenda of its seventy-sixth session.",
            Assert.Single(draft.Paragraphs).Text);
    }

    /// <summary>The draft's lines as its page prints them, a paragraph a line, written here rather than by the product's exporters.</summary>
    private static List<string> PrintedLines(Draft draft)
    {
        var zh = DraftLanguage.IsChinese(draft.Language);
        var m = draft.Metadata;
        var lines = new List<string> { zh ? "联合国" : "United Nations", m.Symbol!, m.Body! };
        if (draft.Kind.IsAdopted())
        {
            lines.Add(m.Session!);
            lines.Add(zh ? "大会通过的决定" : "Decision adopted by the General Assembly");
        }
        else
        {
            lines.AddRange([zh ? "Distr.: Limited" : "Distr.: Limited", m.Date!, m.Session!, m.Committee!, (zh ? "议程项目" : "Agenda item ") + m.AgendaItem!.Number, m.AgendaItem.Title]);
            var names = draft.Sponsors.Select(s => s.Name).ToList();
            var kind = draft.Kind.IsRevised() ? zh ? "决定修订草案" : "revised draft decision" : zh ? "决定草案" : "draft decision";
            lines.Add(zh ? string.Join("和", names) + "：" + kind : string.Join(" and ", names) + ": " + kind);
        }

        lines.Add(draft.Title);
        if (draft.AuthorLine.Length > 0)
        {
            lines.Add(draft.AuthorLine);
        }

        foreach (var paragraph in draft.Paragraphs)
        {
            lines.Add(paragraph.Text);
            lines.AddRange(paragraph.SubParagraphs.Select((s, i) => $"({(char)('a' + i)}) {s.Text}"));
        }

        return lines;
    }
}
