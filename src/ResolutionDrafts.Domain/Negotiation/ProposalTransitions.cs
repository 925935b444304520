namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// The legal moves between proposal states: a proposal under consideration may be withdrawn,
/// accepted, rejected, put to the vote or fall; one put to the vote is adopted, not adopted, or
/// falls; every other state is final. Who may make a move (secretariat or delegation) is not a
/// rule of the text but of the application's permissions.
/// </summary>
public static class ProposalTransitions
{
    private static readonly ProposalState[] FromProposed =
        [ProposalState.Withdrawn, ProposalState.Accepted, ProposalState.Rejected, ProposalState.PutToVote, ProposalState.Fallen];

    private static readonly ProposalState[] FromPutToVote = [ProposalState.Adopted, ProposalState.NotAdopted, ProposalState.Fallen];

    /// <summary>The states a proposal in <paramref name="from"/> may move to; empty for a final state.</summary>
    public static IReadOnlyList<ProposalState> From(ProposalState from) => from switch
    {
        ProposalState.Proposed => FromProposed,
        ProposalState.PutToVote => FromPutToVote,
        _ => [],
    };

    public static bool IsAllowed(ProposalState from, ProposalState to) => From(from).Contains(to);

    /// <summary>Proposed or put to the vote: not yet decided.</summary>
    public static bool IsPending(ProposalState state) => state is ProposalState.Proposed or ProposalState.PutToVote;

    /// <summary>The state an event leaves the proposal in; null for events that do not change it.</summary>
    public static ProposalState? StateAfter(ProposalEvent e) => e switch
    {
        ProposalEvent.Proposed => ProposalState.Proposed,
        ProposalEvent.Withdrawn => ProposalState.Withdrawn,
        ProposalEvent.Accepted => ProposalState.Accepted,
        ProposalEvent.Rejected => ProposalState.Rejected,
        ProposalEvent.PutToVote => ProposalState.PutToVote,
        ProposalEvent.Adopted => ProposalState.Adopted,
        ProposalEvent.NotAdopted => ProposalState.NotAdopted,
        ProposalEvent.Fell => ProposalState.Fallen,
        _ => null,
    };

    /// <summary>"has been accepted", "was not adopted": how messages say where a proposal stands.</summary>
    internal static string Phrase(ProposalState state) => state switch
    {
        ProposalState.Proposed => "has not been put to the vote",
        ProposalState.Withdrawn => "has been withdrawn",
        ProposalState.Accepted => "has been accepted",
        ProposalState.Rejected => "has been rejected",
        ProposalState.PutToVote => "has been put to the vote",
        ProposalState.Adopted => "has been adopted",
        ProposalState.NotAdopted => "was not adopted",
        _ => "has fallen",
    };
}
