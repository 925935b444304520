namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// Where a proposal stands. <see cref="Proposed"/> and <see cref="PutToVote"/> are pending; the
/// others are final. See <see cref="ProposalTransitions"/> for the moves between them.
/// </summary>
public enum ProposalState
{
    /// <summary>Made and under consideration.</summary>
    Proposed,

    /// <summary>Withdrawn by one of its proposing delegations before any decision (GA rule 80).</summary>
    Withdrawn,

    /// <summary>Taken into the text without a vote.</summary>
    Accepted,

    /// <summary>Not taken into the text, without a vote.</summary>
    Rejected,

    /// <summary>Voting on it has begun: it can no longer be withdrawn.</summary>
    PutToVote,

    /// <summary>Adopted by vote.</summary>
    Adopted,

    /// <summary>Put to the vote and not adopted.</summary>
    NotAdopted,

    /// <summary>
    /// Not put to the vote because an amendment adopted or accepted before it made it
    /// inapplicable (GA rules 90 and 130: "when adopting one necessarily rejects another").
    /// </summary>
    Fallen,
}
