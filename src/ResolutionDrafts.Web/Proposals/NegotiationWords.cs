using ResolutionDrafts.Domain.Negotiation;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// The states and events of a negotiation as people say them, for pages and the audit log alike:
/// an enum's own name ("PutToVote", "CoProposerJoined") is never shown.
/// </summary>
public static class NegotiationWords
{
    public static string State(ProposalState state) => state switch
    {
        ProposalState.Proposed => "proposed",
        ProposalState.Withdrawn => "withdrawn",
        ProposalState.Accepted => "accepted",
        ProposalState.Rejected => "rejected",
        ProposalState.PutToVote => "to be voted on",
        ProposalState.Adopted => "adopted",
        ProposalState.NotAdopted => "not adopted",
        ProposalState.Fallen => "fallen",
        _ => "changed",
    };

    public static string Event(ProposalEvent @event) => @event switch
    {
        ProposalEvent.Proposed => "proposed",
        ProposalEvent.Withdrawn => "withdrawn",
        ProposalEvent.Accepted => "accepted",
        ProposalEvent.Rejected => "rejected",
        ProposalEvent.PutToVote => "put to the vote",
        ProposalEvent.Adopted => "adopted",
        ProposalEvent.NotAdopted => "not adopted",
        ProposalEvent.Fell => "fell",
        ProposalEvent.CoProposerJoined => "joined as a co-proposer",
        ProposalEvent.CoProposerLeft => "left as a co-proposer",
        ProposalEvent.Revised => "revised",
        ProposalEvent.SymbolGiven => "issued as an L document",
        ProposalEvent.SymbolRemoved => "L document symbol taken away",
        _ => "changed",
    };

    public static string Status(ParagraphStatus status) => status switch
    {
        ParagraphStatus.AgreedAdRef => "agreed ad ref",
        ParagraphStatus.Agreed => "agreed",
        _ => "open",
    };
}
