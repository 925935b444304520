using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents;

/// <summary>A paragraph of the corpus with what a delegate cites it by.</summary>
/// <param name="Id">The paragraph's row in the corpus database.</param>
/// <param name="Key">The AKN paragraph id, shared by the paragraph's other language versions.</param>
/// <param name="Date">Adoption date, yyyy-MM-dd, when known.</param>
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
    ParagraphKind Kind)
{
    /// <summary>The year of adoption, for "A/RES/76/117, OP5 (2021)".</summary>
    public string? Year => Date is { Length: >= 4 } ? Date[..4] : null;
}
