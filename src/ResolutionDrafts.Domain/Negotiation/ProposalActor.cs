namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>Who makes a move: a person, and the delegation they act for (none for the secretariat or a facilitator).</summary>
public sealed record ProposalActor(string Name, string? Delegation = null);
