namespace ResolutionDrafts.Web.Drafts;

/// <summary>How pages name a draft in a list of other things (the audit log): its symbol, else its title, never its id.</summary>
public static class DraftNames
{
    public static string Of(DraftSummary draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var title = draft.Title.Trim();
        if (title.Length > 60)
        {
            title = title[..59] + "…";
        }

        return draft.Symbol.Trim().Length > 0 ? draft.Symbol.Trim() : title.Length > 0 ? $"“{title}” (no symbol)" : "untitled draft (no symbol)";
    }

    public static IReadOnlyDictionary<Guid, string> Of(IEnumerable<DraftSummary> drafts) => drafts.ToDictionary(d => d.Id, Of);
}
