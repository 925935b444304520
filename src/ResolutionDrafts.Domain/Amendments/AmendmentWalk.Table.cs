using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Changes to the table (ADR 0029) of a node kept in both texts, each its own instruction (<see cref="TableWording"/>):
/// a table added or deleted whole, a changed cell, a row reshaped (cells added, removed or merged: the row replaced),
/// rows deleted, moved and inserted. The instructions are checked against the proposed table by applying them; when
/// they do not give it (the header grew by a row moved into it, say) the table is replaced whole, so nothing is lost
/// and nothing refused.
/// </summary>
internal sealed partial class AmendmentWalk
{
    /// <summary>Changes the walk met and could not word, each with why (the proposal is refused with them).</summary>
    public List<string> Unworded { get; } = [];

    private void TableEdits(ParagraphReference reference, ParagraphNode old, ParagraphNode now)
    {
        if (old.Table is null && now.Table is null)
        {
            return;
        }

        if (old.Table is null || now.Table is null)
        {
            var whole = now.Table ?? old.Table!;
            Instructions.Add(new AmendmentInstruction
            {
                Kind = old.Table is null ? AmendmentKind.InsertTable : AmendmentKind.DeleteTable,
                Target = reference,
                Table = new TablePlace(null, "", Rows: now.Table?.Rows) { HeaderRows = now.Table?.HeaderRows ?? 0 },
                OldText = old.Table is null ? null : Text(whole),
                NewText = now.Table is null ? null : Text(whole),
            });
            return;
        }

        var edits = RowEdits(reference, old.Table, now.Table);
        if (!Gives(old.Table, now.Table, edits))
        {
            edits =
            [
                new AmendmentInstruction
                {
                    Kind = AmendmentKind.ReplaceTable,
                    Target = reference,
                    Table = new TablePlace(null, "", Rows: now.Table.Rows) { HeaderRows = now.Table.HeaderRows },
                    OldText = Text(old.Table),
                    NewText = Text(now.Table),
                },
            ];
        }

        Instructions.AddRange(edits);
    }

    private static string Text(DraftTable table) => string.Join("\n", table.Rows.Select(r => string.Join("\t", r.Cells.Select(c => c.Text))));

    /// <summary>Whether the instructions, applied as the applier applies them, turn <paramref name="before"/> into <paramref name="after"/>.</summary>
    private static bool Gives(DraftTable before, DraftTable after, List<AmendmentInstruction> edits)
    {
        DraftTable? table = before;
        foreach (var edit in edits.OrderBy(e => e.Kind switch
        {
            AmendmentKind.DeleteTableRow or AmendmentKind.DeleteTable => 0,
            AmendmentKind.MoveTableRows => 2,
            AmendmentKind.InsertTableRows => 3,
            _ => 1,
        }))
        {
            var (changed, error) = TableWording.ApplyTo(table, edit);
            if (error is not null)
            {
                return false;
            }

            table = changed;
        }

        return table is not null && table.HeaderRows == after.HeaderRows && table.Rows.Count == after.Rows.Count
            && table.Rows.Zip(after.Rows).All(p => p.First.SameAs(p.Second));
    }

