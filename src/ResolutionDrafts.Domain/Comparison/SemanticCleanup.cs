using System.Text;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Makes a diff read like an editor's mark-up: an equal run that is no longer than the edits on
/// both sides of it ("的" between two rewritten clauses, a space between two replaced words) is
/// folded into them, so a changed phrase shows as one deletion and one insertion. This is the
/// rule of diff-match-patch's <c>diff_cleanupSemantic</c> (its first pass), applied to whole
/// tokens: it only ever joins segments, so no token is split and the texts stay exact.
/// </summary>
internal static class SemanticCleanup
{
    public static IReadOnlyList<TextSegment> Apply(List<TextSegment> diffs)
    {
        var equalities = new Stack<int>();
        string? lastEquality = null;
        int insertedBefore = 0, deletedBefore = 0, insertedAfter = 0, deletedAfter = 0;
        var pointer = 0;
        while (pointer < diffs.Count)
        {
            var diff = diffs[pointer];
            if (diff.Operation == DiffOperation.Equal)
            {
                equalities.Push(pointer);
                insertedBefore = insertedAfter;
                deletedBefore = deletedAfter;
                insertedAfter = 0;
                deletedAfter = 0;
                lastEquality = diff.Text;
            }
            else
            {
                if (diff.Operation == DiffOperation.Insert)
                {
                    insertedAfter += diff.Text.Length;
                }
                else
                {
                    deletedAfter += diff.Text.Length;
                }

                if (lastEquality is not null
                    && lastEquality.Length <= Math.Max(insertedBefore, deletedBefore)
                    && lastEquality.Length <= Math.Max(insertedAfter, deletedAfter))
                {
                    // Turn the equality into a deletion followed by an insertion of the same text.
                    var at = equalities.Pop();
                    diffs[at] = new TextSegment(DiffOperation.Delete, lastEquality);
                    diffs.Insert(at + 1, new TextSegment(DiffOperation.Insert, lastEquality));

                    // The equality before it may now be eligible too: step back and look again.
                    if (equalities.Count > 0)
                    {
                        equalities.Pop();
                    }

                    pointer = equalities.Count > 0 ? equalities.Peek() : -1;
                    insertedBefore = deletedBefore = insertedAfter = deletedAfter = 0;
                    lastEquality = null;
                }
            }

            pointer++;
        }

        // Merge even when nothing was folded: DiffPlex may report two edits with no equal run between.
        return diffs.Count > 1 ? Merge(diffs) : diffs;
    }

    /// <summary>Between two equalities, all deletions become one and all insertions one, deletion first.</summary>
    private static List<TextSegment> Merge(List<TextSegment> diffs)
    {
        var merged = new List<TextSegment>(diffs.Count);
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        var equal = new StringBuilder();

        void FlushEdits()
        {
            if (deleted.Length > 0)
            {
                merged.Add(new TextSegment(DiffOperation.Delete, deleted.ToString()));
                deleted.Clear();
            }

            if (inserted.Length > 0)
            {
                merged.Add(new TextSegment(DiffOperation.Insert, inserted.ToString()));
                inserted.Clear();
            }
        }

        foreach (var diff in diffs)
        {
            switch (diff.Operation)
            {
                case DiffOperation.Equal:
                    FlushEdits();
                    equal.Append(diff.Text);
                    break;
                default:
                    if (equal.Length > 0)
                    {
                        merged.Add(new TextSegment(DiffOperation.Equal, equal.ToString()));
                        equal.Clear();
                    }

                    (diff.Operation == DiffOperation.Delete ? deleted : inserted).Append(diff.Text);
                    break;
            }
        }

        FlushEdits();
        if (equal.Length > 0)
        {
            merged.Add(new TextSegment(DiffOperation.Equal, equal.ToString()));
        }

        return merged;
    }
}
