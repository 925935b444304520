using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Sponsors matched by name (ignoring case), as the draft itself matches them. Added and Removed
/// keep the order of the draft they come from; a new additional sponsor is in Added with
/// <see cref="Sponsor.Additional"/> set.
/// </summary>
public sealed record SponsorComparison(
    IReadOnlyList<Sponsor> Added,
    IReadOnlyList<Sponsor> Removed,
    IReadOnlyList<SponsorChange> Changed)
{
    public bool HasChanges => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0;
}
