namespace ResolutionDrafts.Web.Revisions;

/// <summary>What the secretariat fills in to issue a revision; who issues it is the signed-in user.</summary>
public sealed record IssueRevisionRequest(string Symbol, string? Note);
