namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Transform of two concurrent edits of the same list, by index arithmetic alone. The earlier
/// edit wins ties: at the same gap its item goes first; the later of two moves of one item
/// decides where it ends; a delete beats a move of the same item. Null means "nothing left to do".
/// A move is reasoned about as "take the item out, then put it into a gap of the rest", which is
/// how each case below is derived (and what the exhaustive tests check).
/// </summary>
internal static class ListEdits
{
    public static (ListEdit? Earlier, ListEdit? Later) Transform(ListEdit e, ListEdit l) => (e.Kind, l.Kind) switch
    {
        (ListEditKind.Insert, ListEditKind.Insert) => e.To <= l.To
            ? (e, ListEdit.Insert(l.To + 1))
            : (ListEdit.Insert(e.To + 1), l),
        (ListEditKind.Insert, ListEditKind.Delete) => e.To <= l.From
            ? (e, ListEdit.Delete(l.From + 1))
            : (ListEdit.Insert(e.To - 1), l),
        (ListEditKind.Delete, ListEditKind.Insert) => l.To <= e.From
            ? (ListEdit.Delete(e.From + 1), l)
            : (e, ListEdit.Insert(l.To - 1)),
        (ListEditKind.Delete, ListEditKind.Delete) => e.From == l.From
            ? (null, null)
            : e.From < l.From ? (e, ListEdit.Delete(l.From - 1)) : (ListEdit.Delete(e.From - 1), l),
        (ListEditKind.Move, ListEditKind.Insert) => MoveAndInsert(e, l.To, insertFirst: false),
        (ListEditKind.Insert, ListEditKind.Move) => Swap(MoveAndInsert(l, e.To, insertFirst: true)),
        (ListEditKind.Move, ListEditKind.Delete) => MoveAndDelete(e, l.From),
        (ListEditKind.Delete, ListEditKind.Move) => Swap(MoveAndDelete(l, e.From)),
        _ => e.From == l.From ? (null, ListEdit.Move(e.To, l.To)) : TwoMoves(e, l),
    };

    /// <summary>Where the item at <paramref name="index"/> is after <paramref name="move"/>.</summary>
    private static int ItemAfterMove(ListEdit move, int index)
    {
        if (index == move.From)
        {
            return move.To;
        }

        var rest = index > move.From ? index - 1 : index;
        return rest >= move.To ? rest + 1 : rest;
    }

    private static (ListEdit? Move, ListEdit? Insert) MoveAndInsert(ListEdit move, int gap, bool insertFirst)
    {
        var inRest = gap > move.From ? gap - 1 : gap;
        var after = inRest < move.To ? inRest : inRest > move.To ? inRest + 1 : insertFirst ? inRest : inRest + 1;
        var from = move.From >= gap ? move.From + 1 : move.From;
        var to = after <= move.To ? move.To + 1 : move.To;
        return (ListEdit.Move(from, to), ListEdit.Insert(after));
    }

    private static (ListEdit? Move, ListEdit? Delete) MoveAndDelete(ListEdit move, int deleted)
    {
        if (deleted == move.From)
        {
            return (null, ListEdit.Delete(move.To));
        }

        var deletedAfterMove = ItemAfterMove(move, deleted);
        var from = move.From > deleted ? move.From - 1 : move.From;
        var to = deletedAfterMove < move.To ? move.To - 1 : move.To;
        return (ListEdit.Move(from, to), ListEdit.Delete(deletedAfterMove));
    }

    // Two moves of different items X (earlier) and Y (later). Work in the list without Y: there X
    // moves from xRest to xRestTo, and Y's target gap follows it; then X's final index is read off.
    private static (ListEdit? Earlier, ListEdit? Later) TwoMoves(ListEdit e, ListEdit l)
    {
        var xRest = e.From > l.From ? e.From - 1 : e.From;
        var yAfterE = ItemAfterMove(e, l.From);
        var xRestTo = yAfterE < e.To ? e.To - 1 : e.To;
        var gap = l.To > xRest ? l.To - 1 : l.To;
        var yTo = gap < xRestTo ? gap : gap + 1;
        var xTo = yTo <= xRestTo ? xRestTo + 1 : xRestTo;
        return (ListEdit.Move(ItemAfterMove(l, e.From), xTo), ListEdit.Move(yAfterE, yTo));
    }

    private static (ListEdit? Earlier, ListEdit? Later) Swap((ListEdit? A, ListEdit? B) pair) => (pair.B, pair.A);
}
