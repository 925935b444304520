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

    /// <summary>
    /// Whether this paragraph opens a section whose paragraphs are numbered from 1 again (budget resolutions:
    /// "I" … 1., 2.; "II" … 1., 2.), its heading normally printed before it. The section runs to the next
    /// paragraph that opens a section or a part; its name ("II") is its heading's numeral, else its place
    /// (<see cref="Numbering.SectionNumbers"/>). The UN cites its paragraphs as "paragraph 3 of section II".
    /// </summary>
    public bool OpensSection { get; internal set; }

    /// <summary>Whether this paragraph is an edge: it opens a part or a section (ADR 0016), so what goes before it ends the one before.</summary>
    public bool OpensPartOrSection => Part is not null || OpensSection;
}
