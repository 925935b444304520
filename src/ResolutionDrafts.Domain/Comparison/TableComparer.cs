using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>What changed in a paragraph's table (ADR 0029).</summary>
public enum TableChangeKind
{
    TableAdded,
    TableRemoved,
    RowAdded,
    RowRemoved,
    CellChanged,

    /// <summary>A row kept (its id) that stands elsewhere in the table: <see cref="TableChange.MovedAfter"/> says where.</summary>
    RowMoved,

    /// <summary>
    /// A row kept whose cells were joined or split (their spans changed), its words the same or not (ADR 0030, amendment 3):
    /// <see cref="TableChange.Was"/> is the row as it was, <see cref="TableChange.Reshaping"/> says how.
    /// </summary>
    RowReshaped,
}

/// <summary>
/// One change to a table: <see cref="Label"/> names the paragraph holding it as the new text numbers it (the old one's
/// for a table gone), <see cref="RowName"/> the row by its first cell ("Albania"), <see cref="Column"/> the cell (from
/// 0); <see cref="Segments"/> the cell's words, deleted and inserted, for a changed cell.
/// </summary>
public sealed record TableChange(
    string NodeId, string Label, TableChangeKind Kind, string? RowId, string RowName, int? Column, string? OldText, string? NewText,
    IReadOnlyList<TextSegment> Segments)
{
    /// <summary>
    /// When the paragraph holds a run of tables under sub-headings (ADR 0029, amendment 2): the sub-heading over the row,
    /// which names the table of the run the change is in ("C. Office of Investment Management"); else null.
    /// </summary>
    public string? Caption { get; init; }

    /// <summary>
    /// The row the change is in, with its kind and its cells' spans (the new draft's row; the old one for a row removed), so
    /// the JSON says a sub-heading or a note and a cell across columns, not only words; null for a whole table.
    /// </summary>
    public TableRow? Row { get; init; }

    /// <summary>For a row moved: the name of the row it now follows ("" when it now reads nothing), or null at the head of its table's body.</summary>
    public string? MovedAfter { get; init; }

    /// <summary>For a row reshaped: the row as it was, its cells with their spans.</summary>
    public TableRow? Was { get; init; }

    /// <summary>
    /// For a row reshaped: how its cells were joined or split, as an amendment says it ("its cells “0.008” and “0.009”
    /// joined" / "“0.008”和“0.009”两格合并"; ADR 0030); empty for any other change.
    /// </summary>
    public IReadOnlyList<string> Reshaping(string language) =>
        Kind == TableChangeKind.RowReshaped && Was is { } was && Row is { } row
            ? Amendments.TableWording.Reshaping(was, row, DraftLanguage.IsChinese(language))
            : [];
}

/// <summary>Tables of two drafts compared node by node, rows by their ids, cells by their place in the row.</summary>
internal static class TableComparer
{
    public static List<TableChange> Compare(Draft oldDraft, Draft newDraft)
    {
        var changes = new List<TableChange>();
        var oldLabels = ParagraphLabels.Compute(oldDraft);
        var newLabels = ParagraphLabels.Compute(newDraft);
        var oldTables = oldDraft.AllNodes().Where(n => n.Table is not null).ToDictionary(n => n.Id, n => n.Table!, StringComparer.Ordinal);
        foreach (var node in newDraft.AllNodes())
        {
            var label = newLabels[node.Id].Label;
            oldTables.Remove(node.Id, out var before);
            var after = node.Table;
            if (before is null && after is null)
            {
                continue;
            }

            if (before is null)
            {
                changes.Add(new TableChange(node.Id, label, TableChangeKind.TableAdded, null, "", null, null, null, []));
                continue;
            }

            if (after is null)
            {
                changes.Add(new TableChange(node.Id, label, TableChangeKind.TableRemoved, null, "", null, null, null, []));
                continue;
            }

            Rows(node.Id, label, before, after, changes);
        }

        foreach (var (id, _) in oldTables)
        {
            // The paragraph holding it is gone: the paragraph comparison says so; the table goes with it.
            changes.Add(new TableChange(id, oldLabels.TryGetValue(id, out var old) ? old.Label : id, TableChangeKind.TableRemoved, null, "", null, null, null, []));
        }

        return changes;
    }

    private static void Rows(string nodeId, string label, DraftTable before, DraftTable after, List<TableChange> changes)
    {
        var oldRows = before.Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        // Rows kept that left the order of the others, as the amendment words them moved (ADR 0030).
        var moved = TableRowOrder.Moved(before, after);
        for (var i = 0; i < after.Rows.Count; i++)
        {
            var row = after.Rows[i];
            var caption = after.CaptionOf(row.Id);
            if (!oldRows.Remove(row.Id, out var old))
            {
                changes.Add(new TableChange(nodeId, label, TableChangeKind.RowAdded, row.Id, NameOf(row), null, null, string.Join("\t", row.Cells.Select(c => c.Text)), []) { Caption = caption, Row = row });
                continue;
            }

            if (moved.Contains(row.Id))
            {
                changes.Add(new TableChange(nodeId, label, TableChangeKind.RowMoved, row.Id, NameOf(row), null, null, null, [])
                {
                    Caption = caption,
                    Row = row,
                    // Right under a header or sub-heading it heads its table's body: named so, not after the heading row.
                    MovedAfter = i == 0 || after.IsHeader(i - 1) || after.Rows[i - 1].Kind == TableRowKind.Caption ? null : NameOf(after.Rows[i - 1]),
                });
            }

            // Cells joined or split are a change even when the words read the same ("A | " → "A" across two columns); the
            // row is shown as it was and as it is, not cell by cell (its cells no longer stand over the same columns).
            if (!old.Cells.Select(x => x.Span).SequenceEqual(row.Cells.Select(x => x.Span)))
            {
                changes.Add(new TableChange(nodeId, label, TableChangeKind.RowReshaped, row.Id, NameOf(old), null,
                    string.Join("\t", old.Cells.Select(x => x.Text)), string.Join("\t", row.Cells.Select(x => x.Text)), [])
                {
                    Caption = caption,
                    Row = row,
                    Was = old,
                });
                continue;
            }

            for (var c = 0; c < Math.Max(row.Cells.Count, old.Cells.Count); c++)
            {
                var was = c < old.Cells.Count ? old.Cells[c].Text : "";
                var now = c < row.Cells.Count ? row.Cells[c].Text : "";
                if (was != now)
                {
                    changes.Add(new TableChange(nodeId, label, TableChangeKind.CellChanged, row.Id, NameOf(c == 0 ? old : row), c, was, now, TextDiffer.Diff(was, now)) { Caption = caption, Row = row });
                }
            }
        }

        foreach (var (id, row) in oldRows)
        {
            changes.Add(new TableChange(nodeId, label, TableChangeKind.RowRemoved, id, NameOf(row), null, string.Join("\t", row.Cells.Select(c => c.Text)), null, []) { Caption = before.CaptionOf(id), Row = row });
        }
    }

    /// <summary>A row is named by its first cell, as the UN names it ("in the row \"Albania\"").</summary>
    private static string NameOf(TableRow row) => InlineItalics.Strip(FootnoteReferences.Pattern().Replace(row.Cells[0].Text, "")).Trim();
}
