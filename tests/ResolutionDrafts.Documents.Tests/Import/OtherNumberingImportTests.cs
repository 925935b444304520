using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Sub-paragraphs numbered as other bodies number them (ADR 0036): the World Health Assembly's "(1) to …" under "1. URGES
/// Member States:", "(i)" first with "(a)" below it, "1)", "a)". The importers build the sub-paragraphs and record the
/// numbering; a text numbering one level two ways keeps the lines it cannot place as words and says so; DOCX and AKN print
/// the numbering and read it back.
/// </summary>
public sealed class OtherNumberingImportTests
{
    private static ImportResult Import(string text, string? language = null) =>
        DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });

    private static Draft Imported(string text, string? language = null)
    {
        var result = Import(text, language);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Draft Unseen(string file)
    {
        var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", file)));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private const string Lists = """
        The Executive Board,

        Recalling its earlier decisions on the programme,

        1. Invites Member States:
        {0} to support the programme:
        {2} through voluntary contributions;
        {3} through secondments of staff;
        {1} to report on their action;
        2. Requests the Director-General to report to the Board at its next session.
        """;

    [Fact]
    public void AWorldHealthAssemblyResolution_ItsNumberedSubParagraphsAreSubParagraphs_NumberedAsPrinted()
    {
        var draft = Unseen("03-wha.txt");

        // They stayed in the operative paragraph's words: "URGES Member States: (1) to strengthen … (2) to allocate …".
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
        Assert.Equal("URGES Member States:", draft.Paragraphs[3].Text);
        Assert.Equal(["to strengthen primary health care as the foundation of universal health coverage;", "to allocate adequate resources to primary health care;"],
            draft.Paragraphs[3].SubParagraphs.Select(s => s.Text));
        Assert.Equal(2, draft.Paragraphs[4].SubParagraphs.Count);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("OP2 (2)", labels[draft.Paragraphs[4].SubParagraphs[1].Id].Label);
        Assert.Equal("(2)", labels[draft.Paragraphs[4].SubParagraphs[1].Id].Marker);
    }

    [Fact]
    public void TheImportPreview_SaysHowSubParagraphsAreNumbered()
    {
        var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", "03-wha.txt")));

        var guess = Assert.Single(result.Review!.Guesses, g => g.What == "Sub-paragraph numbering");
        Assert.Equal(ImportConfidence.High, guess.Confidence);
        Assert.StartsWith("(1), (2) …", guess.Why, StringComparison.Ordinal);
        Assert.Equal(4, result.Review.SubParagraphs);
    }

    [Theory]
    [InlineData("(i)", "(ii)", "(a)", "(b)", "(i) (a)")]
    [InlineData("1)", "2)", "a)", "b)", "1) a)")]
    [InlineData("(1)", "(2)", "(a)", "(b)", "(1) (a)")]
    [InlineData("a)", "b)", "(i)", "(ii)", "a)")]
    [InlineData("(a)", "(b)", "(i)", "(ii)", null)]
    public void AConsistentNumbering_OfAnyBody_GivesItsSubParagraphs_AndIsRecorded(string first, string second, string inner1, string inner2, string? numbering)
    {
        var draft = Imported(string.Format(System.Globalization.CultureInfo.InvariantCulture, Lists, first, second, inner1, inner2));

        var op1 = draft.Paragraphs.Single(p => p.Kind == ParagraphKind.Operative && p.Text == "Invites Member States:");
        Assert.Equal(["to support the programme:", "to report on their action;"], op1.SubParagraphs.Select(s => s.Text));
        Assert.Equal(["through voluntary contributions;", "through secondments of staff;"], op1.SubParagraphs[0].SubParagraphs.Select(s => s.Text));
        Assert.Equal(numbering, draft.Metadata.SubParagraphNumbering);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(inner2, labels[op1.SubParagraphs[0].SubParagraphs[1].Id].Marker);
        Assert.Equal(second, labels[op1.SubParagraphs[1].Id].Marker);
    }

    [Fact]
    public void AChineseTextNumberedWithFullWidthParentheses_GivesItsSubParagraphs()
    {
        var draft = Imported("""
            第七十九届世界卫生大会，
            回顾WHA72.2号决议，
            1. 敦促会员国：
            （1）加强初级卫生保健；
            （2）为初级卫生保健分配充足资源；
            2. 要求总干事向第八十一届世界卫生大会报告进展情况。
            """, DraftLanguage.Chinese);

        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
        Assert.Equal(["加强初级卫生保健；", "为初级卫生保健分配充足资源；"], draft.Paragraphs.Single(p => p.Text == "敦促会员国：").SubParagraphs.Select(s => s.Text));
    }

    [Fact]
    public void ALevelNumberedTwoWays_KeepsTheLinesItCannotPlaceAsWords_AndTheDoubtIsListed()
    {
        var result = Import("""
            The Executive Board,
            Recalling its earlier decisions on the programme,
            1. Invites Member States:
            (1) to support the programme;
            (2) to report on their action;
            2. Requests the Director-General:
            (a) to report to the Board;
            (b) to consult the regional committees;
            3. Decides to keep the matter under review.
            """);

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
        var op2 = draft.Paragraphs.Single(p => p.Text.StartsWith("Requests the Director-General:", StringComparison.Ordinal));
        Assert.Empty(op2.SubParagraphs);
        Assert.Contains("(a) to report to the Board; (b) to consult the regional committees;", op2.Text, StringComparison.Ordinal); // nothing lost
        Assert.Contains(result.Warnings, w => w.Contains("\"(a)\"", StringComparison.Ordinal) && w.Contains("(1)", StringComparison.Ordinal));
        var guess = Assert.Single(result.Review!.Guesses, g => g.What == "Sub-paragraph numbering");
        Assert.Equal(ImportConfidence.Medium, guess.Confidence);
    }

    [Fact]
    public void ATextInTheUnsNumbering_RecordsNone_AndTheUnsFirstItemUnderALeadInIsNotAnotherNumbering()
    {
        var draft = Imported(string.Format(System.Globalization.CultureInfo.InvariantCulture, Lists, "(a)", "(b)", "(i)", "(ii)"));

        Assert.Null(draft.Metadata.SubParagraphNumbering);
        Assert.DoesNotContain(DraftImporter.Import(Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Lists, "(a)", "(b)", "(i)", "(ii)"))).Review!.Guesses,
            g => g.What == "Sub-paragraph numbering");
    }

    [Fact]
    public void TheDocx_PrintsTheNumbering_AndReadsBackTheSameDraft()
    {
        var draft = Unseen("03-wha.txt");

        var bytes = DocxExporter.Export(draft);
        var texts = new Export.DocxFile(bytes).Document.Descendants(W + "p").Select(VisibleText).ToList();
        Assert.Contains(texts, t => t.StartsWith("(2)\tto allocate adequate resources", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("(a)", StringComparison.Ordinal));

        var back = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal("(1)", back.Draft!.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(draft), Shape(back.Draft));
    }

    [Fact]
    public void OurDocx_SaysItsNumbering_SoAListUnderAParagraphWithNoColon_ReadsBackTheSame()
    {
        // Typed in the app: OP1 does not end with a colon; "(1)" there is not a list's opening by the text alone.
        var draft = Draft.Create(DraftLanguage.English).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "WHA79.13", SubParagraphNumbering = "(1)" }).IsSuccess);
        Assert.True(draft.SetAuthorLine("The Seventy-ninth World Health Assembly,").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Preambular, "Recalling resolution WHA72.2 (2019),", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, "URGES Member States, as appropriate to their national contexts,", id: "op1");
        draft.AddSubParagraph("op1", "to strengthen primary health care;", id: "op1-a");
        draft.AddSubParagraph("op1", "to allocate adequate resources;", id: "op1-b");
        draft.InsertParagraph(ParagraphKind.Operative, "REQUESTS the Director-General to report.", id: "op2");

        var back = DraftImporter.Import(DocxExporter.Export(draft), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal("(1)", back.Draft!.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(draft), Shape(back.Draft));
    }

    [Fact]
    public void TheAkn_WritesTheNumbersInNum_AndReadsBackTheNumbering()
    {
        var draft = Imported(string.Format(System.Globalization.CultureInfo.InvariantCulture, Lists, "(i)", "(ii)", "(a)", "(b)"));

        var xml = AknExporter.ToXml(draft).ToString();
        Assert.Contains("<num>(ii)</num>", xml, StringComparison.Ordinal);
        Assert.Contains("<num>(b)</num>", xml, StringComparison.Ordinal);

        var back = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal("(i) (a)", back.Draft!.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(draft), Shape(back.Draft));
    }

    [Fact]
    public void AnAknFileNumberingALevelTwoWays_TakesTheNumberingMostItemsHave_TheUnsOnATie_AndSaysSo()
    {
        var draft = Imported(string.Format(System.Globalization.CultureInfo.InvariantCulture, Lists, "(1)", "(2)", "(i)", "(ii)"));
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
        var xml = AknExporter.ToXml(draft).ToString();
        // The first level's list numbered "(1)", "(b)": one item each way.
        var edited = xml.Replace("<num>(2)</num>", "<num>(b)</num>", StringComparison.Ordinal);

        var back = DraftImporter.Import(Encoding.UTF8.GetBytes(edited), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(back.IsSuccess, back.Error);
        Assert.Contains(back.Warnings, w => w.Contains("more than one way", StringComparison.Ordinal));
        Assert.Null(back.Draft!.Metadata.SubParagraphNumbering);
        Assert.Equal(ImportConfidence.Medium, Assert.Single(back.Review!.Guesses, g => g.What == "Sub-paragraph numbering").Confidence);
    }

    [Fact]
    public void AWordFileOfAnotherOrigin_WithTheNumbersTyped_GivesTheSameSubParagraphs()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", "03-wha.txt")).Where(l => l.Length > 0);
        using var buffer = new MemoryStream();
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                lines.Select(l => new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
                    new DocumentFormat.OpenXml.Wordprocessing.Text(l) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))));
        }

        var result = DraftImporter.Import(buffer.ToArray(), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("(1)", result.Draft!.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(Unseen("03-wha.txt")).Split('\n').Where(l => l.StartsWith("op", StringComparison.Ordinal)), Shape(result.Draft).Split('\n').Where(l => l.StartsWith("op", StringComparison.Ordinal)));
    }

    [Fact]
    public void AWordListNumberingItsSecondLevelInParenthesizedFigures_KeepsThem()
    {
        var bytes = AutoNumberedDocx.Build(secondLevel: "(%2)", secondFormat: DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.Decimal);

        var result = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("(1)", result.Draft!.Metadata.SubParagraphNumbering);
        var requests = result.Draft.Paragraphs.Single(p => p.Text == "Requests the Secretary-General:");
        Assert.Equal(["To report;", "To consult:"], requests.SubParagraphs.Select(s => s.Text));
        Assert.Equal(2, requests.SubParagraphs[1].SubParagraphs.Count);
    }

    /// <summary>The tree of ids and texts.</summary>
    private static string Shape(Draft draft) =>
        string.Join("\n", draft.AllNodes().Select(n => $"{n.Id} {n.Text}"));
}
