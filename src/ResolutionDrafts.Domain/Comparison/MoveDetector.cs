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
    /// <summary>
    /// <paramref name="oldRanks"/>[i] is the old position of the item at new position i (a
    /// permutation of 0..n-1); the answer says, by new position, which items moved.
    /// </summary>
    public static bool[] Moved(ReadOnlySpan<int> oldRanks)
    {
        var moved = new bool[oldRanks.Length];

        // Items in the same place at either end are in every best subsequence (keeping them costs
        // nothing and displaces nothing), so only the stretch between needs the search.
        var first = 0;
        while (first < oldRanks.Length && oldRanks[first] == first)
        {
            first++;
        }

        var last = oldRanks.Length - 1;
        while (last > first && oldRanks[last] == last)
        {
            last--;
        }

        // An LCS of two orders of the same items is a longest increasing run of old positions
        // taken in the new order. O(n²) with the displacement tie-break, on the stretch that
        // differs: a few moved paragraphs cost little, and a draft has at most a few thousand.
        var n = last - first + 1;
        if (n <= 0)
        {
            return moved;
        }

        var length = new int[n];
        var displacement = new long[n];
        var previous = new int[n];
        var best = -1;
        for (var i = 0; i < n; i++)
        {
            var rank = oldRanks[first + i];
            var moveBy = Math.Abs(rank - (first + i));
            length[i] = 1;
            displacement[i] = moveBy;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (oldRanks[first + j] < rank && Better(length[j] + 1, displacement[j] + moveBy, length[i], displacement[i]))
                {
                    length[i] = length[j] + 1;
                    displacement[i] = displacement[j] + moveBy;
                    previous[i] = j;
                }
            }

            if (best < 0 || Better(length[i], displacement[i], length[best], displacement[best]))
            {
                best = i;
            }
        }

        moved.AsSpan(first, n).Fill(true);
        for (var i = best; i >= 0; i = previous[i])
        {
            moved[first + i] = false;
        }

        return moved;
    }

    /// <summary>The same by id: <paramref name="oldOrder"/> and <paramref name="newOrder"/> hold the same ids.</summary>
    public static HashSet<string> Moved(IReadOnlyList<string> oldOrder, IReadOnlyList<string> newOrder)
    {
        var oldIndex = new Dictionary<string, int>(oldOrder.Count, StringComparer.Ordinal);
        for (var i = 0; i < oldOrder.Count; i++)
        {
            oldIndex[oldOrder[i]] = i;
        }

        var ranks = newOrder.Select(id => oldIndex[id]).ToArray();
        var moved = Moved(ranks);
        return newOrder.Where((_, i) => moved[i]).ToHashSet(StringComparer.Ordinal);
    }

    private static bool Better(int length, long displacement, int bestLength, long bestDisplacement) =>
        length > bestLength || (length == bestLength && displacement < bestDisplacement);
}
