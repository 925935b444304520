namespace ResolutionDrafts.Web.Drafts;

/// <summary>One row of the drafts list.</summary>
public sealed record DraftSummary(Guid Id, string Symbol, string Title, string Language, string Kind, DateTime UpdatedUtc);
