using System.Globalization;
using System.Xml.Linq;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Export.AknNames;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// A paragraph's tables as the UN's files write them (ADR 0029): each a <c>container name="table"</c> after the
/// paragraph's element, in reading order of the nodes holding them, header cells <c>th</c>, others <c>td</c>, a merged
/// cell with <c>colspan</c>, a figure with the UN's right justification. The importer gives each back to its node
/// (<c>TableHolders</c>).
/// </summary>
internal sealed class AknTableWriter(AknInline inline)
{
    private int tables;

    public IEnumerable<XElement> After(ParagraphNode paragraph)
    {
        foreach (var node in paragraph.Descendants().Prepend(paragraph))
        {
            if (node.Table is { } table)
            {
                yield return Container(table, node.Id);
            }
        }
    }

    private XElement Container(DraftTable table, string nodeId)
    {
        var eId = "container_table_" + (++tables).ToString(CultureInfo.InvariantCulture);
        var element = new XElement(N("table"), new XAttribute("eId", eId + "__table_1"));
        foreach (var (row, i) in table.Rows.Select((r, i) => (r, i)))
        {
            var header = table.IsHeader(i);
            var tr = new XElement(N("tr"));
            if (row.IsLine)
            {
                // A sub-heading or a note of a run of tables (ADR 0029, amendment 2): one cell across, its kind the row's class.
                tr.Add(new XAttribute("class", row.Kind == TableRowKind.Caption ? Import.Akn.AknTables.CaptionClass : Import.Akn.AknTables.NoteClass));
            }

            foreach (var cell in row.Cells)
            {
                var td = new XElement(N(header ? "th" : "td"));
                if (cell.Span > 1)
                {
                    td.Add(new XAttribute("colspan", cell.Span.ToString(CultureInfo.InvariantCulture)));
                }

                td.Add(inline.P(cell.Text, 0));
                tr.Add(td);
            }

            element.Add(tr);
        }

        return new XElement(N("container"), new XAttribute("name", "table"), new XAttribute("eId", eId), new XAttribute("wId", nodeId + "-table"), element);
    }
}
