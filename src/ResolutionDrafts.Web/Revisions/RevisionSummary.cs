namespace ResolutionDrafts.Web.Revisions;

/// <summary>One issued revision as the history lists it.</summary>
public sealed record RevisionSummary(Guid Id, Guid DraftId, int Sequence, string Symbol, string IssuedBy, DateTime IssuedUtc, string? Note, int LogRevision);
