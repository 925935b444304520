using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>
/// The text being edited on the page: an existing paragraph (<see cref="NodeId"/>), a new paragraph
/// after <see cref="AnchorId"/> (null anchor: at the start), or a new sub-paragraph under <see cref="AnchorId"/>.
/// </summary>
public sealed record EditTarget(EditTargetKind Kind, string? NodeId, string? AnchorId, ParagraphKind NewKind = ParagraphKind.Operative)
{
    public static EditTarget Existing(string nodeId) => new(EditTargetKind.Existing, nodeId, null);

    public static EditTarget NewParagraphAfter(string? anchorId, ParagraphKind kind) => new(EditTargetKind.NewParagraph, null, anchorId, kind);

    public static EditTarget NewSubParagraph(string parentId) => new(EditTargetKind.NewSubParagraph, null, parentId);
}

public enum EditTargetKind
{
    Existing,
    NewParagraph,
    NewSubParagraph,
}
