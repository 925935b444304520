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

    /// <summary>
    /// Where an empty row at the head of the table's body goes, and its cells (ADR 0030, amendment 2): under the header, or
    /// in a run of tables under the first sub-heading and that table's header; at the top of a table with neither.
    /// </summary>
    public static (int At, TableRow Row) NewRowAtHead(DraftTable table, string id)
    {
        if (table.Rows[0].Kind == TableRowKind.Caption)
        {
            return NewRowAfter(table, 0, id);
        }

        if (table.HeaderRows > 0)
        {
            return NewRowAfter(table, table.HeaderRows - 1, id);
        }

        var shape = table.Rows.FirstOrDefault(r => r.Kind == TableRowKind.Body) ?? table.Rows[0];
        return (0, new TableRow(id, [.. (shape.IsLine ? Enumerable.Repeat(new TableCell(""), table.Columns) : shape.Cells.Select(c => new TableCell("", c.Span)))]));
    }

    /// <summary>An empty row at the head of the table's body (the editors' "Add a row").</summary>
    public static Func<Draft, DomainResult<DraftOperation>> AddRowAtHead(string nodeId) => draft =>
    {
        if (draft.FindNode(nodeId)?.Table is not { } table)
        {
            return DomainResult<DraftOperation>.Fail("That paragraph holds no table any more.");
        }

        if (table.Rows.Count >= DraftTable.MaxRows)
        {
            return DomainResult<DraftOperation>.Fail($"A table holds at most {DraftTable.MaxRows} rows.");
        }

        var (at, row) = NewRowAtHead(table, "r" + ParagraphIds.New()[1..]);
        return DomainResult<DraftOperation>.Ok(new AddTableRow(nodeId, at, row));
    };

    /// <summary>An empty sub-heading (a caption row across the table) with id <paramref name="id"/>: it starts a new table of the run.</summary>
    public static TableRow NewSubHeading(DraftTable table, string id) => new(id, [new TableCell("", Math.Max(1, table.Columns))], TableRowKind.Caption);

    /// <summary>
    /// A sub-heading after the body row <paramref name="rowId"/> of a run of tables (ADR 0030, amendment 2): the rows below
    /// it, up to the next sub-heading, become a table of their own under it; the editor types its words in place.
    /// </summary>
    public static Func<Draft, DomainResult<DraftOperation>> AddSubHeadingAfter(string nodeId, string rowId) => draft =>
    {
        var table = draft.FindNode(nodeId)?.Table;
        var index = table?.IndexOfRow(rowId) ?? -1;
        if (table is null || index < 0)
        {
            return DomainResult<DraftOperation>.Fail("That table row is no longer there: someone removed it.");
        }

        return table.Rows.Count >= DraftTable.MaxRows
            ? DomainResult<DraftOperation>.Fail($"A table holds at most {DraftTable.MaxRows} rows.")
            : DomainResult<DraftOperation>.Ok(new AddTableRow(nodeId, index + 1, NewSubHeading(table, "r" + ParagraphIds.New()[1..])));
    };

    /// <summary>
    /// The rows of a new table at the end of a run (ADR 0030, amendment 2): an empty sub-heading, the last table's header
    /// (its words copied, new ids) and one empty body row shaped as the run's last body row — ids from <paramref name="newId"/>.
    /// </summary>
    public static IReadOnlyList<TableRow> NewTableOfRun(DraftTable table, Func<string> newId)
    {
        var (start, count) = table.Parts()[^1];
        var header = table.Rows.Skip(start).Take(count).Where(r => r.Kind == TableRowKind.Header).ToList();
        if (header.Count == 0)
        {
            header = [.. table.Rows.Take(table.HeaderRows)];
        }

        var body = table.Rows.LastOrDefault(r => r.Kind == TableRowKind.Body && !table.IsHeader(table.IndexOfRow(r.Id)));
        var cells = body is null ? Enumerable.Repeat(new TableCell(""), Math.Max(1, table.Columns)) : body.Cells.Select(c => new TableCell("", c.Span));
        return [NewSubHeading(table, newId()), .. header.Select(h => new TableRow(newId(), h.Cells, TableRowKind.Header)), new TableRow(newId(), [.. cells])];
    }

    /// <summary>A new table at the end of the run, as one change (a sub-heading to type, the header, an empty row).</summary>
    public static Func<Draft, DomainResult<DraftOperation>> AddTableToRun(string nodeId) => draft =>
    {
        if (draft.FindNode(nodeId)?.Table is not { HasCaptions: true } table)
        {
            return DomainResult<DraftOperation>.Fail("That paragraph holds no run of tables under sub-headings any more.");
        }

        var rows = NewTableOfRun(table, () => "r" + ParagraphIds.New()[1..]);
        if (table.Rows.Count + rows.Count > DraftTable.MaxRows)
        {
            return DomainResult<DraftOperation>.Fail($"A table holds at most {DraftTable.MaxRows} rows.");
        }

        return DomainResult<DraftOperation>.Ok(OperationBatch.Of(rows.Select((r, k) => (DraftOperation)new AddTableRow(nodeId, table.Rows.Count + k, r))));
    };

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

    /// <summary>
    /// Removes one table of a run, its sub-heading, header, rows and notes (ADR 0030, amendment 3): one batch of row
    /// removals; the paragraph's table when it was the run's last.
    /// </summary>
    public static Func<Draft, DomainResult<DraftOperation>> RemoveTableUnder(string nodeId, string captionRowId) => draft =>
        global::ResolutionDrafts.Domain.Operations.RemoveTableUnder.Of(draft, nodeId, captionRowId);

    /// <summary>Removes the paragraph's whole table (the paragraph stays).</summary>
    public static Func<Draft, DomainResult<DraftOperation>> RemoveTable(string nodeId) => draft =>
        draft.FindNode(nodeId)?.Table is null
            ? DomainResult<DraftOperation>.Fail("That paragraph holds no table any more.")
            : DomainResult<DraftOperation>.Ok(new SetTable(nodeId, null));
}
