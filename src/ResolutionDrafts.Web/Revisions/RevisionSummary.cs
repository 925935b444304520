namespace ResolutionDrafts.Web.Revisions;

/// <summary>One issued revision as the history lists it; <paramref name="JobNumber"/> once the secretariat has printed it for issue.</summary>
public sealed record RevisionSummary(Guid Id, Guid DraftId, int Sequence, string Symbol, string IssuedBy, DateTime IssuedUtc, string? Note, int LogRevision, string? JobNumber = null);
