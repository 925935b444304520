using System.Globalization;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// The text a proposal is made to: an issued document, by its symbol ("A/C.3/80/L.20/Rev.1"), or
/// the live draft as it stood at a revision of its change log. Every paragraph and word the
/// proposal names is one of that text.
/// </summary>
/// <param name="Symbol">The symbol of the issued document; null for the live draft.</param>
/// <param name="Revision">The change-log revision of the live draft; null for an issued document.</param>
public sealed record ProposalTarget(string? Symbol, long? Revision)
{
    public static ProposalTarget Document(string symbol) => new(symbol, null);

    public static ProposalTarget LiveDraft(long revision) => new(null, revision);

    public bool IsDocument => Symbol is not null;

    /// <summary>A message for a target that names no text, or two; null when it is well formed.</summary>
    public string? Problem() => (Symbol, Revision) switch
    {
        (null, null) => "A proposal must be made to an issued document or to a revision of the live draft.",
        (not null, not null) => "A proposal is made either to an issued document or to a revision of the live draft, not both.",
        ({ } s, _) when string.IsNullOrWhiteSpace(s) || s.Length > Drafts.DraftLimits.MaxShortTextLength => "The symbol of the document a proposal is made to must be given, and short.",
        (_, < 0) => "A change-log revision cannot be negative.",
        _ => null,
    };

    public override string ToString() =>
        Symbol ?? "the live draft at revision " + Revision!.Value.ToString(CultureInfo.InvariantCulture);
}
