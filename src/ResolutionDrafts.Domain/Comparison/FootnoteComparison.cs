namespace ResolutionDrafts.Domain.Comparison;

/// <summary>A footnote compared by its number. OldText is null when added, NewText when removed.</summary>
public sealed record FootnoteComparison(
    int Number,
    FootnoteChange Change,
    string? OldText,
    string? NewText,
    IReadOnlyList<TextSegment> Segments);
