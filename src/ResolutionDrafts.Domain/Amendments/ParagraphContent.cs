using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A whole paragraph or sub-paragraph carried by an instruction: what an inserted paragraph
/// reads, or what a deleted one read. <see cref="Kind"/> and <see cref="Heading"/> matter only at
/// the top level; <see cref="Id"/> is the paragraph's id in the proposed text, so applying the
/// amendment gives exactly the proposed draft.
/// </summary>
public sealed record ParagraphContent(string Id, ParagraphKind Kind, string Text, string? Heading, IReadOnlyList<ParagraphContent> SubParagraphs)
{
    public static ParagraphContent Of(ParagraphNode node, ParagraphKind kind) => Of(node, kind, null, 1);

    /// <summary>
    /// A node's content with the numbers its sub-paragraphs print in <paramref name="numbering"/> (ADR 0036), they standing at
    /// <paramref name="depth"/> (1 under a paragraph); with no numbering, the numbers are the UN's by depth when worded.
    /// </summary>
    public static ParagraphContent Of(ParagraphNode node, ParagraphKind kind, SubParagraphNumbering? numbering, int depth)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ParagraphContent(
            node.Id,
            kind,
            node.Text,
            (node as Paragraph)?.Heading,
            node.SubParagraphs.Select(s => Of(s, kind, numbering, depth + 1)).ToList())
        {
            Quotation = node.Quotation.Select(l => new ParagraphContent(l.Id, kind, l.Text, null, [])).ToList(),
            Table = node.Table,
            SubMarkers = numbering is null ? null : node.SubParagraphs.Select((_, i) => numbering.Marker(depth, i + 1)).ToList(),
        };
    }

    /// <summary>The numbers its sub-paragraphs print ("(1)", "(2)"), in order; null to word them the UN's way by depth.</summary>
    public IReadOnlyList<string>? SubMarkers { get; init; }

    /// <summary>The number sub-paragraph <paramref name="i"/> (from 0) prints, at <paramref name="depth"/> when not known.</summary>
    public string SubMarker(int i, int depth) => SubMarkers is { } markers && i < markers.Count ? markers[i] : ParagraphLabels.SubParagraphMarker(depth, i + 1);

    /// <summary>The marker as a text in <paramref name="language"/> prints it: in Chinese the level numbered (i), (ii) prints ㈠, ㈡ (ADR 0016 amendment 10).</summary>
    public string SubMarker(int i, int depth, string language)
    {
        var marker = SubMarker(i, depth);
        return SubParagraphNumbering.StyleOf(marker, i + 1) is { } style ? SubParagraphNumbering.Printed(style, i + 1, DraftLanguage.IsChinese(language)) : marker;
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
