namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Everything that changed between two drafts. <see cref="Paragraphs"/> is in reading order for a
/// comparison document: the new draft's order, with each deleted paragraph placed right after the
/// nearest paragraph before it in the old draft that is still there and did not move (at the start
/// when there is none). Sub-paragraphs follow the same rule among their siblings; a sub-paragraph
/// that changed parents shows as deleted under the old parent and inserted under the new one.
/// </summary>
public sealed record DraftComparison
{
    public required IReadOnlyList<ParagraphComparison> Paragraphs { get; init; }

    public required SponsorComparison Sponsors { get; init; }

    /// <summary>Only the fields that changed, in a fixed order (see <see cref="FieldChange"/>).</summary>
    public required IReadOnlyList<FieldChange> Metadata { get; init; }

    /// <summary>Every footnote of either draft, by number, unchanged ones included.</summary>
    public required IReadOnlyList<FootnoteComparison> Footnotes { get; init; }

    public required ComparisonSummary Summary { get; init; }

    /// <summary>What changed in paragraphs' tables, in the new draft's reading order (ADR 0029); empty when nothing did.</summary>
    public IReadOnlyList<TableChange> Tables { get; init; } = [];

    public bool HasChanges =>
        Sponsors.HasChanges
        || Metadata.Count > 0
        || Footnotes.Any(f => f.Change != FootnoteChange.Unchanged)
        || Paragraphs.Any(p => p.Change != ParagraphChange.Unchanged)
        || Tables.Count > 0;
}
