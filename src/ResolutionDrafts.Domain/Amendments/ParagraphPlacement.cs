namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// The place of an inserted or moved paragraph. <see cref="Reference"/> is a paragraph of the
/// original text that the amendment keeps (null for <see cref="PlacementKind.AtStart"/> and
/// <see cref="PlacementKind.AtEnd"/>); it is a sibling of the paragraph placed.
/// </summary>
public sealed record ParagraphPlacement(PlacementKind Kind, ParagraphReference? Reference = null)
{
    public static ParagraphPlacement After(ParagraphReference reference) => new(PlacementKind.After, reference);

    public static ParagraphPlacement Before(ParagraphReference reference) => new(PlacementKind.Before, reference);
}
