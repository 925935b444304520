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

    [Fact]
    public void OnBehalfOf_IsAnAsteriskAfterTheSponsorAndAFootnoteMarkedWithIt_AndImportsBack()
    {
        var draft = TestDrafts.CubaEmbargo();
        var cuba = draft.Sponsors[0];
        Assert.True(draft.RemoveSponsor(cuba.Name).IsSuccess);
        Assert.True(draft.AddSponsor(cuba with { OnBehalfOf = "the States Members of the United Nations that are members of the Group of 77 and China" }).IsSuccess);

        var bytes = DocxExporter.Export(draft);
        var file = new DocxFile(bytes);

        Assert.Empty(file.ValidationErrors);
        Assert.Equal("Cuba*: draft resolution", VisibleText(file.ParagraphsWithStyle("SponsorsLine").Single()));
        var reference = file.ParagraphsWithStyle("SponsorsLine").Single().Descendants(W + "footnoteReference").Single();
        Assert.Contains(reference.Attribute(W + "customMarkFollows")?.Value, new[] { "1", "true" });
        // The first note referred to takes the first id: LibreOffice reads notes in id order and would print another note's text.
        Assert.Equal("1", reference.Attribute(W + "id")!.Value);
        var note = file.Footnotes.Root!.Elements(W + "footnote").Single(f => f.Attribute(W + "id")!.Value == reference.Attribute(W + "id")!.Value);
        Assert.Equal("*\tOn behalf of the States Members of the United Nations that are members of the Group of 77 and China.", VisibleText(note));
        // The text's own numbered footnote stays, beside the star note.
        Assert.Equal(draft.Footnotes.Count + 1, file.RealFootnotes.Count);

        var imported = ResolutionDrafts.Documents.Import.DraftImporter.Import(bytes);
        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal("the States Members of the United Nations that are members of the Group of 77 and China", imported.Draft!.Sponsors.Single().OnBehalfOf);
    }

    [Fact]
    public void ChineseDistributionBlock_IsEnglishAsTheUnPrintsIt_AndChineseThroughoutWhenChosen()
    {
        var draft = TestDrafts.ChineseCosp7();
        Assert.True(draft.SetMetadata(draft.Metadata with { Distribution = "Limited", Date = "6 November 2025", OriginalLanguage = "en" }).IsSuccess);

        string Block(DocxExportOptions options)
        {
            var file = new DocxFile(DocxExporter.Export(draft, options));
            Assert.Empty(file.ValidationErrors);
            // The masthead may sit in a table or the first page's header: every paragraph of that style, wherever it is.
            return string.Join("|", file.Body.Descendants(W + "p").Concat(file.Headers.Values.SelectMany(h => h.Descendants(W + "p")))
                .Where(p => p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value == "MastheadDistribution").Select(VisibleText));
        }

        var asIssued = Block(new DocxExportOptions());
        Assert.Contains("Distr.: Limited", asIssued);
        Assert.Contains("Original: English", asIssued);

        var chinese = Block(new DocxExportOptions { ChineseDistributionBlock = true });
        Assert.Contains("分发：限制", chinese);
        Assert.Contains("2025年11月6日", chinese);
        Assert.Contains("中文", chinese);
        Assert.Contains("原文：英文", chinese);
        Assert.DoesNotContain("Distr.", chinese);
        Assert.DoesNotContain("November", chinese);

        // An English document ignores the choice: it is Chinese words for a Chinese document.
        Assert.DoesNotContain("分发", VisibleText(new DocxFile(DocxExporter.Export(TestDrafts.CubaEmbargo(), new DocxExportOptions { ChineseDistributionBlock = true })).Body));
    }
}
