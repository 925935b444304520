using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Issue 16's trial: an imported Security Council resolution printed "Resolution adopted by the Security Council" (the
/// General Assembly's heading) and kept its number and meeting line nowhere. It prints as the UN prints S/RES/2799 (2026):
/// the symbol top right, "Resolution 2799 (2026)" bold and centred, the adoption line under it in italics; DOCX and AKN
/// read back the same.
/// </summary>
public sealed class SecurityCouncilPrintTests
{
    public static TheoryData<string, string, string> Resolutions => new()
    {
        { "01-sc-ch7.txt", "Resolution 2799 (2026)", "Adopted by the Security Council at its 9912th meeting, on 14 May 2026" },
        { "07-sc-zh.txt", "第2799(2026)号决议", "2026年5月14日安全理事会第9912次会议通过" },
    };

    private static Draft Import(byte[] bytes, string what)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, $"{what}: {result.Error}");
        return result.Draft!;
    }

    private static Draft ImportSample(string file) =>
        Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", file)), file);

    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Import_KeepsTheAdoptionLine(string file, string _, string adoption)
    {
        var draft = ImportSample(file);

        Assert.Equal(adoption, draft.Metadata.AdoptionLine);
        Assert.Equal("S/RES/2799 (2026)", draft.Metadata.Symbol);
    }

    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Docx_PrintsTheNumberBoldAndCentred_AndTheAdoptionLineInItalics(string file, string number, string adoption)
    {
        var draft = ImportSample(file);

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(docx.ValidationErrors);
        Assert.DoesNotContain(docx.BodyParagraphs, p => DocxFile.VisibleText(p).Contains("Resolution adopted by", StringComparison.Ordinal)
                                                          || DocxFile.VisibleText(p).Contains("安全理事会通过的决议", StringComparison.Ordinal));
        Assert.Equal(number, DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.CouncilResolutionNumber))));
        var line = Assert.Single(docx.ParagraphsWithStyle(StyleIds.AdoptionLine));
        Assert.Equal(adoption, DocxFile.VisibleText(line));
        var italic = line.Descendants(DocxFile.W + "r").All(DocxFile.IsItalic);
        Assert.Equal(!DraftLanguage.IsChinese(draft.Language), italic); // Chinese has no italics
        var numberStyle = docx.Styles.Descendants(DocxFile.W + "style").Single(s => (string?)s.Attribute(DocxFile.W + "styleId") == StyleIds.CouncilResolutionNumber);
        Assert.Equal("center", (string?)numberStyle.Descendants(DocxFile.W + "jc").Single().Attribute(DocxFile.W + "val"));
        Assert.Contains("S/RES/2799 (2026)", docx.Masthead.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Docx_ReadsBackTheSame(string file, string _, string adoption)
    {
        var draft = ImportSample(file);

        var back = Import(DocxExporter.Export(draft), file + " as DOCX");

        Assert.Equal(DocumentKind.AdoptedResolution, back.Kind);
        Assert.Equal("S/RES/2799 (2026)", back.Metadata.Symbol);
        Assert.Equal(adoption, back.Metadata.AdoptionLine);
        Assert.Equal("", back.Title);
        Assert.Equal(draft.AllNodes().Select(n => (n.Id, n.Text)), back.AllNodes().Select(n => (n.Id, n.Text)));
    }

    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Akn_WritesTheNumberAndTheAdoptionLine_AndReadsBackTheSame(string file, string number, string adoption)
    {
        var draft = ImportSample(file);

        var akn = AknExporter.ExportBytes(draft);
        var xml = Encoding.UTF8.GetString(akn);
        var back = Import(akn, file + " as AKN");

        Assert.Contains(">" + number + "<", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolution adopted by", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("安全理事会通过的决议", xml, StringComparison.Ordinal);
        Assert.Equal(DocumentKind.AdoptedResolution, back.Kind);
        Assert.Equal("S/RES/2799 (2026)", back.Metadata.Symbol);
        Assert.Equal(adoption, back.Metadata.AdoptionLine);
        Assert.Equal(draft.AllNodes().Select(n => (n.Id, n.Text)), back.AllNodes().Select(n => (n.Id, n.Text)));
    }

    [Fact]
    public void GeneralAssemblyResolution_StillPrintsResolutionAdoptedBy()
    {
        var draft = TestDrafts.Decision(kind: DocumentKind.AdoptedDecision);

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Single(docx.ParagraphsWithStyle(StyleIds.AdoptedHeading));
        Assert.Empty(docx.ParagraphsWithStyle(StyleIds.CouncilResolutionNumber));
        Assert.Empty(docx.ParagraphsWithStyle(StyleIds.AdoptionLine));
    }
}
