using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// ADR 0038 amendment 1: a text that letters its operative paragraphs ("(a) Notes …; (b) Welcomes …", the UNHCR Executive
/// Committee's conclusions) or numbers them in Roman ("I. Decides …; II. Requests …") keeps that numbering, from text, Word
/// (ours and not ours) and AKN, English and Chinese; printed by our DOCX and AKN and read back. Read from words alone (text, a
/// Word file not ours) the reading is kept and the doubt listed, since the UN's "(a)" is a sub-paragraph and its "I." a
/// section's heading; the UN's own texts read as before.
/// </summary>
public sealed class LetteredAndRomanOperativeNumberingTests
{
    private const string LetteredEnglish = """
        The Executive Committee,
        Recalling its conclusions on international protection,
        (a) Notes the persistent and complex dimension of today's refugee problems;
        (b) Welcomes the continuing readiness of States to receive refugees;
        (c) Requests the High Commissioner:
        (i) to report on the protection situation;
        (ii) to consult States on burden-sharing;
        (d) Decides to keep the matter under review.
        """;

    private const string LetteredChinese = """
        执行委员会，
        回顾其关于国际保护的结论，
        (a) 呼吁各国重视当今难民问题的复杂性；
        (b) 鼓励各国继续接纳难民；
        (c) 请高级专员：
        (i) 报告保护情况；
        (ii) 就分担负担问题与各国协商；
        (d) 决定继续审查这一事项。
        """;

    private const string RomanEnglish = """
        The Governing Council,
        Recalling its decision 27/2 of 22 February 2013,
        I. Decides to establish an open-ended committee of permanent representatives;
        II. Requests the Executive Director:
        (a) to report on the implementation of the present decision;
        (b) to consult Member States;
        III. Also decides to keep the matter under review.
        """;

    private const string RomanChinese = """
        理事会，
        回顾其2013年2月22日第27/2号决定，
        I. 决定设立常驻代表不限成员名额委员会；
        II. 请执行主任：
        (a) 报告本决定的执行情况；
        (b) 与会员国协商；
        III. 还决定继续审查这一事项。
        """;

    private static ImportResult FromText(string text) =>
        DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

    private static Draft Ok(ImportResult result)
    {
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static string Shape(Draft draft) =>
        string.Join("\n", draft.Paragraphs.Select(p => $"{p.Id} {p.Kind}").Concat(draft.AllNodes().Select(n => $"{n.Id} {n.Text}")));

    private static List<string> Markers(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).Select(p => labels[p.Id].Marker).ToList();
    }

