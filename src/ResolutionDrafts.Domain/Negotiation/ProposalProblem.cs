namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>A pending proposal a negotiation text cannot show, and why (its instructions no longer fit the text).</summary>
public sealed record ProposalProblem(string ProposalId, string Reason);
