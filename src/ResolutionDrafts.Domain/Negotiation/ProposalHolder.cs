namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>A proposal as a negotiation text credits it: its id and the delegations that hold it.</summary>
/// <param name="Delegations">The proposers in order; the first is the main proposer.</param>
/// <param name="ParentId">For a sub-amendment, the proposal it amends.</param>
public sealed record ProposalHolder(string ProposalId, IReadOnlyList<string> Delegations, string? OnBehalfOf = null, string? ParentId = null)
{
    public static ProposalHolder Of(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new ProposalHolder(proposal.Id, [.. proposal.Proposers], proposal.OnBehalfOf, proposal.ParentId);
    }

    /// <summary>"Uganda (on behalf of the Group of 77 and China), Chile".</summary>
    public string Names => OnBehalfOf is null || Delegations.Count == 0
        ? string.Join(", ", Delegations)
        : string.Join(", ", Delegations.Skip(1).Prepend($"{Delegations[0]} (on behalf of {OnBehalfOf})"));

    /// <summary>
    /// The holders of one wording as the negotiation text credits them: "Cuba; Brazil, Chile". A holder
    /// named twice (one delegation's two proposals that read the same here) is named once, never "Cuba; Cuba".
    /// </summary>
    public static string NamesOf(IEnumerable<ProposalHolder> holders)
    {
        ArgumentNullException.ThrowIfNull(holders);
        return string.Join("; ", holders.Select(h => h.Names).Distinct(StringComparer.Ordinal));
    }
}
