using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A text's own operative numbering (ADR 0038): "(1)", "(2)" (the World Health Assembly's and other bodies') or "1)", "2)" is
/// read from text, Word (ours and not ours) and AKN, English and Chinese, kept in the draft's metadata, printed by the DOCX and
/// the AKN and read back from them; one numbered two ways keeps the majority's and says which. A UN text stores nothing.
/// </summary>
public sealed class OwnOperativeNumberingTests
{
    private const string English = """
        The Executive Board,
        Recalling its decision 2024/3 on the strategic plan,
        Having considered the report of the Executive Director,
        {0}Decides to approve the revised programme of work for 2026;
        {1}Requests the Executive Director:
        (a) to report on its implementation at the annual session;
        (b) to consult Member States;
        {2}Also decides to keep the matter under review.
        """;

    private const string Chinese = """
        执行局，
        回顾其关于战略计划的第2024/3号决定，
        审议了执行主任的报告，
        {0}决定核准2026年订正工作方案；
        {1}请执行主任：
        (a) 在年度会议上报告执行情况；
        (b) 与会员国协商；
        {2}还决定继续审查这一事项。
        """;

    private static string Text(string template, string first, string second, string third) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, first, second, third);

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
    [InlineData("en", "(1) ", "(2) ", "(3) ", "(1)")]
    [InlineData("en", "1) ", "2) ", "3) ", "1)")]
    [InlineData("zh", "（1）", "（2）", "（3）", "(1)")]
    [InlineData("zh", "(1) ", "(2) ", "(3) ", "(1)")]
    public void AText_KeepsItsOwnOperativeNumbering_AndPrintsIt(string language, string first, string second, string third, string numbering)
    {
        var result = FromText(Text(language == "zh" ? Chinese : English, first, second, third));
        var draft = Ok(result);

        Assert.Equal(numbering, draft.Metadata.OperativeNumbering);
        Assert.Equal(new[] { 1, 2, 3 }.Select(n => OperativeNumbering.Marker(numbering, n)), Markers(draft));
        Assert.Equal(2, draft.Paragraphs.Single(p => p.Kind == ParagraphKind.Operative && p.SubParagraphs.Count > 0).SubParagraphs.Count);
        var guess = Assert.Single(result.Review!.Guesses, g => g.What == "Operative numbering");
        Assert.Equal(ImportConfidence.High, guess.Confidence);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("more than one way", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void AUnText_StoresNothing_AndPrintsAsBefore(string language)
    {
        var result = FromText(Text(language == "zh" ? Chinese : English, "1. ", "2. ", "3. "));
        var draft = Ok(result);

        Assert.Null(draft.Metadata.OperativeNumbering);
        Assert.Equal(["1.", "2.", "3."], Markers(draft));
        Assert.DoesNotContain(result.Review!.Guesses, g => g.What == "Operative numbering");
    }

    [Fact]
    public void AGeneralAssemblyDraft_StoresNoOperativeNumbering()
    {
        var draft = Fixtures.Import("text", "A_80_L.6.txt");

        Assert.Null(draft.Metadata.OperativeNumbering);
        Assert.Equal("1.", ParagraphLabels.Compute(draft)[draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Id].Marker);
    }

    [Theory]
    [InlineData("(1) ", "(2) ", "3. ", "(1)", "(1), (2), (3) …", "(1) … for 2 paragraphs, 1. … for 1 paragraph")]
    [InlineData("(1) ", "2. ", "3. ", null, "1., 2., 3. …", "1. … for 2 paragraphs, (1) … for 1 paragraph")]
    public void OperativeParagraphsNumberedTwoWays_KeepTheMajoritys_AndTheWarningSaysWhich(string first, string second, string third, string? kept, string described, string seen)
    {
        // "(1) Decides …", then "2." or "(2)": read as before (every paragraph operative), the numbering most of them print kept.
        var result = FromText(Text(English, first, second, third));
        var draft = Ok(result);

        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(kept, draft.Metadata.OperativeNumbering);
        var warning = Assert.Single(result.Warnings, w => w.Contains("numbered in more than one way", StringComparison.Ordinal));
        Assert.Contains(described, warning, StringComparison.Ordinal);
        Assert.Contains(seen, warning, StringComparison.Ordinal);
        Assert.Equal(ImportConfidence.Medium, Assert.Single(result.Review!.Guesses, g => g.What == "Operative numbering").Confidence);
    }

    [Fact]
    public void AWordFileOfAnotherOrigin_TypedOrNumberedByWord_KeepsItsOperativeNumbering()
    {
        var typed = ImportEdgeWord.Build(Text(English, "(1) ", "(2) ", "(3) ").Split('\n'));
        var numbered = AutoNumberedDocx.Build(firstLevel: "(%1)");

        var fromTyped = Ok(DraftImporter.Import(typed, new ImportOptions { Format = ImportFormat.Docx }));
        var fromList = Ok(DraftImporter.Import(numbered, new ImportOptions { Format = ImportFormat.Docx }));

        Assert.Equal("(1)", fromTyped.Metadata.OperativeNumbering);
        Assert.Equal(["(1)", "(2)", "(3)"], Markers(fromTyped));
        Assert.Equal("(1)", fromList.Metadata.OperativeNumbering);
        Assert.Equal(["(1)", "(2)", "(3)"], Markers(fromList));
        Assert.Equal(["To report;", "To consult:"], fromList.Paragraphs.Single(p => p.Text == "Requests the Secretary-General:").SubParagraphs.Select(s => s.Text));
    }

    /// <summary>A draft typed in the app: its second operative paragraph opens with no verb, so only the file's word says it is one.</summary>
    private static Draft Typed(string language, string numbering)
    {
        var zh = language == "zh";
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "EB158.R3", OperativeNumbering = numbering }).IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "执行委员会，" : "The Executive Board,").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其第2024/3号决定，" : "Recalling its decision 2024/3,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定核准订正工作方案；" : "Decides to approve the revised programme of work;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "执行主任应报告执行情况；" : "The Executive Director shall report on its implementation;", id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "还决定继续审查这一事项。" : "Also decides to keep the matter under review.", id: "op3");
        return draft;
    }

    [Theory]
    [InlineData("en", "(1)")]
    [InlineData("zh", "(1)")]
    [InlineData("en", "1)")]
    public void OurDocx_PrintsTheNumbering_AndReadsBackTheSameDraft(string language, string numbering)
    {
        var draft = Typed(language, numbering);

        var bytes = DocxExporter.Export(draft);
        var texts = new Export.DocxFile(bytes).Document.Descendants(W + "p").Select(VisibleText).ToList();
        Assert.Contains(texts, t => t.StartsWith(OperativeNumbering.Marker(numbering, 2) + "\t", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("2.\t", StringComparison.Ordinal));

        var back = Ok(DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx }));
        Assert.Equal(numbering, back.Metadata.OperativeNumbering);
        Assert.Equal(Shape(draft), Shape(back));
    }

    [Theory]
    [InlineData("en", "(1)")]
    [InlineData("zh", "(1)")]
    [InlineData("en", "1)")]
    public void OurAkn_WritesTheNumbersInNum_AndReadsBackTheSameDraft(string language, string numbering)
    {
        var draft = Typed(language, numbering);

        var xml = AknExporter.ToXml(draft).ToString();
        Assert.Contains($"<num>{OperativeNumbering.Marker(numbering, 2)}</num>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<num>2.</num>", xml, StringComparison.Ordinal);

        var back = Ok(DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn }));
        Assert.Equal(numbering, back.Metadata.OperativeNumbering);
        Assert.Equal(Shape(draft), Shape(back));
    }

    [Fact]
    public void AWorldHealthAssemblyList_TypedAsAknParagraphs_UnderA1_StaysSubParagraphs()
    {
        // "(1)" under "1. URGES Member States:" is no operative number (ADR 0036 amendment 1): the AKN's typed items stay items.
        var draft = Ok(FromText("""
            The Seventy-ninth World Health Assembly,
            Recalling resolution WHA72.2 (2019),
            1. URGES Member States:
            (1) to strengthen primary health care;
            (2) to allocate adequate resources;
            2. REQUESTS the Director-General to report in 2028.
            """));
        var xml = AknExporter.ToXml(draft).ToString();

        var back = Ok(DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn }));

        Assert.Null(back.Metadata.OperativeNumbering);
        Assert.Equal("(1)", back.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(draft), Shape(back));
    }
}
