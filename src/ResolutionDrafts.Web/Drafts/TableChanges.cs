using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>The page's changes to a paragraph's table (ADR 0029), as operations through the one door.</summary>
public static class TableChanges
{
    /// <summary>Sets a cell's text; nothing to do when it already reads so.</summary>
    public static Func<Draft, DomainResult<DraftOperation>> Cell(string nodeId, string rowId, int column, string text) => draft =>
    {
        var row = draft.FindNode(nodeId)?.Table?.Rows.FirstOrDefault(r => r.Id == rowId);
        if (row is null)
        {
            return DomainResult<DraftOperation>.Fail("That table row is no longer there: someone removed it.");
        }

        return column < row.Cells.Count && row.Cells[column].Text == text
            ? DomainResult<DraftOperation>.Ok(new NoOp())
            : DomainResult<DraftOperation>.Ok(new SetTableCell(nodeId, rowId, column, text.Trim()));
    };

    /// <summary>An empty row after <paramref name="rowId"/>, with that row's cells and spans (a header row gives a body row).</summary>
    public static Func<Draft, DomainResult<DraftOperation>> AddRowAfter(string nodeId, string rowId) => draft =>
    {
        var table = draft.FindNode(nodeId)?.Table;
        var index = table?.IndexOfRow(rowId) ?? -1;
        if (table is null || index < 0)
        {
            return DomainResult<DraftOperation>.Fail("That table row is no longer there: someone removed it.");
        }

        if (table.Rows.Count >= DraftTable.MaxRows)
        {
            return DomainResult<DraftOperation>.Fail($"A table holds at most {DraftTable.MaxRows} rows.");
        }

        var (at, row) = NewRowAfter(table, index, "r" + ParagraphIds.New()[1..]);
        return DomainResult<DraftOperation>.Ok(new AddTableRow(nodeId, at, row));
    };

    /// <summary>
    /// Where an empty row added after the row at <paramref name="index"/> goes, and its cells: shaped as that row (a
    /// header row gives a body row). Shared by the editors' "+ row" and a delegation's proposed row.
    /// </summary>
    public static (int At, TableRow Row) NewRowAfter(DraftTable table, int index, string id)
    {
        // Under the header, a new row is shaped as the body's rows (the header's may span columns).
        // After a sub-heading, a note or a later table's header (ADR 0029, amendment 2) it is shaped as the next body row.
        var shape = index < table.HeaderRows && table.Rows.Count > table.HeaderRows ? table.Rows[table.HeaderRows] : table.Rows[index];
        if (shape.Kind != TableRowKind.Body)
        {
            shape = table.Rows.Skip(index).Concat(table.Rows).FirstOrDefault(r => r.Kind == TableRowKind.Body) ?? shape;
            shape = shape.IsLine ? new TableRow(shape.Id, [.. Enumerable.Range(0, table.Columns).Select(_ => new TableCell(""))]) : shape;
        }

        var row = new TableRow(id, [.. shape.Cells.Select(c => new TableCell("", c.Span))]);
        // Under a sub-heading the new row goes below that table's header too.
        var at = Math.Max(index + 1, table.HeaderRows);
        while (table.Rows[index].Kind != TableRowKind.Body && at < table.Rows.Count && table.Rows[at].Kind == TableRowKind.Header)
        {
            at++;
        }

        return (at, row);
    }

    /// <summary>Removes a row; the table keeps at least one.</summary>
    public static Func<Draft, DomainResult<DraftOperation>> RemoveRow(string nodeId, string rowId) => draft =>
    {
        var table = draft.FindNode(nodeId)?.Table;
        if (table is null || table.IndexOfRow(rowId) < 0)
        {
            return DomainResult<DraftOperation>.Fail("That table row is no longer there: someone removed it.");
        }

        if (table.Rows.Count == 1)
        {
            return DomainResult<DraftOperation>.Fail("That is the table's last row: remove the table instead.");
        }

        var removed = RemoveTableRow.Of(draft, nodeId, rowId);
        return removed.IsSuccess ? DomainResult<DraftOperation>.Ok(removed.Value!) : DomainResult<DraftOperation>.Fail(removed.Error!);
    };

    /// <summary>Removes the paragraph's whole table (the paragraph stays).</summary>
    public static Func<Draft, DomainResult<DraftOperation>> RemoveTable(string nodeId) => draft =>
        draft.FindNode(nodeId)?.Table is null
            ? DomainResult<DraftOperation>.Fail("That paragraph holds no table any more.")
            : DomainResult<DraftOperation>.Ok(new SetTable(nodeId, null));
}
