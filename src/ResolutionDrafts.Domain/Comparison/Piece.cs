namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A segment before it becomes text: where it lies in the old text and in the new one (an
/// insertion has an empty old range at its place, a deletion an empty new range). Working on
/// ranges lets the clean-up fold and merge without copying strings.
/// </summary>
internal readonly record struct Piece(DiffOperation Op, int OldStart, int OldEnd, int NewStart, int NewEnd)
{
    /// <summary>Characters of text this piece shows.</summary>
    public int Length => Op == DiffOperation.Insert ? NewEnd - NewStart : OldEnd - OldStart;
}
