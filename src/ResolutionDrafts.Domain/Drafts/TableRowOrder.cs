namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// Which kept rows of a table stayed in order and which moved (ADR 0030): the amendment walk words the others as moved,
/// the comparison reports them moved (page, JSON, DOCX) — one rule, so both tell the same rows.
/// </summary>
public static class TableRowOrder
{
    /// <summary>
    /// The ids of the longest common subsequence of the kept rows' old and new orders; of equally long ones, the one
    /// keeping the earlier rows in place (a row moved up is the one moved: "move the row “Albania” to after …").
    /// </summary>
    public static HashSet<string> Unmoved(List<string> oldOrder, List<string> newOrder)
    {
        var n = oldOrder.Count;
        var m = newOrder.Count;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = oldOrder[i] == newOrder[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (oldOrder[i] == newOrder[j])
            {
                kept.Add(oldOrder[i]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] > lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return kept;
    }

    /// <summary>The ids of the rows kept in both tables that moved (not among <see cref="Unmoved"/>).</summary>
    public static HashSet<string> Moved(DraftTable before, DraftTable after)
    {
        var newIds = after.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var oldIds = before.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var kept = before.Rows.Select(r => r.Id).Where(newIds.Contains).ToList();
        var stable = Unmoved(kept, after.Rows.Select(r => r.Id).Where(oldIds.Contains).ToList());
        return kept.Where(id => !stable.Contains(id)).ToHashSet(StringComparer.Ordinal);
    }
}
