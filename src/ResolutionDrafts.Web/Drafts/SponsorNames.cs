using ResolutionDrafts.Documents.Sponsors;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>Names the sponsors picker offers: the official short names of Member States and observers, in the draft's language.</summary>
public static class SponsorNames
{
    public static IReadOnlyList<string> For(string language) => [.. MemberStates.All.Select(m => m.NameIn(language)).Order(StringComparer.Ordinal)];
}
