using System.Text;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// What a paragraph's printed form depends on, as one string: when the key of a paragraph is the
/// same in two versions, so is its HTML, and the broadcast does not render it again. It must name
/// everything <see cref="ParagraphBlock"/> shows in reading mode (text, kind, heading, label and
/// marker, the part it opens, style warnings, agreed-language note, pending proposals, its table), for the paragraph and each of
/// its sub-paragraphs; the language is the document's and changes the whole document.
/// </summary>
public static class ReadingKeys
{
    public static string Of(Paragraph paragraph, DraftView view)
    {
        var key = new StringBuilder(paragraph.Text.Length + 64);
        key.Append(paragraph.Kind).Append('\u001f').Append(paragraph.Heading).Append('\u001f').Append(paragraph.Part).Append('\u001f');
        // The meeting the part before ends with, printed before the part this paragraph opens (ADR 0034, amendment 2).
        key.Append(view.MeetingBefore(paragraph.Id)).Append('\u001f');
        // The only part left says so, naming the title the resolution would take (ADR 0016 amendment 15).
        key.Append(view.IsLonePart(paragraph.Id) ? "lone:" + view.Draft.Title : "").Append('\u001f');
        Append(key, paragraph, view);
        foreach (var sub in paragraph.Descendants())
        {
            Append(key, sub, view);
        }

        return key.ToString();
    }

    private static void Append(StringBuilder key, ParagraphNode node, DraftView view)
    {
        key.Append('\u001e').Append(node.Id).Append('\u001f').Append(node.Text).Append('\u001f');
        key.Append(node.SubParagraphs.Count).Append('\u001f');
        foreach (var line in node.Quotation)
        {
            // A quoted line prints under its paragraph (ADR 0028): a change to it prints the paragraph again.
            key.Append('\u001c').Append(line.Id).Append('\u001f').Append(line.Text);
        }

        if (view.Labels.TryGetValue(node.Id, out var label))
        {
            key.Append(label).Append('\u001f');
        }

        foreach (var warning in view.WarningsById[node.Id])
        {
            key.Append(warning.Message).Append('\u001d');
        }

        if (node.Source is { } source)
        {
            key.Append('\u001f').Append(source).Append(source.Matches(node.Text) ? "=" : "≠");
        }

        key.Append('\u001f').Append(view.PendingProposals.GetValueOrDefault(node.Id));
        if (node.Table is { } table)
        {
            // The table printed under the node (ADR 0029): a changed cell changes the paragraph's HTML.
            key.Append('\u001f').Append(table.HeaderRows);
            foreach (var row in table.Rows)
            {
                key.Append('\u001d').Append(row.Id);
                foreach (var cell in row.Cells)
                {
                    key.Append('\u001c').Append(cell.Span).Append(' ').Append(cell.Text);
                }
            }
        }
    }
}
