namespace ResolutionDrafts.Domain.Drafts;

/// <summary>A paragraph's table (ADR 0029): set or cleared whole, a cell's text set, a row added or removed.</summary>
public sealed partial class Draft
{
    /// <summary>Sets (or, with null, removes) the table <paramref name="id"/> introduces.</summary>
    public DomainResult SetTable(string id, DraftTable? table)
    {
        var node = FindNode(id);
        if (node is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}'.");
        }

        if (table?.Problem() is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        node.Table = table;
        return DomainResult.Ok();
    }

    /// <summary>Sets the text of the cell at <paramref name="column"/> (its place in the row) of row <paramref name="rowId"/>.</summary>
    public DomainResult SetTableCell(string id, string rowId, int column, string text)
    {
        var found = FindTable(id, rowId, out var node, out var row);
        if (found is not null)
        {
            return found;
        }

        if (column < 0 || column >= node!.Table!.Rows[row].Cells.Count)
        {
            return DomainResult.Fail($"Row '{rowId}' of the table has no cell {column + 1}.");
        }

        if (ParagraphText.ProblemAsTyped(text, "A table cell") is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        var table = node.Table;
        var old = table.Rows[row];
        var cells = old.Cells.ToArray();
        cells[column] = cells[column] with { Text = text };
        var rows = table.Rows.ToArray();
        rows[row] = old with { Cells = cells };
        node.Table = table.WithRows(rows, table.HeaderRows);
        return DomainResult.Ok();
    }

    /// <summary>Adds <paramref name="row"/> at <paramref name="index"/> (a row added within the header joins it).</summary>
    public DomainResult AddTableRow(string id, int index, TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var node = FindNode(id);
        if (node?.Table is not { } table)
        {
            return DomainResult.Fail(node is null ? $"There is no paragraph with id '{id}'." : "The paragraph has no table.");
        }

        if (index < 0 || index > table.Rows.Count)
        {
            return DomainResult.Fail($"A row cannot be added at {index + 1}: the table has {table.Rows.Count} rows.");
        }

        if (table.IndexOfRow(row.Id) >= 0)
        {
            return DomainResult.Fail($"The table already has a row with id '{row.Id}'.");
        }

        var changed = table.WithRows([.. table.Rows.Take(index), row, .. table.Rows.Skip(index)], index < table.HeaderRows ? table.HeaderRows + 1 : table.HeaderRows);
        if (changed.Problem() is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        node.Table = changed;
        return DomainResult.Ok();
    }

    /// <summary>Removes row <paramref name="rowId"/>; the table's last row cannot go (remove the table instead).</summary>
    public DomainResult RemoveTableRow(string id, string rowId)
    {
        var found = FindTable(id, rowId, out var node, out var row);
        if (found is not null)
        {
            return found;
        }

        var table = node!.Table!;
        if (table.Rows.Count == 1)
        {
            return DomainResult.Fail("The table's last row cannot be removed; remove the table instead.");
        }

        node.Table = table.WithRows([.. table.Rows.Where((_, i) => i != row)], row < table.HeaderRows ? table.HeaderRows - 1 : table.HeaderRows);
        return DomainResult.Ok();
    }

    /// <summary>
    /// Removes the table of a run under sub-heading <paramref name="captionRowId"/>, its sub-heading with it (ADR 0030,
    /// amendment 3); the paragraph's table goes when it was the run's only table left.
    /// </summary>
    public DomainResult RemoveTableUnder(string id, string captionRowId)
    {
        var found = FindTable(id, captionRowId, out var node, out _);
        if (found is not null)
        {
            return found;
        }

        var (table, error) = node!.Table!.WithoutPartUnder(captionRowId);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        node.Table = table;
        return DomainResult.Ok();
    }

    private DomainResult? FindTable(string id, string rowId, out ParagraphNode? node, out int row)
    {
        node = FindNode(id);
        row = -1;
        if (node is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}'.");
        }

        if (node.Table is null)
        {
            return DomainResult.Fail("The paragraph has no table.");
        }

        row = node.Table.IndexOfRow(rowId);
        return row < 0 ? DomainResult.Fail($"The table has no row '{rowId}'.") : null;
    }
}
