namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Collects an edit script given in order (equal and deleted runs by their place in the old
/// text, inserted runs by their place in the new text) as <see cref="Piece"/>s that know both
/// places, merging neighbours of one kind.
/// </summary>
internal sealed class SegmentBuilder
{
    private int oldAt;
    private int newAt;

    public List<Piece> Pieces { get; } = [];

    public void Equal(int oldStart, int oldEnd)
    {
        var length = oldEnd - oldStart;
        Add(new Piece(DiffOperation.Equal, oldStart, oldEnd, newAt, newAt + length));
        oldAt = oldEnd;
        newAt += length;
    }

    public void Delete(int oldStart, int oldEnd)
    {
        Add(new Piece(DiffOperation.Delete, oldStart, oldEnd, newAt, newAt));
        oldAt = oldEnd;
    }

    public void Insert(int newStart, int newEnd)
    {
        Add(new Piece(DiffOperation.Insert, oldAt, oldAt, newStart, newEnd));
        newAt = newEnd;
    }

    private void Add(Piece piece)
    {
        if (piece.Length <= 0)
        {
            return;
        }

        // Pieces of one kind arrive contiguous, so a neighbour of the same kind simply grows.
        if (Pieces.Count > 0 && Pieces[^1].Op == piece.Op)
        {
            var last = Pieces[^1];
            Pieces[^1] = last with { OldEnd = piece.OldEnd, NewEnd = piece.NewEnd };
            return;
        }

        Pieces.Add(piece);
    }
}
