using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// A draft whose part A was ended (joined to B) has one part left, which is no part: DOCX prints a plain resolution
/// (no letter, no part title; part B's title and author line are the resolution's), numbered from 1 throughout, and
/// AKN writes one statement, not a collection of one, which reads back without parts (ADR 0016, amendment 8).
/// </summary>
public sealed class OnePartLeftExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static Draft PartAEnded(string language)
    {
        var draft = TestDrafts.InParts(language);
        var ended = PartEdges.Remove(draft, "a-pp1");
        TestDrafts.Ok(ended.Value!.Apply(draft));
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English, "United Nations global communications policies and activities", "The General Assembly,")]
    [InlineData(DraftLanguage.Chinese, "联合国全球传播政策和活动", "大会，")]
    public void Docx_PrintsAPlainResolution_WithTheRemainingPartsTitle(string language, string title, string author)
    {
        var file = new DocxFile(DocxExporter.Export(PartAEnded(language)));

        var lines = file.BodyParagraphs.Select(p => (Style: StyleOf(p), Text: VisibleText(p))).SkipWhile(l => l.Style != "ResolutionTitle").ToList();

        Assert.Empty(file.ValidationErrors);
        Assert.Equal(("ResolutionTitle", title), lines[0]);
        Assert.Equal(("AuthorLine", author), lines[1]);
        Assert.DoesNotContain(lines, l => l.Style is "PartLetter" or "PartTitle");
        Assert.Equal(["1.", "2.", "3.", "4."], lines.Where(l => l.Style == "OP").Select(l => l.Text[..2]));
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void Akn_WritesOneStatement_AndReadsBackWithoutParts(string language)
    {
        var draft = PartAEnded(language);

        var xml = AknExporter.ToXml(draft);
        var back = DraftImporter.ImportAkn(xml, language).Draft!;

        Assert.Null(xml.Root!.Element(Akn + "documentCollection"));
        Assert.DoesNotContain(xml.Descendants(Akn + "docNumber"), n => n.Value is "A" or "B");
        Assert.False(back.HasParts);
        Assert.Equal(draft.Title, back.Title);
        Assert.Equal(draft.Paragraphs.Select(p => p.Kind), back.Paragraphs.Select(p => p.Kind));
    }
}
