namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// One line of a proposal's history: what happened, the state it left the proposal in, who did
/// it (and for which delegation), when (UTC), and what goes with it.
/// </summary>
/// <param name="Delegation">The delegation that joined or left, for those events.</param>
/// <param name="Vote">The result, for <see cref="ProposalEvent.Adopted"/> and <see cref="ProposalEvent.NotAdopted"/>.</param>
/// <param name="RelatedProposalId">The proposal whose adoption or acceptance made this one fall.</param>
public sealed record ProposalHistoryEntry(
    ProposalEvent Event,
    ProposalState State,
    string Actor,
    string? ActorDelegation,
    DateTimeOffset At,
    string? Note = null,
    string? Delegation = null,
    VoteResult? Vote = null,
    string? RelatedProposalId = null);
