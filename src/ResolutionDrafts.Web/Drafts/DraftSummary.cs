namespace ResolutionDrafts.Web.Drafts;

/// <summary>One row of the drafts list.</summary>
/// <param name="CreatedUtc">When the draft was created: tells apart two rows that otherwise look the same.</param>
public sealed record DraftSummary(Guid Id, string Symbol, string Title, string Language, string Kind, DateTime UpdatedUtc, DateTime CreatedUtc = default);
