namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// What one or more proposals would put in place of the words a bracket holds ("" to delete
/// them), and the proposals that would. Proposals that propose the same words share one
/// alternative.
/// </summary>
public sealed record BracketAlternative(string Text, BracketChange Change, IReadOnlyList<ProposalHolder> Holders)
{
    public IReadOnlyList<string> ProposalIds => Holders.Select(h => h.ProposalId).ToList();

    /// <summary>Every delegation that holds it, each once, in order.</summary>
    public IReadOnlyList<string> Delegations =>
        Holders.SelectMany(h => h.Delegations).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
