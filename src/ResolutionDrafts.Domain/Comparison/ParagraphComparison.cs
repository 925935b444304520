using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A paragraph (depth 0) or sub-paragraph (depth 1..3) compared between two drafts, matched by its
/// stable id. Old* members are null for an inserted node and New* members for a deleted one.
/// </summary>
public sealed record ParagraphComparison
{
    public required string Id { get; init; }

    public required ParagraphChange Change { get; init; }

    /// <summary>0 for a paragraph, 1 for (a), 2 for (i), 3 for a.</summary>
    public required int Depth { get; init; }

    /// <summary>The negotiation label in the old draft ("PP3", "OP2 (a)"); null when inserted.</summary>
    public string? OldLabel { get; init; }

    /// <summary>The negotiation label in the new draft; null when deleted.</summary>
    public string? NewLabel { get; init; }

    /// <summary>For a sub-paragraph, the kind of the paragraph it belongs to.</summary>
    public ParagraphKind? OldKind { get; init; }

    public ParagraphKind? NewKind { get; init; }

    /// <summary>The section heading printed before a paragraph (never set on sub-paragraphs).</summary>
    public string? OldHeading { get; init; }

    public string? NewHeading { get; init; }

    /// <summary>In a resolution in parts, the part a paragraph opens on each side (title and author line), if any.</summary>
    public DraftPart? OldPart { get; init; }

    public DraftPart? NewPart { get; init; }

    /// <summary>The letter of the part the paragraph is in on each side ("B"); null in a draft without parts.</summary>
    public string? OldPartLetter { get; init; }

    public string? NewPartLetter { get; init; }

    /// <summary>
    /// The section a paragraph opens on each side, by name ("II"), when it opens one that numbers its paragraphs
    /// from 1 again; null on a side where it does not (ADR 0016).
    /// </summary>
    public string? OldSection { get; init; }

    public string? NewSection { get; init; }

    /// <summary>The agreed language each side's wording was taken from (<see cref="AgreedLanguage"/>), if any.</summary>
    public AgreedLanguage? OldSource { get; init; }

    public AgreedLanguage? NewSource { get; init; }

    /// <summary>
    /// The text diff: one Delete segment for a deleted node, one Insert segment for an inserted
    /// one, the word/character diff otherwise.
    /// </summary>
    public required IReadOnlyList<TextSegment> Segments { get; init; }

    /// <summary>The sub-paragraphs, compared the same way, in reading order (see <see cref="DraftComparison.Paragraphs"/>).</summary>
    public required IReadOnlyList<ParagraphComparison> SubParagraphs { get; init; }

    /// <summary>
    /// The lines of the quotation this node holds (ADR 0028), compared by id in the new order, a removed line after
    /// the line before it; empty when neither side quotes. Their labels are the holder's with the line's place.
    /// </summary>
    public IReadOnlyList<ParagraphComparison> Quotation { get; init; } = [];

    /// <summary>Its order among the nodes present in both drafts changed.</summary>
    public bool IsMoved => Change == ParagraphChange.Moved;

    /// <summary>Present in both drafts with a different text, kind, heading or sub-paragraphs.</summary>
    public required bool IsModified { get; init; }

    public bool IsTextChanged => TextDiffer.HasChanges(Segments);

    public bool IsKindChanged => OldKind is not null && NewKind is not null && OldKind != NewKind;

    public bool IsHeadingChanged => Change is not (ParagraphChange.Inserted or ParagraphChange.Deleted) && OldHeading != NewHeading;

    /// <summary>It opens a part on one side and not the other, or the part's title or author line changed.</summary>
    public bool IsPartChanged => Change is not (ParagraphChange.Inserted or ParagraphChange.Deleted) && OldPart != NewPart;

    /// <summary>It opens a section numbered from 1 again on one side and not the other (or the section's name changed).</summary>
    public bool IsSectionChanged => Change is not (ParagraphChange.Inserted or ParagraphChange.Deleted) && OldSection != NewSection;

    /// <summary>The provenance was recorded, dropped or changed between the drafts (not a change of the text by itself).</summary>
    public bool IsSourceChanged => Change is not (ParagraphChange.Inserted or ParagraphChange.Deleted) && OldSource != NewSource;

    /// <summary>Present in both drafts under a different label (PP3 → PP2), changed or not.</summary>
    public bool IsRenumbered => OldLabel is not null && NewLabel is not null && OldLabel != NewLabel;

    /// <summary>The old text, rebuilt from the segments (empty when inserted).</summary>
    public string OldText => TextDiffer.OldText(Segments);

    /// <summary>The new text, rebuilt from the segments (empty when deleted).</summary>
    public string NewText => TextDiffer.NewText(Segments);
}
