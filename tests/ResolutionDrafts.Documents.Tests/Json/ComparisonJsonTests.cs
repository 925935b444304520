using System.Text.Json;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Json;

/// <summary>The shape documented in docs/draft-format.md, "Comparison JSON (rd diff --json)".</summary>
public sealed class ComparisonJsonTests
{
    [Fact]
    public void Serialize_Comparison_HasTheDocumentedShape()
    {
        var old = Draft("A/C.3/80/L.20", "France");
        var revised = Draft("A/C.3/80/L.20/Rev.1", "Chile");
        Assert.True(revised.SetText("op1", "Urges all States to ratify the Convention without delay;").IsSuccess);
        Assert.True(revised.Delete("pp2").IsSuccess);

        using var json = JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, revised)));
        var root = json.RootElement;

        var paragraphs = root.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(["pp1", "pp2", "op1"], paragraphs.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["unchanged", "deleted", "modified"], paragraphs.Select(p => p.GetProperty("change").GetString()));
        Assert.Equal(JsonValueKind.Null, paragraphs[1].GetProperty("newLabel").ValueKind);
        Assert.Equal("PP2", paragraphs[1].GetProperty("oldLabel").GetString());
        var segments = paragraphs[2].GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("op").GetString(), s.GetProperty("text").GetString())).ToList();
        Assert.Equal([("equal", "Urges all States to ratify the Convention"), ("insert", " without delay"), ("equal", ";")], segments);
        Assert.Empty(paragraphs[2].GetProperty("subparagraphs").EnumerateArray());

        var sponsors = root.GetProperty("sponsors");
        Assert.Equal(["Chile"], sponsors.GetProperty("added").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["France"], sponsors.GetProperty("removed").EnumerateArray().Select(s => s.GetString()));

        var metadata = Assert.Single(root.GetProperty("metadata").EnumerateArray());
        Assert.Equal(("symbol", "A/C.3/80/L.20", "A/C.3/80/L.20/Rev.1"),
            (metadata.GetProperty("field").GetString(), metadata.GetProperty("old").GetString(), metadata.GetProperty("new").GetString()));
        Assert.Equal("1 paragraph changed, 1 deleted, sponsors: +Chile -France, symbol changed",
            root.GetProperty("summary").GetProperty("english").GetString());
    }

    [Fact]
    public void Serialize_ChineseText_IsWrittenAsItIs()
    {
        var old = Draft("A/1", "中国");
        var revised = Draft("A/1", "中国");
        Assert.True(revised.SetText("op1", "促请缔约国和其他技术援助提供方；").IsSuccess);

        var text = ComparisonJson.Serialize(DraftComparer.Compare(old, revised));

        Assert.Contains("促请缔约国和其他技术援助提供方；", text);
    }

    private static Draft Draft(string symbol, string sponsor)
    {
        var draft = Domain.Drafts.Draft.Create(DraftLanguage.English).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = symbol }).IsSuccess);
        Assert.True(draft.AddSponsor(new Sponsor(sponsor)).IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, "Recalling its resolution 70/1,", id: "pp1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, "Noting the report,", id: "pp2").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, "Urges all States to ratify the Convention;", id: "op1").IsSuccess);
        return draft;
    }
}
