using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Sets (or, with null, removes) the whole table a paragraph or sub-paragraph introduces (ADR 0029).
/// It replaces the table: of two concurrent ones on one node the later stands, and a concurrent cell
/// or row change of that node's table is dropped ("dropped: table replaced").
/// </summary>
public sealed record SetTable(string NodeId, DraftTable? Table) : DraftOperation
{
    private protected override string? CheckShape() => CheckId(NodeId, "A paragraph id") ?? Table?.Problem();

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetTable(NodeId, Table);
}

/// <summary>
/// Sets the text of one cell: <see cref="Column"/> is the cell's place in row <see cref="RowId"/>. The cell's
/// text is given whole: concurrent edits of different cells both apply; of two of one cell, the later in
/// server order stands (last writer wins), and a cell in a row removed concurrently is dropped.
/// </summary>
public sealed record SetTableCell(string NodeId, string RowId, int Column, string Text) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(NodeId, "A paragraph id") ?? CheckId(RowId, "A table row id") ?? CheckIndex(Column, "A cell's column")
        ?? CheckTypedText(Text, "A table cell");

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetTableCell(NodeId, RowId, Column, Text);
}

/// <summary>Adds a row at <see cref="Index"/> of a node's table; concurrent adds and removes shift each other's index as paragraphs do.</summary>
public sealed record AddTableRow(string NodeId, int Index, TableRow Row) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(NodeId, "A paragraph id") ?? CheckIndex(Index, "A row's place") ?? (Row is null ? "The row is missing." : Row.Problem());

    private protected override DomainResult ApplyValidated(Draft draft) => draft.AddTableRow(NodeId, Index, Row);
}

/// <summary>Removes row <see cref="RowId"/>, which stood at <see cref="Index"/> when the operation was made.</summary>
public sealed record RemoveTableRow(string NodeId, string RowId, int Index) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(NodeId, "A paragraph id") ?? CheckId(RowId, "A table row id") ?? CheckIndex(Index, "A row's place");

    private protected override DomainResult ApplyValidated(Draft draft) => draft.RemoveTableRow(NodeId, RowId);

    /// <summary>The removal of row <paramref name="rowId"/> of <paramref name="nodeId"/>'s table as it stands in <paramref name="draft"/>.</summary>
    public static DomainResult<RemoveTableRow> Of(Draft draft, string nodeId, string rowId)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = draft.FindNode(nodeId)?.Table?.IndexOfRow(rowId) ?? -1;
        return index < 0
            ? DomainResult<RemoveTableRow>.Fail($"The table has no row '{rowId}'.")
            : DomainResult<RemoveTableRow>.Ok(new RemoveTableRow(nodeId, rowId, index));
    }
}

/// <summary>
/// The table of a run under a sub-heading removed whole, its sub-heading with it (ADR 0030, amendment 3): one batch of
/// <see cref="RemoveTableRow"/>, from the last row up, so each row's removal transforms against a concurrent change as
/// any row's does (a row another delegate adds there meanwhile stays); the paragraph's table set to none when it was the
/// run's only table.
/// </summary>
public static class RemoveTableUnder
{
    public static DomainResult<DraftOperation> Of(Draft draft, string nodeId, string captionRowId)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.FindNode(nodeId)?.Table is not { } table)
        {
            return DomainResult<DraftOperation>.Fail("That paragraph holds no table any more.");
        }

        if (table.PartUnder(captionRowId) is not { } part)
        {
            return DomainResult<DraftOperation>.Fail("That sub-heading is no longer there: someone removed it.");
        }

        var (start, count) = part;
        return count == table.Rows.Count
            ? DomainResult<DraftOperation>.Ok(new SetTable(nodeId, null))
            : DomainResult<DraftOperation>.Ok(OperationBatch.Of(Enumerable.Range(start, count).Reverse()
                .Select(i => (DraftOperation)new RemoveTableRow(nodeId, table.Rows[i].Id, i))));
    }
}

/// <summary>The node whose table a table operation changes.</summary>
public static class TableOperationNodes
{
    public static IEnumerable<string> Of(DraftOperation operation) => operation switch
    {
        SetTable t => [t.NodeId],
        SetTableCell c => [c.NodeId],
        AddTableRow a => [a.NodeId],
        RemoveTableRow r => [r.NodeId],
        _ => [],
    };
}
