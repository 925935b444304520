using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Data;

/// <summary>Moves a draft between the domain and its stored row, the one place that knows the mapping.</summary>
internal static class DraftRecords
{
    public static Draft Read(string contentJson, Guid id)
    {
        // Live text is stored as typed (see docs/hub-protocol.md), so snapshots are read verbatim.
        var parsed = DraftJson.DeserializeVerbatim(contentJson);
        return parsed.IsSuccess ? parsed.Value! : throw new InvalidDataException($"Stored draft {id} cannot be read: {parsed.Error}");
    }

    /// <summary>What the drafts list shows of a draft, as its columns hold it.</summary>
    public static (string Symbol, string Title, string Language, string Kind) ListColumns(Draft draft)
    {
        var symbol = draft.Metadata.Symbol ?? "";
        return (symbol.Length > MaxListSymbol ? symbol[..MaxListSymbol] : symbol, draft.Title, draft.Language, DraftMapping.KindName(draft.Kind));
    }

    /// <summary>The symbol column's length (a real symbol has under 40 characters).</summary>
    public const int MaxListSymbol = 200;

    /// <summary>Writes the draft into the row and raises its version.</summary>
    public static void Write(DraftRecord record, Draft draft, DateTime now)
    {
        record.ContentJson = DraftJson.Serialize(draft, indented: false);
        record.Symbol = draft.Metadata.Symbol ?? "";
        record.Title = draft.Title;
        record.Language = draft.Language;
        record.Kind = DraftMapping.KindName(draft.Kind);
        record.Version++;
        record.UpdatedUtc = now;
    }
}
