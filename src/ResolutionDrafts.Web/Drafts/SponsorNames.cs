namespace ResolutionDrafts.Web.Drafts;

/// <summary>Names offered by the sponsors picker.</summary>
public static class SponsorNames
{
    // Filled from the Member States list once the importer's data lands (issue 3).
    public static IReadOnlyList<string> All { get; } = [];
}
