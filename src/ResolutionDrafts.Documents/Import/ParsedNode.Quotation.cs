using System.Text;

namespace ResolutionDrafts.Documents.Import;

/// <summary>The quotation a paragraph or sub-paragraph holds after its text, line by line (ADR 0028).</summary>
internal sealed partial class ParsedNode
{
    /// <summary>The quoted lines, each with its own numbers and headings as words; empty when the node quotes nothing.</summary>
    public List<StringBuilder> Quotation { get; } = [];
}
