using System.Text;
using System.Text.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// A draft written out completely and deterministically, text exactly as stored: two drafts are
/// the same document when their canonical forms are equal. Replicas compare it to prove they
/// converged (the property tests, the load driver's "converged").
/// </summary>
public static class DraftCanonicalForm
{
    public static string Of(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var sb = new StringBuilder();
        sb.Append("language ").Append(draft.Language).Append('\n')
            .Append("kind ").Append(draft.Kind).Append(' ').Append(draft.Revision).Append('\n')
            .Append("metadata ").Append(Quote(draft.Metadata.ToString())).Append('\n')
            .Append("title ").Append(Quote(draft.Title)).Append('\n')
            .Append("author ").Append(Quote(draft.AuthorLine)).Append('\n');
        foreach (var sponsor in draft.Sponsors)
        {
            sb.Append("sponsor ").Append(Quote(sponsor.ToString())).Append('\n');
        }

        foreach (var paragraph in draft.Paragraphs)
        {
            sb.Append(paragraph.Kind).Append(' ').Append(paragraph.Id)
                .Append(" heading ").Append(Quote(paragraph.Heading)).Append(' ')
                .Append(Quote(paragraph.Text)).Append(SourceOf(paragraph)).Append(PartOf(paragraph)).Append(paragraph.OpensSection ? " section" : "").Append('\n');
            AppendQuotation(sb, paragraph, 1);
            AppendTable(sb, paragraph, 1);
            AppendChildren(sb, paragraph, 1);
        }

        foreach (var footnote in draft.Footnotes)
        {
            sb.Append("footnote ").Append(footnote.Number).Append(' ').Append(Quote(footnote.Text)).Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendChildren(StringBuilder sb, ParagraphNode node, int depth)
    {
        foreach (var child in node.SubParagraphs)
        {
            sb.Append(' ', depth * 2).Append(child.Id).Append(' ').Append(Quote(child.Text)).Append(SourceOf(child)).Append('\n');
            AppendQuotation(sb, child, depth + 1);
            AppendTable(sb, child, depth + 1);
            AppendChildren(sb, child, depth + 1);
        }
    }

    // Only a node that quotes carries lines, so drafts without quotations keep the form they always had (ADR 0028).
    private static void AppendQuotation(StringBuilder sb, ParagraphNode node, int depth)
    {
        foreach (var line in node.Quotation)
        {
            sb.Append(' ', depth * 2).Append("quote ").Append(line.Id).Append(' ').Append(Quote(line.Text)).Append(SourceOf(line)).Append('\n');
        }
    }

    // Only a node with a table carries it (ADR 0029), so drafts without tables keep the form they always had.
    private static void AppendTable(StringBuilder sb, ParagraphNode node, int depth)
    {
        if (node.Table is not { } table)
        {
            return;
        }

        sb.Append(' ', depth * 2).Append("table header ").Append(table.HeaderRows).Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append(' ', depth * 2).Append("row ").Append(row.Id);
            if (row.Kind != TableRowKind.Body)
            {
                sb.Append(' ').Append(row.Kind.ToString().ToLowerInvariant());
            }

            foreach (var cell in row.Cells)
            {
                sb.Append(' ').Append(Quote(cell.Text));
                if (cell.Span != 1)
                {
                    sb.Append('*').Append(cell.Span);
                }
            }

            sb.Append('\n');
        }
    }

    // Only paragraphs with a source carry it, so drafts without one keep the form they always had.
    private static string SourceOf(ParagraphNode node) =>
        node.Source is { } s ? $" source {Quote(s.Symbol)} {Quote(s.Label)} {Quote(s.Year)} {Quote(s.Language)} {Quote(s.Text)}{(s.Decision ? " decision" : "")}" : "";

    // Only a paragraph that opens a part carries it, so drafts without parts keep the form they always had.
    private static string PartOf(Paragraph paragraph) =>
        paragraph.Part is { } p ? $" part {Quote(p.Title)} {Quote(p.AuthorLine)}" + (p.MeetingLine is null && p.MeetingDate is null ? "" : $" meeting {Quote(p.MeetingLine ?? "")} {Quote(p.MeetingDate ?? "")}") : "";

    private static string Quote(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);
}
