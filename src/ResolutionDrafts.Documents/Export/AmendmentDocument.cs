using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// What an issued amendment document (an L document such as A/C.3/80/L.64) prints: who proposes
/// it, the text it amends (whose title, kind, body, session, committee and agenda item it takes),
/// its numbered instructions, and its own masthead fields. The instructions are worded in
/// <see cref="Language"/> and quote <see cref="Target"/>, so for a Chinese document give the
/// Chinese text and the amendment made to it.
/// </summary>
public sealed record AmendmentDocument
{
    /// <summary>The text the amendment is made to.</summary>
    public required Draft Target { get; init; }

    public required Amendment Amendment { get; init; }

    /// <summary>The proposing delegations in order; in a Chinese document, names of the UN list print in Chinese.</summary>
    public required IReadOnlyList<string> Proposers { get; init; }

    /// <summary>The group the first proposer speaks for: "Uganda (on behalf of …)".</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>The amendment's own symbol: "A/C.3/80/L.64".</summary>
    public string? Symbol { get; init; }

    /// <summary>The symbol of the text amended, in the heading; the target's own symbol when null.</summary>
    public string? TargetSymbol { get; init; }

    /// <summary>The date of issue as printed: "14 November 2025".</summary>
    public string? Date { get; init; }

    public string Distribution { get; init; } = "Limited";

    /// <summary>The language the amendment was written in, as a code ("en"), for "Original: English".</summary>
    public string? OriginalLanguage { get; init; }

    /// <summary>The language of the document; the target's when null.</summary>
    public string? Language { get; init; }

    /// <summary>The document for a proposal made to <paramref name="target"/>: its amendment, proposers and the symbol of its target.</summary>
    public static AmendmentDocument For(Proposal proposal, Draft target)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(target);
        return new AmendmentDocument
        {
            Target = target,
            Amendment = proposal.Amendment,
            Proposers = proposal.Proposers,
            OnBehalfOf = proposal.OnBehalfOf,
            TargetSymbol = proposal.Target.Symbol,
        };
    }
}
