namespace ResolutionDrafts.Domain.Drafts;

/// <summary>A preambular or operative paragraph of a draft.</summary>
public sealed class Paragraph : ParagraphNode
{
    internal Paragraph(string id, ParagraphKind kind, string text, string? heading)
        : base(id, text)
    {
        Kind = kind;
        Heading = heading;
    }

    public ParagraphKind Kind { get; internal set; }

    /// <summary>A section heading printed before this paragraph ("I. Report of the Commission"), if any.</summary>
    public string? Heading { get; internal set; }

    /// <summary>
    /// The part of a resolution in parts that this paragraph opens (its title and author line), or
    /// null: the paragraph belongs to the part opened before it, or the draft has no parts (ADR 0016).
    /// </summary>
    public DraftPart? Part { get; internal set; }
}
