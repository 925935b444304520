using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// A quotation's printed lines (ADR 0028): each quoted line its own paragraph under the text that quotes
/// it, indented one step further than that text as the UN prints quoted rules and articles, with no marker
/// of its own (its "1." or "(a)" are its words). Keyed "q:{id}" so a comparison pairs a line with itself.
/// </summary>
internal static class PrintedQuotation
{
    /// <param name="depth">0 when a paragraph quotes, 1 and more when a sub-paragraph does.</param>
    public static void Add(ParagraphNode holder, int depth, FootnoteMarks marks, List<PrintedLine> lines)
    {
        foreach (var line in holder.Quotation)
        {
            lines.Add(new PrintedLine("q:" + line.Id, LineZone.Body, StyleIds.Quoted(depth), "", marks.Encode(line.Text), 0) { NodeId = line.Id });
        }
    }

    /// <summary>Every text a draft prints from its paragraphs, quoted lines included, in reading order.</summary>
    public static IEnumerable<string> Texts(Draft draft) =>
        draft.AllNodes().SelectMany(n => n.Quotation.Select(l => l.Text).Prepend(n.Text));
}
