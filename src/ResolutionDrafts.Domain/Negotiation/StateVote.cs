namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>How one State voted, in a recorded vote.</summary>
public sealed record StateVote(string State, VoteChoice Choice);
