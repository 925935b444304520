using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Documents.Tests.Import;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// A budget resolution whose sections number their paragraphs from 1 again (76/246: "I" 1.–4., "II" 1.–…) prints
/// its numbers as the UN does in Word and AKN, and comes back from each with the same sections (ADR 0016).
/// </summary>
public sealed class SectionsExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static Draft Budget(string folder, string file)
    {
        var result = DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", folder), file)));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static List<string> Sections(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return draft.Paragraphs.Where(p => p.OpensSection).Select(p => labels[p.Id].Label).ToList();
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml")]
    public void Import_OpensASectionAtEachRestart_WithTheHeadingsNumeral(string folder, string file)
    {
        var draft = Budget(folder, file);

        var sections = Sections(draft);
        var chinese = folder.EndsWith("zh", StringComparison.Ordinal);
        Assert.True(sections.Count >= 10, string.Join(", ", sections));
        Assert.Equal(chinese ? "一 PP1" : "I PP1", sections[0]);
        Assert.Equal(chinese ? "二 PP1" : "II PP1", sections[1]);
        Assert.Equal(sections.Count, DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", folder), file))).Review!.Sections);
        Assert.Equal(JsonRoundTrip(draft), DraftJson.Serialize(draft));
    }

    [Fact]
    public void Docx_PrintsTheNumbersFrom1InEachSection_AndReadsBackTheSections()
    {
        var draft = Budget("76-en", "A_RES_76_246-2119713E.xml");

        var bytes = DocxExporter.Export(draft);
        var file = new DocxFile(bytes);
        var again = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });

        Assert.Empty(file.ValidationErrors);
        var numbers = file.BodyParagraphs.Where(p => StyleOf(p) == "OP").Select(p => VisibleText(p).Split('.')[0]).Take(6).ToList();
        Assert.Equal(["1", "2", "3", "4", "1", "2"], numbers);
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Sections(draft), Sections(again.Draft!));
    }

    [Fact]
    public void Akn_WritesTheNumbersFrom1InEachSection_AndReadsBackTheSections()
    {
        var draft = Budget("76-en", "A_RES_76_246-2119713E.xml");

        var xml = AknExporter.ToXml(draft);
        var again = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        var nums = xml.Descendants(Akn + "mainBody").Single().Descendants(Akn + "paragraph").Select(p => p.Element(Akn + "num")?.Value).Take(6).ToList();
        Assert.Equal(["1.", "2.", "3.", "4.", "1.", "2."], nums);
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Sections(draft), Sections(again.Draft!));
        Assert.DoesNotContain(again.Warnings, w => w.Contains("straight through", StringComparison.Ordinal));
    }

    private static string JsonRoundTrip(Draft draft)
    {
        var json = DraftJson.Serialize(draft);
        Assert.Contains("\"section\": true", json, StringComparison.Ordinal);
        var back = DraftJson.Deserialize(json);
        Assert.True(back.IsSuccess, back.Error);
        return DraftJson.Serialize(back.Value!);
    }
}
