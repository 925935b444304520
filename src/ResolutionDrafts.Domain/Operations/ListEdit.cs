namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// A structure operation seen as an edit of one ordered list (the paragraphs, the sub-paragraphs
/// of one node, or the sponsors). Insert puts an item at <see cref="To"/>; Delete removes the
/// item at <see cref="From"/>; Move takes the item at <see cref="From"/> out and puts it back so
/// it ends at <see cref="To"/>.
/// </summary>
internal readonly record struct ListEdit(ListEditKind Kind, int From, int To)
{
    public static ListEdit Insert(int at) => new(ListEditKind.Insert, -1, at);

    public static ListEdit Delete(int at) => new(ListEditKind.Delete, at, -1);

    public static ListEdit Move(int from, int to) => new(ListEditKind.Move, from, to);
}
