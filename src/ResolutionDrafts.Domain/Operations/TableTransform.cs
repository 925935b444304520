namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Transform of two concurrent table operations on one node (ADR 0029): a whole table set wins over
/// the other's cell and row changes (the later of two sets stands); two rows added or removed shift each
/// other's index as list edits do (<see cref="ListEdits"/>), and the same row removed twice is removed
/// once; a cell of a removed row is dropped; two texts of one cell keep the later.
/// </summary>
internal static class TableTransform
{
    public const string TableReplaced = "dropped: table replaced";

    public const string RowRemoved = "dropped: table row removed";

    public static bool TryTransform(DraftOperation e, DraftOperation l, out (DraftOperation Earlier, DraftOperation Later) result)
    {
        result = (e, l);
        var (earlierNode, laterNode) = (NodeOf(e), NodeOf(l));
        if (earlierNode is null || laterNode is null || earlierNode != laterNode)
        {
            return false;
        }

        result = (e, l) switch
        {
            (SetTable, SetTable) => (new NoOp(), l),
            (SetTable, _) => (e, new NoOp(TableReplaced)),
            (_, SetTable) => (new NoOp(), l),
            (SetTableCell a, SetTableCell b) => a.RowId == b.RowId && a.Column == b.Column ? (new NoOp(), l) : (e, l),
            (SetTableCell cell, RemoveTableRow remove) => cell.RowId == remove.RowId ? (new NoOp(), l) : (e, l),
            (RemoveTableRow remove, SetTableCell cell) => cell.RowId == remove.RowId ? (e, new NoOp(RowRemoved)) : (e, l),
            (SetTableCell, AddTableRow) or (AddTableRow, SetTableCell) => (e, l),
            _ => Rows(e, l),
        };
        return true;
    }

    private static string? NodeOf(DraftOperation operation) => operation switch
    {
        SetTable t => t.NodeId,
        SetTableCell c => c.NodeId,
        AddTableRow a => a.NodeId,
        RemoveTableRow r => r.NodeId,
        _ => null,
    };

    private static (DraftOperation, DraftOperation) Rows(DraftOperation e, DraftOperation l)
    {
        var (earlier, later) = ListEdits.Transform(EditOf(e), EditOf(l));
        return (Rewrite(e, earlier), Rewrite(l, later));
    }

    private static ListEdit EditOf(DraftOperation operation) => operation switch
    {
        AddTableRow add => ListEdit.Insert(add.Index),
        RemoveTableRow remove => ListEdit.Delete(remove.Index),
        _ => throw new InvalidOperationException($"Not a row operation: {operation.GetType().Name}."),
    };

    private static DraftOperation Rewrite(DraftOperation operation, ListEdit? edit) => (operation, edit) switch
    {
        (_, null) => new NoOp(),
        (AddTableRow add, { } e) => add with { Index = e.To },
        (RemoveTableRow remove, { } e) => remove with { Index = e.From },
        _ => operation,
    };
}
