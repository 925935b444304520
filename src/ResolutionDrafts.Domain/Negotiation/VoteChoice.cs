namespace ResolutionDrafts.Domain.Negotiation;

public enum VoteChoice
{
    Yes,
    No,
    Abstain,
}
