using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A whole paragraph or sub-paragraph carried by an instruction: what an inserted paragraph
/// reads, or what a deleted one read. <see cref="Kind"/> and <see cref="Heading"/> matter only at
/// the top level; <see cref="Id"/> is the paragraph's id in the proposed text, so applying the
/// amendment gives exactly the proposed draft.
/// </summary>
public sealed record ParagraphContent(string Id, ParagraphKind Kind, string Text, string? Heading, IReadOnlyList<ParagraphContent> SubParagraphs)
{
    public static ParagraphContent Of(ParagraphNode node, ParagraphKind kind)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ParagraphContent(
            node.Id,
            kind,
            node.Text,
            (node as Paragraph)?.Heading,
            node.SubParagraphs.Select(s => Of(s, kind)).ToList())
        {
            Quotation = node.Quotation.Select(l => new ParagraphContent(l.Id, kind, l.Text, null, [])).ToList(),
            Table = node.Table,
        };
    }

    /// <summary>
    /// The table it introduces (ADR 0029), printed after its text, quotation and sub-paragraphs; null when none. A new
    /// paragraph's table is worded with it ("… reading: “…”, followed by the table, headed …") and added with it.
    /// </summary>
    public DraftTable? Table { get; init; }

    /// <summary>Whether it or any of its sub-paragraphs holds a table.</summary>
    public bool HoldsTable => Table is not null || SubParagraphs.Any(s => s.HoldsTable);

    /// <summary>The lines of the quotation it holds (ADR 0028), after its text and before its sub-paragraphs; empty when none.</summary>
    public IReadOnlyList<ParagraphContent> Quotation { get; init; } = [];

    /// <summary>Every text in it, this one first, in reading order.</summary>
    public IEnumerable<string> Texts()
    {
        yield return Text;
        foreach (var line in Quotation)
        {
            yield return line.Text;
        }

        foreach (var sub in SubParagraphs)
        {
            foreach (var text in sub.Texts())
            {
                yield return text;
            }
        }
    }
}