    [Theory]
    [InlineData(LetteredEnglish, "(a)", 4, "its sub-paragraphs")]
    [InlineData(LetteredChinese, "(a)", 4, "its sub-paragraphs")]
    [InlineData(RomanEnglish, "I.", 3, "its sections' headings")]
    [InlineData(RomanChinese, "I.", 3, "its sections' headings")]
    public void AText_KeepsItsLettersOrRomanNumerals_AndTheDoubtIsListed(string text, string numbering, int operative, string unsUse)
    {
        var result = FromText(text);
        var draft = Ok(result);

        Assert.Equal(numbering, draft.Metadata.OperativeNumbering);
        Assert.Equal(1, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(Enumerable.Range(1, operative).Select(n => OperativeNumbering.Marker(numbering, n)), Markers(draft));
        var holder = draft.Paragraphs.Single(p => p.SubParagraphs.Count > 0);
        Assert.Equal(2, holder.SubParagraphs.Count);
        // A lettered text's items "(i)", "(ii)" print so, not as the UN's "(a)" under "(c)" (the level under them is left "(a)").
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(numbering == "(a)" ? ["(i)", "(ii)"] : ["(a)", "(b)"], holder.SubParagraphs.Select(s => labels[s.Id].Marker));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("two levels alike", StringComparison.Ordinal));
        // Never silent: the reading is kept, the warning and the preview say what else it could be.
        var warning = Assert.Single(result.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
        Assert.Contains(unsUse, warning, StringComparison.Ordinal);
        var guess = Assert.Single(result.Review!.Guesses, g => g.What == "Operative numbering");
        Assert.Equal(ImportConfidence.Medium, guess.Confidence);
        Assert.Contains(unsUse, guess.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordFileOfAnotherOrigin_KeepsItsLetters_WithTheDoubt()
    {
        var result = DraftImporter.Import(ImportEdgeWord.Build(LetteredEnglish.Split('\n')), new ImportOptions { Format = ImportFormat.Docx });
        var draft = Ok(result);

        Assert.Equal("(a)", draft.Metadata.OperativeNumbering);
        Assert.Equal(["(a)", "(b)", "(c)", "(d)"], Markers(draft));
        Assert.Contains(result.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void TheUnsSectionsAndSubParagraphs_ReadAsBefore(string language)
    {
        // "I." over "1. …" is a section's heading — also when its first word ends as a verb does ("Activities", 75/247) —, "(a)"
        // under a lead-in a sub-paragraph: nothing stored, nothing doubted.
        var text = language == "zh"
            ? "大会，\n回顾其第75/1号决议，\nI. 设立\n1. 决定设立一个委员会；\n2. 请秘书长：\n(a) 提出报告；\n(b) 与会员国协商；\nII. 经费筹措\n1. 决定为委员会筹措经费。"
            : "The General Assembly,\nRecalling its resolution 75/1,\nI. Activities of the Office of Internal Oversight Services\n1. Decides to establish a committee;\n2. Requests the Secretary-General:\n(a) to report;\n(b) to consult Member States;\nII. Reports of the Joint Inspection Unit\n1. Decides to finance the committee.";
        var result = FromText(text);
        var draft = Ok(result);

        Assert.Null(draft.Metadata.OperativeNumbering);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Heading is not null));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Review!.Guesses, g => g.What == "Operative numbering");
    }

    /// <summary>A draft typed in the app: its second operative paragraph opens with no verb, so only the file says it is one.</summary>
    private static Draft Typed(string language, string numbering)
    {
        var zh = language == "zh";
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "A/AC.96/L.1", OperativeNumbering = numbering }).IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "执行委员会，" : "The Executive Committee,").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其关于国际保护的结论，" : "Recalling its conclusions on international protection,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到难民问题长期存在；" : "Notes the persistent dimension of refugee problems;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "各国应继续接纳难民；" : "States should continue to receive refugees;", id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定继续审查这一事项。" : "Decides to keep the matter under review.", id: "op3");
        return draft;
    }

    [Theory]
    [InlineData("en", "(a)")]
    [InlineData("zh", "(a)")]
    [InlineData("en", "I.")]
    [InlineData("zh", "I.")]
    public void OurDocx_PrintsTheNumbering_AndReadsBackTheSameDraft_WithNoDoubt(string language, string numbering)
    {
        var draft = Typed(language, numbering);

        var bytes = DocxExporter.Export(draft);
        var texts = new Export.DocxFile(bytes).Document.Descendants(W + "p").Select(VisibleText).ToList();
        Assert.Contains(texts, t => t.StartsWith(OperativeNumbering.Marker(numbering, 2) + "\t", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("2.\t", StringComparison.Ordinal));

        var back = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });
        Assert.Equal(numbering, Ok(back).Metadata.OperativeNumbering);
        Assert.Equal(Shape(draft), Shape(back.Draft!));
        Assert.DoesNotContain(back.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "(a)")]
    [InlineData("zh", "(a)")]
    [InlineData("en", "I.")]
    [InlineData("zh", "I.")]
    public void OurAkn_WritesTheNumbersInNum_AndReadsBackTheSameDraft_WithNoDoubt(string language, string numbering)
    {
        var draft = Typed(language, numbering);

        var xml = AknExporter.ToXml(draft).ToString();
        Assert.Contains($"<num>{OperativeNumbering.Marker(numbering, 2)}</num>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<num>2.</num>", xml, StringComparison.Ordinal);

        var back = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });
        Assert.Equal(numbering, Ok(back).Metadata.OperativeNumbering);
        Assert.Equal(Shape(draft), Shape(back.Draft!));
        Assert.DoesNotContain(back.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
    }

    private const string PartsEnglish = """
        United Nations
        EB/2026/9 A-B
        Executive Board
        Annual session 2026
        Strategic plan and budget
        A
        Strategic plan
        The Executive Board,
        Recalling its decision 2024/3,
        1. Decides to approve the strategic plan;
        2. Requests the Executive Director to report at the annual session.
        B. Integrated budget
        The Executive Board,
        Having considered the integrated budget,
        (1) Approves the integrated budget;
        (2) Requests the Executive Director to report on its use.
        """;

    private const string PartsChinese = """
        联合国
        EB/2026/9 A-B
        执行局
        2026年年度会议
        战略计划和预算
        A
        战略计划
        执行局，
        回顾其第2024/3号决定，
        1. 决定核准战略计划；
        2. 请执行主任在年度会议上提出报告。
        B. 综合预算
        执行局，
        审议了综合预算，
        (1) 核准综合预算；
        (2) 请执行主任报告其使用情况。
        """;

    [Theory]
    [InlineData(PartsEnglish)]
    [InlineData(PartsChinese)]
    public void PartsNumberedDifferently_AreReadAsPrinted_AndTheDoubtIsListed(string text)
    {
        // No resolution of the corpus numbers its parts or sections differently (ADR 0038 amendment 1): the numbering stays the
        // draft's, and a text whose part B numbers "(1)" where part A numbers "1." is read, the doubt said, never silently renumbered.
        var result = FromText(text);
        var draft = Ok(result);

        Assert.True(draft.HasParts);
        Assert.Equal(4, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Contains(result.Warnings, w => w.Contains("numbered in more than one way", StringComparison.Ordinal));
        Assert.Equal(ImportConfidence.Medium, Assert.Single(result.Review!.Guesses, g => g.What == "Operative numbering").Confidence);
    }
}
