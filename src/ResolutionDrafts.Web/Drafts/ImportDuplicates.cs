using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// Finds, among the drafts a user can open, one that already holds the document being imported:
/// the same symbol and the same text (language, kind, masthead, title, author line, sponsors,
/// paragraphs and footnotes, as <see cref="DraftCanonicalForm"/> writes them out). An edited draft of
/// the same symbol is not the same document, so it is not offered in place of the import.
/// </summary>
public static class ImportDuplicates
{
    public static async Task<DraftSummary?> FindAsync(Draft imported, Actor actor, DraftAccessService access, IDraftService drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var symbol = imported.Metadata.Symbol?.Trim() ?? "";
        var wanted = Body(imported);
        foreach (var visible in await access.VisibleDraftsAsync(actor, cancellationToken))
        {
            var summary = visible.Summary;
            // A document without a symbol matches whatever symbol the person gave it when it was first imported.
            if (symbol.Length > 0 && !string.Equals(summary.Symbol.Trim(), symbol, StringComparison.OrdinalIgnoreCase) || summary.Language != imported.Language)
            {
                continue;
            }

            var loaded = await drafts.LoadAsync(summary.Id, cancellationToken);
            if (loaded is not null && Body(loaded.Draft) == wanted)
            {
                return summary;
            }
        }

        return null;
    }

    /// <summary>The whole document but the symbol, which is compared apart.</summary>
    private static string Body(Draft draft)
    {
        var copy = Documents.Json.DraftJson.DeserializeVerbatim(Documents.Json.DraftJson.Serialize(draft, indented: false)).Value!;
        copy.SetMetadata(copy.Metadata with { Symbol = null });
        return DraftCanonicalForm.Of(copy);
    }
}
