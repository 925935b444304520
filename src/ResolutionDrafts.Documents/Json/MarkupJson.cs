using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResolutionDrafts.Documents.Markup;

namespace ResolutionDrafts.Documents.Json;

/// <summary>
/// What `rd amendments DRAFT.json MARKED-UP.docx --json` prints: per Word author, the proposals
/// (each an amendment as <see cref="AmendmentJson"/> writes it) and the changes not proposed with
/// why; the comments and the paragraph each lands on; the notes.
/// </summary>
public static class MarkupJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(MarkupImportResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var root = new JsonObject
        {
            ["authors"] = new JsonArray(result.Authors.Select(a => (JsonNode)new JsonObject
            {
                ["name"] = a.Name,
                ["proposals"] = new JsonArray(a.Proposals.Select(p => JsonNode.Parse(AmendmentJson.Serialize(p.Amendment, language))).ToArray()),
                ["notProposed"] = new JsonArray(a.Skipped.Select(s => (JsonNode)new JsonObject { ["where"] = s.Where, ["reason"] = s.Reason }).ToArray()),
            }).ToArray()),
            ["comments"] = new JsonArray(result.Comments.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Comment.Id,
                ["author"] = c.Comment.Author,
                ["text"] = c.Comment.Text,
                ["replyTo"] = c.Comment.ParentId,
                ["paragraph"] = c.ParagraphId,
                ["reason"] = c.Reason,
            }).ToArray()),
            ["notes"] = new JsonArray(result.Notes.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
        };
        return root.ToJsonString(Options);
    }
}
