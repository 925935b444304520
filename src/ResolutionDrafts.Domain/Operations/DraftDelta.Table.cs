using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The table part of <see cref="DraftDelta"/> (ADR 0029): a node's table made the target's — a changed cell as one
/// <see cref="SetTableCell"/>, rows removed and added by id, the whole table set when it is added, removed, its header
/// changed, its rows reordered or a row's cells reshaped.
/// </summary>
public static partial class DraftDelta
{
    private static string? Table(Draft work, ParagraphNode target, List<DraftOperation> operations)
    {
        var live = Node(work, target.Id).Table;
        var wanted = target.Table;
        if (live is null && wanted is null)
        {
            return null;
        }

        if (live is null || wanted is null || live.HeaderRows != wanted.HeaderRows || !Reshapable(live, wanted))
        {
            return Same(live, wanted) ? null : Step(work, new SetTable(target.Id, wanted), null, operations);
        }

        var wantedIds = wanted.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in live.Rows.Where(r => !wantedIds.Contains(r.Id)).Select(r => r.Id).ToList())
        {
            var remove = RemoveTableRow.Of(work, target.Id, gone);
            if (Step(work, remove.IsSuccess ? remove.Value! : null, remove.Error, operations) is { } failed)
            {
                return failed;
            }
        }

        for (var index = 0; index < wanted.Rows.Count; index++)
        {
            var row = wanted.Rows[index];
            var current = Node(work, target.Id).Table!;
            var at = current.IndexOfRow(row.Id);
            if (at < 0)
            {
                if (Step(work, new AddTableRow(target.Id, index, row), null, operations) is { } added)
                {
                    return added;
                }

                continue;
            }

            var cells = current.Rows[at].Cells;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (cells[c].Text != row.Cells[c].Text
                    && Step(work, new SetTableCell(target.Id, row.Id, c, row.Cells[c].Text), null, operations) is { } set)
                {
                    return set;
                }
            }
        }

        return null;
    }

    /// <summary>Kept rows in the same order with the same cells and spans: reachable by row and cell operations.</summary>
    private static bool Reshapable(DraftTable live, DraftTable wanted)
    {
        var liveById = live.Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var wantedIds = wanted.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var keptLive = live.Rows.Where(r => wantedIds.Contains(r.Id)).Select(r => r.Id);
        var keptWanted = wanted.Rows.Where(r => liveById.ContainsKey(r.Id)).Select(r => r.Id);
        return keptLive.SequenceEqual(keptWanted)
            && wanted.Rows.Where(r => liveById.ContainsKey(r.Id)).All(r => liveById[r.Id].Cells.Select(c => c.Span).SequenceEqual(r.Cells.Select(c => c.Span)));
    }

    private static bool Same(DraftTable? a, DraftTable? b) =>
        a is null ? b is null : b is not null && a.HeaderRows == b.HeaderRows && a.Rows.Count == b.Rows.Count && a.Rows.Zip(b.Rows).All(p => p.First.SameAs(p.Second));
}
