using System.Text.Json.Nodes;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Draft → export → import gives the same draft JSON, through AKN and through DOCX.</summary>
public sealed class ExportRoundTripTests
{
    public static TheoryData<string> Drafts => new()
    {
        "cuba", "chinese", "rich", "italics", "parts", "parts-zh",
        "decision", "decision-zh", "decision-lettered", "decision-revised", "decision-adopted", "decision-as-resolution",
    };

    private static Draft Sample(string name) => name switch
    {
        "cuba" => TestDrafts.CubaEmbargo(),
        "chinese" => TestDrafts.ChineseCosp7(),
        "italics" => TestDrafts.WithItalics(),
        "parts" => TestDrafts.InParts(),
        "parts-zh" => TestDrafts.InParts(DraftLanguage.Chinese),
        "decision" => TestDrafts.Decision(),
        "decision-zh" => TestDrafts.Decision(DraftLanguage.Chinese),
        "decision-lettered" => TestDrafts.Decision(lettered: true),
        "decision-revised" => TestDrafts.Decision(kind: DocumentKind.RevisedDraftDecision),
        "decision-adopted" => TestDrafts.Decision(kind: DocumentKind.AdoptedDecision),
        "decision-as-resolution" => RichWithoutAdditionalSponsors(DocumentKind.DraftDecision),
        _ => RichWithoutAdditionalSponsors(),
    };

    /// <summary>
    /// The importer reads sponsors from the sponsors line only, which lists the original sponsors;
    /// additional sponsors (in the AKN workflow and after the DOCX text) are not read back yet.
    /// </summary>
    private static Draft RichWithoutAdditionalSponsors(DocumentKind kind = DocumentKind.DraftResolution)
    {
        var draft = TestDrafts.Rich(kind);
        TestDrafts.Ok(draft.RemoveSponsor("Peru"));
        return draft;
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Akn_ExportThenImport_GivesTheSameDraft(string name)
    {
        var draft = Sample(name);

        var imported = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal(Json(draft), Json(imported.Draft!));
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Docx_ExportThenImport_GivesTheSameDraft(string name)
    {
        var draft = Sample(name);

        var imported = DraftImporter.Import(DocxExporter.Export(draft), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal(Json(draft), Json(imported.Draft!));
    }

    /// <summary>
    /// The draft JSON without paragraph ids: a DOCX cannot carry them, and the importer names the
    /// paragraphs it reads by their labels (pp1, op2-a).
    /// </summary>
    internal static string Json(Draft draft)
    {
        var json = JsonNode.Parse(DraftJson.Serialize(draft))!;
        foreach (var paragraph in json["paragraphs"]!.AsArray())
        {
            DropIds(paragraph!);
        }

        var text = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return text;
    }

    private static void DropIds(JsonNode node)
    {
        node.AsObject().Remove("id");
        foreach (var sub in node["subparagraphs"]?.AsArray() ?? [])
        {
            DropIds(sub!);
        }
    }
}
