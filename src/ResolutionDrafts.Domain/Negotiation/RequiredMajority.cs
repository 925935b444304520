namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>The majority of members present and voting that a decision needs; abstentions do not count as voting.</summary>
public enum RequiredMajority
{
    /// <summary>More yes than no; an equally divided vote is a rejection (GA rules 95 and 133).</summary>
    Simple,

    /// <summary>At least two thirds of the yes and no votes (GA rule 83, important questions).</summary>
    TwoThirds,
}
