using ResolutionDrafts.Domain.Amendments;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// A proposal as plain data, for storage: as JSON (System.Text.Json reads and writes it with
/// default options), or as columns with the instructions and history as JSON. Made by
/// <see cref="Proposal.ToData"/>; <see cref="Proposal.Restore"/> checks it and gives the
/// proposal back.
/// </summary>
public sealed record ProposalData
{
    public required string Id { get; init; }

    public required ProposalTarget Target { get; init; }

    /// <summary>The proposing delegations in order; the first is the main proposer.</summary>
    public required IReadOnlyList<string> Proposers { get; init; }

    public string? OnBehalfOf { get; init; }

    public string? ParentId { get; init; }

    public required IReadOnlyList<AmendmentInstruction> Instructions { get; init; }

    public required ProposalState State { get; init; }

    public VoteResult? Vote { get; init; }

    public required IReadOnlyList<ProposalHistoryEntry> History { get; init; }

    /// <summary>The symbol the amendment was issued under, once the secretariat gave one; absent in older rows.</summary>
    public string? Symbol { get; init; }
}
