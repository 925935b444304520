using System.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>A paragraph or sub-paragraph as an importer recognised it, before it becomes part of a <see cref="Draft"/>.</summary>
internal sealed partial class ParsedNode
{
    public ParsedNode(ParagraphKind kind, int depth)
    {
        Kind = kind;
        Depth = depth;
    }

    public ParagraphKind Kind { get; set; }

    /// <summary>0 for a paragraph, 1 for (a), 2 for (i), 3 for a., 4 for i.</summary>
    public int Depth { get; }

    public StringBuilder Text { get; } = new();

    /// <summary>
    /// A sub-paragraph's number as the source printed it, in its numbering's own form ("(a)", "(1)", "1)", "a."; ㈡ as
    /// "(ii)"); null when the source printed none or it was not read. <see cref="SubParagraphStyles"/> finds the draft's
    /// numbering from these (ADR 0036). An operative paragraph's as printed too ("3.", "(3)", "3)"): <see cref="OperativeStyles"/>
    /// finds the draft's operative numbering from them (ADR 0038).
    /// </summary>
    public string? Number { get; set; }

    public string? Heading { get; set; }

    /// <summary>The part of a resolution in parts that this paragraph opens (its title and author line), if any.</summary>
    public DraftPart? Part { get; set; }

    /// <summary>The file numbers this operative paragraph 1 again after operative paragraphs of the same part.</summary>
    public bool RestartsNumbering { get; set; }

    /// <summary>
    /// An operative paragraph the file prints without a number. Among numbered ones it is a section's single operative
    /// paragraph, which the UN leaves unnumbered as it does a resolution's single one (<see cref="SectionStarts"/>).
    /// </summary>
    public bool Unnumbered { get; set; }

    /// <summary>This paragraph opens a section numbered from 1 again (<see cref="SectionStarts"/>).</summary>
    public bool OpensSection { get; set; }

    public List<ParsedNode> Children { get; } = [];

    /// <summary>The table this node introduces (<see cref="TableHolders"/>), if any.</summary>
    public DraftTable? Table { get; set; }

    /// <summary>
    /// A text that introduces what follows it — sub-paragraphs, a quotation, a table — ends with a colon (":", "："). One
    /// test for the text and AKN readers and <see cref="TableHolders"/> (which first sets aside italics marks and a
    /// footnote reference after the colon).
    /// </summary>
    public static bool EndsAsLeadIn(string text)
    {
        var end = text.TrimEnd();
        return end.EndsWith(':') || end.EndsWith('：');
    }

    /// <summary>The node takes items: it has some already, or its words end as a lead-in does.</summary>
    public bool TakesItems => Children.Count > 0 || EndsAsLeadIn(Text.ToString());

    public override string ToString() => Text.ToString();
}
