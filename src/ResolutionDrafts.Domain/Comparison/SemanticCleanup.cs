namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Makes a diff read like an editor's mark-up: an equal run that is no longer than the edits on
/// both sides of it ("的" between two rewritten clauses, a space between two replaced words) is
/// folded into them, so a changed phrase shows as one deletion and one insertion. This is the
/// rule of diff-match-patch's <c>diff_cleanupSemantic</c> (its first pass), applied to whole
/// tokens: it only ever joins pieces, so no token is split and the texts stay exact.
/// </summary>
internal static class SemanticCleanup
{
    public static IReadOnlyList<TextSegment> Apply(List<Piece> diffs, string oldText, string newText)
    {
        var equalities = new Stack<int>();
        var lastEquality = -1; // Length of the last equality, -1 when there is none to fold.
        int insertedBefore = 0, deletedBefore = 0, insertedAfter = 0, deletedAfter = 0;
        var pointer = 0;
        while (pointer < diffs.Count)
        {
            var diff = diffs[pointer];
            if (diff.Op == DiffOperation.Equal)
            {
                equalities.Push(pointer);
                insertedBefore = insertedAfter;
                deletedBefore = deletedAfter;
                insertedAfter = 0;
                deletedAfter = 0;
                lastEquality = diff.Length;
            }
            else
            {
                if (diff.Op == DiffOperation.Insert)
                {
                    insertedAfter += diff.Length;
                }
                else
                {
                    deletedAfter += diff.Length;
                }

                if (lastEquality >= 0
                    && lastEquality <= Math.Max(insertedBefore, deletedBefore)
                    && lastEquality <= Math.Max(insertedAfter, deletedAfter))
                {
                    // Turn the equality into a deletion followed by an insertion of the same text.
                    var at = equalities.Pop();
                    var equal = diffs[at];
                    diffs[at] = equal with { Op = DiffOperation.Delete, NewEnd = equal.NewStart };
                    diffs.Insert(at + 1, equal with { Op = DiffOperation.Insert, OldStart = equal.OldEnd });

                    // The equality before it may now be eligible too: step back and look again.
                    if (equalities.Count > 0)
                    {
                        equalities.Pop();
                    }

                    pointer = equalities.Count > 0 ? equalities.Peek() : -1;
                    insertedBefore = deletedBefore = insertedAfter = deletedAfter = 0;
                    lastEquality = -1;
                }
            }

            pointer++;
        }

        return Merge(diffs, oldText, newText);
    }

    /// <summary>
    /// Between two equalities, all deletions become one and all insertions one, deletion first;
    /// neighbouring equalities become one. Runs of one kind are contiguous in their text, so each
    /// merged segment is one substring.
    /// </summary>
    private static List<TextSegment> Merge(List<Piece> diffs, string oldText, string newText)
    {
        var merged = new List<TextSegment>(diffs.Count);
        int deleteStart = -1, deleteEnd = -1, insertStart = -1, insertEnd = -1, equalStart = -1, equalEnd = -1;

        void FlushEdits()
        {
            if (deleteStart >= 0)
            {
                merged.Add(new TextSegment(DiffOperation.Delete, oldText[deleteStart..deleteEnd]));
                deleteStart = -1;
            }

            if (insertStart >= 0)
            {
                merged.Add(new TextSegment(DiffOperation.Insert, newText[insertStart..insertEnd]));
                insertStart = -1;
            }
        }

        void FlushEqual()
        {
            if (equalStart >= 0)
            {
                merged.Add(new TextSegment(DiffOperation.Equal, oldText[equalStart..equalEnd]));
                equalStart = -1;
            }
        }

        foreach (var diff in diffs)
        {
            switch (diff.Op)
            {
                case DiffOperation.Equal:
                    FlushEdits();
                    equalStart = equalStart < 0 ? diff.OldStart : equalStart;
                    equalEnd = diff.OldEnd;
                    break;
                case DiffOperation.Delete:
                    FlushEqual();
                    deleteStart = deleteStart < 0 ? diff.OldStart : deleteStart;
                    deleteEnd = diff.OldEnd;
                    break;
                default:
                    FlushEqual();
                    insertStart = insertStart < 0 ? diff.NewStart : insertStart;
                    insertEnd = diff.NewEnd;
                    break;
            }
        }

        FlushEdits();
        FlushEqual();
        return merged;
    }
}
