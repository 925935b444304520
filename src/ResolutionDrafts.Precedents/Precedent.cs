using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents;

/// <summary>A paragraph of the corpus with what a delegate cites it by.</summary>
/// <param name="Id">The paragraph's row in the corpus database.</param>
/// <param name="Key">The AKN paragraph id, shared by the paragraph's other language versions.</param>
/// <param name="Date">Adoption date, yyyy-MM-dd, when known.</param>
/// <param name="Decision">The paragraph is of an adopted decision, not a resolution (ADR 0022); also when the symbol says so (A/DEC/76/515).</param>
public sealed record Precedent(
    long Id,
    string Symbol,
    string Label,
    string Language,
    string Text,
    string Title,
    string? Date,
    string? Body,
    string? Session,
    string Key,
    ParagraphKind Kind,
    bool Decision = false)
{
    /// <summary>
    /// As a delegate cites it in the paragraph's language: "OP9 (a) ㈠" for a Chinese paragraph, also from a corpus imported
    /// before labels wrote a Chinese text's second level so ("OP9 (a) (i)" kept in its row; ADR 0016 amendment 12).
    /// </summary>
    public string Label { get; init; } = ResolutionDrafts.Domain.Numbering.ParagraphLabels.InLanguage(Label ?? "", Language);

    /// <summary>
    /// What a delegate cites the paragraph's document by: its symbol for a resolution ("A/RES/76/117"); for a decision,
    /// "decision" and its number as the UN cites decisions ("decision 76/515", from A/DEC/76/515 or 76/515), else its symbol.
    /// </summary>
    public string Citation => DocumentCitation.Of(Symbol, Decision);

    /// <summary>The paragraph as a delegate cites it: "A/RES/76/117, OP5"; "decision 76/515" for a decision's one unnumbered paragraph (no label).</summary>
    public string CitedAs => DocumentCitation.Of(Symbol, Decision, Label);

    /// <summary>A decision by its kind or its symbol ("A/DEC/76/515").</summary>
    public bool IsDecision => DocumentCitation.IsDecision(Symbol, Decision);

    /// <summary>The year of adoption, for "A/RES/76/117, OP5 (2021)".</summary>
    public string? Year => Date is { Length: >= 4 } ? Date[..4] : null;
}
