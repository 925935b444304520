using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

internal static class SponsorComparer
{
    public static SponsorComparison Compare(IReadOnlyList<Sponsor> old, IReadOnlyList<Sponsor> now)
    {
        // The draft refuses two sponsors whose names differ only in case, so names are keys.
        var oldByName = old.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var newByName = now.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var added = now.Where(s => !oldByName.ContainsKey(s.Name)).ToList();
        var removed = old.Where(s => !newByName.ContainsKey(s.Name)).ToList();
        var changed = now
            .Where(s => oldByName.TryGetValue(s.Name, out var before) && before != s)
            .Select(s => new SponsorChange(oldByName[s.Name], s))
            .ToList();
        return new SponsorComparison(added, removed, changed);
    }
}
