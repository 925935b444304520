namespace ResolutionDrafts.Web.Components.Proposals;

/// <summary>What a reader can do to a proposal from the proposals panel.</summary>
public enum ProposalCommand
{
    Withdraw,
    Join,
    Leave,
    Accept,
    Reject,
    PutToVote,
}
