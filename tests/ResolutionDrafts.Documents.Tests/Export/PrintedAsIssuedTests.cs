using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>The printed document as issued documents print it (issue 17): number layout, first-page footer, distribution block.</summary>
public sealed class PrintedAsIssuedTests
{
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void OperativeNumbers_SitInTheFirstLineIndentByDefault_WithHangingOnRequest()
    {
        static XElement Indent(DocxFile file, string style) =>
            file.Styles.Root!.Elements(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == style).Descendants(W + "ind").Single();

        var issued = new DocxFile(DocxExporter.Export(TestDrafts.Rich()));
        var hanging = new DocxFile(DocxExporter.Export(TestDrafts.Rich(), new DocxExportOptions { NumberLayout = OperativeNumberLayout.Hanging }));

        foreach (var style in new[] { "OP", "SubParagraph1", "SubParagraph4" })
        {
            Assert.NotNull(Indent(issued, style).Attribute(W + "firstLine"));
            Assert.Null(Indent(issued, style).Attribute(W + "hanging"));
            Assert.NotNull(Indent(hanging, style).Attribute(W + "hanging"));
        }
    }

    [Fact]
    public void FirstPageFooter_CarriesTheJobNumberAndTheSymbol_EachAsSet()
    {
        string FirstFooter(DocxExportOptions options)
        {
            var file = new DocxFile(DocxExporter.Export(TestDrafts.CubaEmbargo(), options));
            var id = file.Body.Element(W + "sectPr")!.Elements(W + "footerReference").Single(f => f.Attribute(W + "type")!.Value == "first").Attribute(R + "id")!.Value;
            Assert.Empty(file.ValidationErrors);
            return VisibleText(file.Footers[id].Root!);
        }

        Assert.Equal("", FirstFooter(new DocxExportOptions()));
        Assert.Equal("25-16107 (E)", FirstFooter(new DocxExportOptions { JobNumber = "25-16107 (E)" }));
        Assert.Equal("25-16107 (E)\tA/80/L.6", FirstFooter(new DocxExportOptions { JobNumber = "25-16107 (E)", SymbolInFirstPageFooter = true }));
        Assert.Equal("\tA/80/L.6", FirstFooter(new DocxExportOptions { SymbolInFirstPageFooter = true }));
    }
}
