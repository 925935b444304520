namespace ResolutionDrafts.Domain.Drafts;

/// <summary>The quotation a paragraph or sub-paragraph holds after its own text (ADR 0028).</summary>
public abstract partial class ParagraphNode
{
    private protected readonly List<QuotedLine> quotation = [];

    /// <summary>The quoted lines printed under this node's text, in order; empty when it quotes nothing.</summary>
    public IReadOnlyList<QuotedLine> Quotation => quotation;

    internal List<QuotedLine> MutableQuotation => quotation;

    /// <summary>
    /// Whether the text leads in to what follows it ("… to read as follows:" / "……如下："), italics and footnote
    /// references aside: where a quotation would go.
    /// </summary>
    public bool LeadsIn =>
        FootnoteReferences.Pattern().Replace(InlineItalics.Strip(Text), "").TrimEnd() is var text && (text.EndsWith(':') || text.EndsWith('：'));

    /// <summary>The ids of every node under this one: its sub-paragraphs and the quoted lines of it and of them.</summary>
    public IEnumerable<string> IdsUnder()
    {
        foreach (var line in quotation)
        {
            yield return line.Id;
        }

        foreach (var sub in Descendants())
        {
            yield return sub.Id;
            foreach (var line in sub.Quotation)
            {
                yield return line.Id;
            }
        }
    }
}
