namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Counts of top-level paragraph changes and one-line descriptions for people. Modified counts
/// every paragraph in both drafts whose content changed, including moved ones that were edited.
/// </summary>
public sealed record ComparisonSummary
{
    public required int Unchanged { get; init; }

    public required int Modified { get; init; }

    public required int Inserted { get; init; }

    public required int Deleted { get; init; }

    public required IReadOnlyList<ParagraphMove> Moves { get; init; }

    public required int FootnotesChanged { get; init; }

    public required int MetadataChanged { get; init; }

    /// <summary>"3 paragraphs changed, 1 added, OP7 moved to OP9, sponsors: +Chile".</summary>
    public required string English { get; init; }

    /// <summary>"修改 3 段，新增 1 段，OP7 移至 OP9，提案国：+智利".</summary>
    public required string Chinese { get; init; }

    public int Moved => Moves.Count;

    /// <summary>The sentence in the draft's language: Chinese for a Chinese draft, English otherwise.</summary>
    public string For(string language) => language == Drafts.DraftLanguage.Chinese ? Chinese : English;
}
