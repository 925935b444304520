using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>
/// The text being edited on the page: an existing paragraph (<see cref="NodeId"/>), a new paragraph
/// after <see cref="AnchorId"/> (null anchor: at the start), a new sub-paragraph under <see cref="AnchorId"/>,
/// a new paragraph at the head of the part <see cref="NodeId"/> opens, or the title and author line of the
/// part that starts (or is to start) at <see cref="NodeId"/>.
/// </summary>
public sealed record EditTarget(EditTargetKind Kind, string? NodeId, string? AnchorId, ParagraphKind NewKind = ParagraphKind.Operative)
{
    public static EditTarget Existing(string nodeId) => new(EditTargetKind.Existing, nodeId, null);

    public static EditTarget NewParagraphAfter(string? anchorId, ParagraphKind kind) => new(EditTargetKind.NewParagraph, null, anchorId, kind);

    public static EditTarget NewSubParagraph(string parentId) => new(EditTargetKind.NewSubParagraph, null, parentId);

    public static EditTarget NewParagraphBefore(string openerId, ParagraphKind kind) => new(EditTargetKind.NewParagraphBefore, openerId, null, kind);

    public static EditTarget Part(string paragraphId) => new(EditTargetKind.Part, paragraphId, null);
}

public enum EditTargetKind
{
    Existing,
    NewParagraph,
    NewSubParagraph,

    /// <summary>A new paragraph before a part's first paragraph: the head of that part (ADR 0016).</summary>
    NewParagraphBefore,

    /// <summary>A part's title and author line, or a new part's.</summary>
    Part,
}
