namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// The place of an inserted or moved paragraph. <see cref="Reference"/> is a paragraph of the
/// original text that the amendment keeps (null for <see cref="PlacementKind.AtStart"/> and
/// <see cref="PlacementKind.AtEnd"/>); it is a sibling of the paragraph placed.
/// </summary>
public sealed record ParagraphPlacement(PlacementKind Kind, ParagraphReference? Reference = null)
{
    /// <summary>
    /// A move across the edge of a part or a section and nothing else (ADR 0016): the paragraph stays where it
    /// stands in the text and changes the part or section it is in. <see cref="PlacementKind.Before"/> the
    /// paragraph that opens the part or section: it heads it instead ("to the beginning of resolution B");
    /// <see cref="PlacementKind.After"/> the last paragraph of the part or section before: it leaves its own
    /// and ends that one ("to the end of resolution A"). <see cref="PlacementEdge.None"/> for any other move.
    /// </summary>
    public PlacementEdge Edge { get; init; }

    public static ParagraphPlacement After(ParagraphReference reference) => new(PlacementKind.After, reference);

    public static ParagraphPlacement Before(ParagraphReference reference) => new(PlacementKind.Before, reference);
}
