using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Tests.Json;

/// <summary>
/// A paragraph's agreed-language source in the formats (ADR 0011): the draft JSON (so revisions and
/// snapshots keep it; files without it read as before), the comparison JSON, and the AKN export as
/// a reference.
/// </summary>
public sealed class AgreedLanguageJsonTests
{
    private static readonly XNamespace A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static readonly AgreedLanguage Source = new(
        "A/RES/76/5", "OP2", "Reiterates its call upon all States to refrain from promulgating and applying laws and measures of the kind referred to in the preamble to the present resolution;", "2021", "en");

    private static Draft WithSource(out string nodeId)
    {
        var draft = TestDrafts.CubaEmbargo();
        nodeId = "op2";
        Assert.True(SetSource.UseAgreedLanguage(draft, nodeId, Source).Value!.Apply(draft).IsSuccess);
        return draft;
    }

    [Fact]
    public void DraftJson_KeepsTheSource_AndOlderFilesWithoutOneReadAsBefore()
    {
        var draft = WithSource(out var id);

        var json = DraftJson.Serialize(draft);
        var back = DraftJson.Deserialize(json).Value!;
        var verbatim = DraftJson.DeserializeVerbatim(DraftJson.Serialize(draft, indented: false)).Value!;

        Assert.Contains("\"source\"", json, StringComparison.Ordinal);
        Assert.Equal(Source, back.FindNode(id)!.Source);
        Assert.Equal(Source, verbatim.FindNode(id)!.Source);
        Assert.Equal(DraftCanonicalForm.Of(draft), DraftCanonicalForm.Of(back));
        Assert.Equal(1, json.Split("\"source\"").Length - 1); // only the paragraph that has one

        var plain = TestDrafts.CubaEmbargo();
        Assert.DoesNotContain("\"source\"", DraftJson.Serialize(plain), StringComparison.Ordinal);
        Assert.All(DraftJson.Deserialize(DraftJson.Serialize(plain)).Value!.AllNodes(), n => Assert.Null(n.Source));
    }

    [Fact]
    public void ASourceThatIsADecision_IsKeptSoInTheJson_AndCitedSoInTheAkn()
    {
        // Issue 16: agreed language taken from decision 76/515 is cited as the decision, wherever it is shown.
        var decision = Source with { Symbol = "76/515", Label = "OP1", Decision = true };
        var draft = TestDrafts.CubaEmbargo();
        Assert.True(SetSource.UseAgreedLanguage(draft, "op2", decision).Value!.Apply(draft).IsSuccess);

        var json = DraftJson.Serialize(draft);
        var back = DraftJson.Deserialize(json).Value!.FindNode("op2")!.Source!;
        var akn = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AknExporter.ExportBytes(draft)));

        Assert.Contains("\"decision\": true", json, StringComparison.Ordinal);
        Assert.Equal(decision, back);
        Assert.Equal("decision 76/515, OP1", back.Citation);
        Assert.Equal("decision 76/515, OP1", akn.Descendants(A + "TLCReference").Single(e => (string?)e.Attribute("name") == "agreedLanguage").Attribute("showAs")!.Value);
        Assert.DoesNotContain("\"decision\"", DraftJson.Serialize(WithSource(out _)), StringComparison.Ordinal); // a resolution's source says nothing of it
    }

    [Fact]
    public void DraftJson_AnIncompleteSource_IsRefusedWithItsPlace()
    {
        var json = DraftJson.Serialize(WithSource(out _)).Replace("\"symbol\": \"A/RES/76/5\"", "\"symbol\": \"\"", StringComparison.Ordinal);

        var read = DraftJson.Deserialize(json);

        Assert.False(read.IsSuccess);
        Assert.StartsWith("paragraphs[9].source:", read.Error, StringComparison.Ordinal);
        Assert.Contains("symbol", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparisonJson_NamesTheSourceOnEachSide()
    {
        var before = TestDrafts.CubaEmbargo();
        var after = WithSource(out _);

        var json = ComparisonJson.Serialize(DraftComparer.Compare(before, after));

        Assert.Contains("\"newSource\":\"A/RES/76/5,OP2\"", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AknExport_RefersToTheSource_AndMarksADriftedParagraph()
    {
        var draft = WithSource(out var id);
        draft.AddSubParagraph("op4", "to submit a report;", id: "s1");
        Assert.True(new SetSource("s1", Source with { Label = "OP4 (a)", Text = "to submit a report to the Assembly;" }).Apply(draft).IsSuccess);

        var statement = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Root!.Element(A + "statement")!;

        var references = statement.Element(A + "meta")!.Element(A + "references")!.Elements(A + "TLCReference").ToList();
        Assert.Equal(["A/RES/76/5, OP2", "A/RES/76/5, OP4 (a)"], references.Select(r => r.Attribute("showAs")!.Value));
        Assert.All(references, r => Assert.Equal("agreedLanguage", r.Attribute("name")!.Value));
        var paragraph = statement.Descendants().Single(e => e.Attribute("wId")?.Value == id);
        Assert.Equal("#" + references[0].Attribute("eId")!.Value, paragraph.Attribute("refersTo")!.Value);
        Assert.DoesNotContain("agreedLanguageDrifted", paragraph.Attribute("class")?.Value ?? "", StringComparison.Ordinal);
        var sub = statement.Descendants().Single(e => e.Attribute("wId")?.Value == "s1");
        Assert.Equal("#" + references[1].Attribute("eId")!.Value, sub.Attribute("refersTo")!.Value);
        Assert.Contains("agreedLanguageDrifted", sub.Attribute("class")!.Value, StringComparison.Ordinal);
    }
}
