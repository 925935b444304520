namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>What a line of a proposal's history records.</summary>
public enum ProposalEvent
{
    Proposed,
    Withdrawn,
    Accepted,
    Rejected,
    PutToVote,
    Adopted,
    NotAdopted,
    Fell,

    /// <summary>A delegation joined the proposal as a co-proposer.</summary>
    CoProposerJoined,

    /// <summary>A co-proposer left the proposal.</summary>
    CoProposerLeft,

    /// <summary>The proposers revised their amendment, or a sub-amendment to it was adopted.</summary>
    Revised,

    /// <summary>The secretariat gave the amendment the symbol of its L document (the note holds it).</summary>
    SymbolGiven,

    /// <summary>The secretariat took the amendment's symbol away (the note holds the symbol it had).</summary>
    SymbolRemoved,
}
