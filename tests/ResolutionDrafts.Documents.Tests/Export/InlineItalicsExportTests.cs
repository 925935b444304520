using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Inline italics (ADR 0015) in DOCX and AKN, in and out; the marks never print.</summary>
public sealed class InlineItalicsExportTests
{
    private static readonly XNamespace A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly XNamespace W = DocxFile.W;

    [Fact]
    public void Docx_PrintsInlineItalicsAsItalicRuns_InParagraphsAndFootnotes_AndNoMarks()
    {
        var docx = new DocxFile(DocxExporter.Export(TestDrafts.WithItalics()));

        var italic = ItalicTexts(docx.Document);
        Assert.Contains("Official Records of the General Assembly", italic);
        Assert.Contains("mutatis mutandis", italic);
        Assert.Contains("ibid.", italic);
        Assert.Contains("ex officio", italic);
        Assert.DoesNotContain(italic, t => t.Contains("Reaffirms, mutatis", StringComparison.Ordinal) || t.Contains("principles", StringComparison.Ordinal));
        Assert.Contains(ItalicTexts(docx.Footnotes), t => t.StartsWith("Official Records of the General Assembly, Seventy-ninth Session", StringComparison.Ordinal));
        foreach (var part in new[] { docx.Document, docx.Footnotes })
        {
            var all = string.Concat(part.Descendants(W + "t").Select(t => t.Value));
            Assert.DoesNotContain("{i}", all, StringComparison.Ordinal);
            Assert.DoesNotContain("{/i}", all, StringComparison.Ordinal);
            Assert.DoesNotContain('\uFDD0', all);
        }
    }

    [Fact]
    public void Akn_WritesInlineItalicsAsI_AndReadsThemBack_WithTheOpeningPhraseStillComputed()
    {
        var draft = TestDrafts.WithItalics();
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AknExporter.ExportBytes(draft)));

        Assert.Equal(["Official Records of the General Assembly", "ex officio", "mutatis mutandis", "ibid.", "Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53"],
            xml.Descendants(A + "i").Select(i => i.Value));
        Assert.DoesNotContain("{i}", xml.ToString(), StringComparison.Ordinal);

        var imported = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal("Reaffirms, {i}mutatis mutandis{/i}, the principles set out above, {i}ibid.{/i};[^3]", imported.Draft!.Paragraphs.Single(p => p.Text.StartsWith("Reaffirms", StringComparison.Ordinal)).Text);
        Assert.StartsWith("Recalling the Convention", imported.Draft.Paragraphs[0].Text, StringComparison.Ordinal); // the opening phrase is no mark
    }

    [Fact]
    public void AknImport_ReadsTheUnsItalicSpans_InsideTheText_AsMarks()
    {
        const string akn = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
            <meta><identification source="#un"><FRBRWork><FRBRthis value="/akn/un/statement/resolution/2024"/><FRBRuri value="/akn/un"/><FRBRdate date="2024-01-01" name="x"/><FRBRauthor href="#ga"/><FRBRcountry value="un"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRdate date="2024-01-01" name="x"/><FRBRauthor href="#ga"/><FRBRlanguage language="eng"/></FRBRExpression>
            <FRBRManifestation><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRdate date="2024-01-01" name="x"/><FRBRauthor href="#ga"/></FRBRManifestation></identification></meta>
            <preface><p><docNumber refersTo="#symbol">A/RES/79/1</docNumber></p><p><docTitle>Test</docTitle></p></preface>
            <preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
            <container name="preambular"><p><span class="italic">Recalling</span> the report in the <span class="italic">Official Records of the General Assembly</span> and <i>ibid.</i>,</p></container></preamble>
            <mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody>
            </statement></akomaNtoso>
            """;

        var imported = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(akn), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal("Recalling the report in the {i}Official Records of the General Assembly{/i} and {i}ibid.{/i},", imported.Draft!.Paragraphs[0].Text);
        Assert.Equal("Decides to remain seized of the matter.", imported.Draft.Paragraphs[1].Text);
        Assert.Equal("The General Assembly,", imported.Draft.AuthorLine);
    }

    [Fact]
    public void ComparisonDocx_PrintsBothTextsItalicsInPlace()
    {
        var old = TestDrafts.WithItalics();
        var now = TestDrafts.WithItalics();
        TestDrafts.Ok(now.SetText("op4", "Reaffirms, {i}mutatis mutandis{/i}, the principles set out in {i}Official Records{/i};[^3]"));

        var docx = new DocxFile(ComparisonDocxExporter.Export(old, now));

        var inserted = docx.Document.Descendants(W + "ins").SelectMany(i => i.Descendants(W + "r")).Where(IsItalic).Select(r => r.Value).ToList();
        Assert.Contains(inserted, t => t.Contains("Official Records", StringComparison.Ordinal));
        Assert.DoesNotContain("{i}", string.Concat(docx.Document.Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
        Assert.Contains("mutatis mutandis", docx.Document.Descendants(W + "r").Where(IsItalic).Select(r => r.Value));
        Assert.NotEmpty(TextDiffer.Diff(old.FindNode("op4")!.Text, now.FindNode("op4")!.Text));
    }

    private static List<string> ItalicTexts(XDocument part) =>
        part.Descendants(W + "r").Where(IsItalic).Select(r => string.Concat(r.Elements(W + "t").Select(t => t.Value))).Where(t => t.Length > 0).ToList();

    private static bool IsItalic(XElement run) => run.Element(W + "rPr")?.Element(W + "i") is not null;
}
