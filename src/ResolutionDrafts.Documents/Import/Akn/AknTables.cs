using System.Globalization;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// The tables of a body as the UN's files hold them: a <c>container</c> holding a <c>table</c> right after
/// the <c>paragraph</c> that introduces it (ADR 0029). Rows are <c>tr</c>; cells <c>th</c> or <c>td</c>, with
/// <c>colspan</c>; the leading rows of <c>th</c> are the header. A row with no text in any cell (the files
/// draw a rule so) is left out; a <c>rowspan</c> is not kept: its text stands in its first row.
/// </summary>
internal static class AknTables
{
    /// <summary>Gives the paragraphs their tables; returns how many tables found no paragraph to hold them.</summary>
    public static int Attach(XElement? body, IReadOnlyDictionary<XElement, ParsedNode> paragraphs, AknText text)
    {
        if (body is null)
        {
            return 0;
        }

        var left = 0;
        var after = new Dictionary<ParsedNode, List<DraftTable>>();
        foreach (var table in body.Descendants().Where(e => e.Name.LocalName == "table").ToList())
        {
            var holder = HolderElement(table);
            var read = Read(table, text);
            if (holder is null || !paragraphs.TryGetValue(holder, out var node) || read is null)
            {
                left++;
                continue;
            }

            if (!after.TryGetValue(node, out var list))
            {
                after[node] = list = [];
            }

            list.Add(read);
        }

        foreach (var (node, tables) in after)
        {
            left += TableHolders.Attach(node, tables);
        }

        return left;
    }

    /// <summary>The element before the table's container, past other tables' containers (a paragraph, if it is one the body read).</summary>
    private static XElement? HolderElement(XElement table)
    {
        var container = table.Parent;
        if (container is null || TableIn(container) is null)
        {
            return null;
        }

        foreach (var before in container.ElementsBeforeSelf().Reverse())
        {
            if (TableIn(before) is not null)
            {
                continue;
            }

            return before;
        }

        return null;
    }

    /// <summary>A container that holds a table and nothing else (a number at most).</summary>
    public static XElement? TableIn(XElement container) =>
        container.Name.LocalName == "container" && container.Elements().Any(e => e.Name.LocalName == "table")
        && container.Elements().All(e => e.Name.LocalName is "table" or "num")
            ? container.Elements().First(e => e.Name.LocalName == "table")
            : null;

    public static DraftTable? Read(XElement table, AknText text)
    {
        var chinese = DraftLanguage.IsChinese(text.Language);
        var rows = new List<(bool Header, List<TableCell> Cells)>();
        foreach (var tr in table.Descendants().Where(e => e.Name.LocalName == "tr"))
        {
            var cells = tr.Elements().Where(e => e.Name.LocalName is "th" or "td").ToList();
            var read = cells.Select(c => new TableCell(CellText(c, text, chinese), Span(c))).ToList();
            if (read.Count == 0 || read.All(c => c.Text.Length == 0))
            {
                continue;
            }

            rows.Add((cells.All(c => c.Name.LocalName == "th"), read));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var header = rows.TakeWhile(r => r.Header).Count();
        var result = new DraftTable([.. rows.Select((r, i) => new TableRow("r" + (i + 1).ToString(CultureInfo.InvariantCulture), r.Cells))], header == rows.Count ? 0 : header);
        return result.Problem() is null ? result : null;
    }

    private static string CellText(XElement cell, AknText text, bool chinese)
    {
        var blocks = cell.Elements().Where(e => e.Name.LocalName == "p").ToList();
        var lines = blocks.Count == 0 ? [text.ParagraphText(cell)] : blocks.Select(p => text.ParagraphText(p));
        return LineJoiner.Join(lines.Select(l => l.Trim()).Where(l => l.Length > 0), chinese).Trim();
    }

    private static int Span(XElement cell) =>
        int.TryParse((string?)cell.Attribute("colspan"), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span is > 1 and <= DraftTable.MaxColumns ? span : 1;
}
