namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Finds which of the items present in both lists moved: those outside a longest common
/// subsequence of the two orders. Inserting or deleting items moves nothing; swapping two
/// paragraphs moves two (or one, when they are neighbours). Among equally long subsequences it
/// keeps the one whose items are displaced least, so swapping OP2 and OP5 reports those two and
/// not OP3 and OP4 between them.
/// </summary>
internal static class MoveDetector
{
    /// <summary>The ids that moved; <paramref name="oldOrder"/> and <paramref name="newOrder"/> hold the same ids.</summary>
    public static HashSet<string> Moved(IReadOnlyList<string> oldOrder, IReadOnlyList<string> newOrder)
    {
        var moved = new HashSet<string>(StringComparer.Ordinal);
        if (oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal))
        {
            return moved;
        }

        var oldIndex = new Dictionary<string, int>(oldOrder.Count, StringComparer.Ordinal);
        for (var i = 0; i < oldOrder.Count; i++)
        {
            oldIndex[oldOrder[i]] = i;
        }

        // An LCS of two orders of the same items is a longest increasing run of old positions
        // taken in the new order. O(n²) with the displacement tie-break; n is at most a few
        // thousand paragraphs and the common case (no move) returned above.
        var n = newOrder.Count;
        var position = new int[n];
        var length = new int[n];
        var displacement = new long[n];
        var previous = new int[n];
        var best = -1;
        for (var i = 0; i < n; i++)
        {
            position[i] = oldIndex[newOrder[i]];
            length[i] = 1;
            displacement[i] = Math.Abs(position[i] - i);
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (position[j] < position[i] && Better(length[j] + 1, displacement[j] + Math.Abs(position[i] - i), length[i], displacement[i]))
                {
                    length[i] = length[j] + 1;
                    displacement[i] = displacement[j] + Math.Abs(position[i] - i);
                    previous[i] = j;
                }
            }

            if (best < 0 || Better(length[i], displacement[i], length[best], displacement[best]))
            {
                best = i;
            }
        }

        var kept = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            kept.Add(i);
        }

        for (var i = 0; i < n; i++)
        {
            if (!kept.Contains(i))
            {
                moved.Add(newOrder[i]);
            }
        }

        return moved;
    }

    private static bool Better(int length, long displacement, int bestLength, long bestDisplacement) =>
        length > bestLength || (length == bestLength && displacement < bestDisplacement);
}