    private static List<AmendmentInstruction> RowEdits(ParagraphReference reference, DraftTable before, DraftTable after)
    {
        var edits = new List<AmendmentInstruction>();
        var newIds = after.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var oldById = before.Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        TablePlace Place(TableRow? row) => row is null ? new TablePlace(null, "") : Named(before, row);

        // A table of a run deleted whole, its sub-heading with it, is one instruction (ADR 0030, amendment 3): "In operative
        // paragraph 27, delete the table under “C. …”", not each of its rows.
        var tablesGone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, count) in before.Parts())
        {
            var part = before.Rows.Skip(start).Take(count).ToList();
            if (part[0].Kind == TableRowKind.Caption && part.TrueForAll(r => !newIds.Contains(r.Id)))
            {
                tablesGone.UnionWith(part.Select(r => r.Id));
                edits.Add(new AmendmentInstruction
                {
                    Kind = AmendmentKind.DeleteTable,
                    Target = reference,
                    Table = Named(before, part[0]),
                    OldText = string.Join("\n", part.Select(r => string.Join("\t", r.Cells.Select(c => c.Text)))),
                });
            }
        }

        foreach (var row in before.Rows.Where(r => !newIds.Contains(r.Id) && !tablesGone.Contains(r.Id)))
        {
            edits.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.DeleteTableRow,
                Target = reference,
                Table = Place(row),
                OldText = string.Join("\t", row.Cells.Select(c => c.Text)),
            });
        }

        // Kept rows that keep their order (the longest such run) stay; the others are moved.
        var stable = TableRowOrder.Unmoved(before.Rows.Select(r => r.Id).Where(newIds.Contains).ToList(), after.Rows.Select(r => r.Id).Where(oldById.ContainsKey).ToList());
        TableRow? anchor = null;
        var added = new List<TableRow>();
        var moving = new List<TableRow>();
        TableRow? movingAnchor = null;

        void FlushAdded(TableRow? before_)
        {
            if (added.Count > 0)
            {
                edits.Add(new AmendmentInstruction
                {
                    Kind = AmendmentKind.InsertTableRows,
                    Target = reference,
                    Table = (before_ is not null ? Place(before_) with { Before = true }
                        : Place(anchor) with { AfterTable = anchor is not null && EndsItsTable(before, anchor), AtHead = HeadsABody(before, anchor, added) }) with { Rows = [.. added] },
                    NewText = string.Join("\n", added.Select(r => string.Join("\t", r.Cells.Select(c => c.Text)))),
                });
                added.Clear();
            }
        }

        void FlushMoving()
        {
            if (moving.Count > 0)
            {
                edits.Add(new AmendmentInstruction
                {
                    Kind = AmendmentKind.MoveTableRows,
                    Target = reference,
                    Table = Place(movingAnchor) with { Moved = [.. moving.Select(r => TableRowName.Of(before, r))], AtHead = HeadsABody(before, movingAnchor, moving) },
                });
                moving.Clear();
            }
        }

        foreach (var row in after.Rows)
        {
            if (!oldById.TryGetValue(row.Id, out var was))
            {
                FlushMoving();
                added.Add(row);
                continue;
            }

            var moves = !stable.Contains(row.Id);
            FlushAdded(moves ? was : null);
            if (moves)
            {
                if (moving.Count == 0)
                {
                    movingAnchor = anchor;
                }

                moving.Add(was);
            }
            else
            {
                FlushMoving();
            }

            CellEdits(reference, before, was, row, edits);
            anchor = was;
        }

        FlushAdded(null);
        FlushMoving();
        return edits;
    }

    private static void CellEdits(ParagraphReference reference, DraftTable before, TableRow was, TableRow row, List<AmendmentInstruction> edits)
    {
        if (was.Cells.Count != row.Cells.Count || was.Cells.Zip(row.Cells).Any(p => p.First.Span != p.Second.Span))
        {
            // Cells added, removed or merged: the row is replaced with what it now reads.
            edits.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.ReplaceTableRow,
                Target = reference,
                Table = Named(before, was) with { Rows = [row], Was = was },
                OldText = string.Join("\t", was.Cells.Select(c => c.Text)),
                NewText = string.Join("\t", row.Cells.Select(c => c.Text)),
            });
            return;
        }

        var header = before.IsHeader(before.IndexOfRow(was.Id));
        for (var c = 0; c < was.Cells.Count; c++)
        {
            var oldText = was.Cells[c].Text;
            var newText = row.Cells[c].Text;
            if (oldText == newText)
            {
                continue;
            }

            var place = Named(before, was) with { Column = c, Header = header };
            if (header)
            {
                // A heading is named by what it reads; by its column when another heading reads the same or it read nothing.
                place = place with { NameColumn = oldText.Length == 0 || before.Rows.Take(before.HeaderRows).SelectMany(r => r.Cells).Count(x => x.Text == oldText) > 1 };
            }
            else if (oldText.Length == 0 || was.Cells.Count(x => x.Text == oldText) > 1)
            {
                place = place with { NameColumn = true, ColumnHeading = ColumnHeading(before, was, c) };
            }

            edits.Add(new AmendmentInstruction { Kind = AmendmentKind.ReplaceTableCell, Target = reference, Table = place, OldText = oldText, NewText = newText });
        }
    }

    /// <summary>The heading over column <paramref name="c"/> when the last header row stands cell for cell over the row and no other heading reads the same.</summary>
    private static string? ColumnHeading(DraftTable table, TableRow row, int c)
    {
        if (table.HeaderRows == 0 || table.Rows[table.HeaderRows - 1] is not { } heads || heads.Cells.Count != row.Cells.Count
            || heads.Cells.Any(x => x.Span != 1) || row.Cells.Any(x => x.Span != 1))
        {
            return null;
        }

        var heading = TableRowName.AsRead(heads.Cells[c].Text);
        return heading.Length > 0 && heads.Cells.Count(x => TableRowName.AsRead(x.Text) == heading) == 1 ? heading : null;
    }

    /// <summary>
    /// Whether body rows inserted (or moved, ADR 0030 amendment 3) after <paramref name="anchor"/> open a table's body: the
    /// anchor is a header row or a sub-heading (with no header under it), so the rows are worded "at the beginning" (moved:
    /// "to the beginning of the table") rather than after a heading row.
    /// </summary>
    private static bool HeadsABody(DraftTable table, TableRow? anchor, List<TableRow> added)
    {
        if (anchor is null || added.Count == 0 || added[0].Kind != TableRowKind.Body || table.IndexOfRow(anchor.Id) is var at && at < 0)
        {
            return false;
        }

        var heading = table.IsHeader(at) || anchor.Kind == TableRowKind.Caption;
        return heading && (at + 1 >= table.Rows.Count || !table.IsHeader(at + 1));
    }

    /// <summary>Whether <paramref name="row"/> is the last row of its table in a run of tables under sub-headings.</summary>
    private static bool EndsItsTable(DraftTable table, TableRow row) =>
        table.HasCaptions && table.IndexOfRow(row.Id) is var at && (at == table.Rows.Count - 1 || table.Rows[at + 1].Kind == TableRowKind.Caption);

    private static TablePlace Named(DraftTable table, TableRow row)
    {
        var name = TableRowName.Of(table, row);
        return new TablePlace(row.Id, name.Name) { RowNumber = name.Number, Caption = table.CaptionOf(row.Id) };
    }
}
