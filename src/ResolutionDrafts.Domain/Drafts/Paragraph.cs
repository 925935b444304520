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
}
