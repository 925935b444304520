namespace ResolutionDrafts.Web.Revisions;

/// <summary>What the secretariat fills in to issue a revision.</summary>
public sealed record IssueRevisionRequest(string Symbol, string IssuedBy, string? Note);
