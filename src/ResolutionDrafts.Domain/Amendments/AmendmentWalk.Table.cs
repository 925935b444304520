using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Changes inside a table (ADR 0029) of a node kept in both texts: a changed cell, rows added and rows removed, each
/// its own instruction (<see cref="TableWording"/>). A table added or removed whole is not worded: it is listed in
/// <see cref="Unworded"/> with the reason, never dropped.
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
            Unworded.Add($"A table added to or removed from {reference.Name(DraftLanguage.English)} whole cannot be proposed as an amendment; "
                + "propose its rows, or ask the secretariat.");
            return;
        }

        var before = old.Table;
        var after = now.Table;
        var newIds = after.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var oldById = before.Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var row in before.Rows.Where(r => !newIds.Contains(r.Id)))
        {
            Instructions.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.DeleteTableRow,
                Target = reference,
                Table = new TablePlace(row.Id, RowName(before, row)) { Caption = before.CaptionOf(row.Id) },
                OldText = string.Join("\t", row.Cells.Select(c => c.Text)),
            });
        }

        // Rows kept in the same order as the original (a kept row moved is deleted and inserted anew).
        TableRow? anchor = null;
        var added = new List<TableRow>();
        void Flush()
        {
            if (added.Count > 0)
            {
                Instructions.Add(new AmendmentInstruction
                {
                    Kind = AmendmentKind.InsertTableRows,
                    Target = reference,
                    Table = new TablePlace(anchor?.Id, anchor is null ? "" : RowName(before, anchor), Rows: [.. added]) { Caption = anchor is null ? null : before.CaptionOf(anchor.Id) },
                    NewText = string.Join("\n", added.Select(r => string.Join("\t", r.Cells.Select(c => c.Text)))),
                });
                added.Clear();
            }
        }

        foreach (var row in after.Rows)
        {
            if (!oldById.TryGetValue(row.Id, out var was))
            {
                added.Add(row);
                continue;
            }

            Flush();
            anchor = was;
            for (var c = 0; c < Math.Max(was.Cells.Count, row.Cells.Count); c++)
            {
                var oldText = c < was.Cells.Count ? was.Cells[c].Text : "";
                var newText = c < row.Cells.Count ? row.Cells[c].Text : "";
                if (oldText == newText)
                {
                    continue;
                }

                if (c >= was.Cells.Count || c >= row.Cells.Count || was.Cells[c].Span != row.Cells[c].Span)
                {
                    Unworded.Add($"In the table in {reference.Name(DraftLanguage.English)}, the row {Quoting.Quote(RowName(before, was))} changed its cells, not only their words: propose the row deleted and a new one inserted.");
                    continue;
                }

                Instructions.Add(new AmendmentInstruction
                {
                    Kind = AmendmentKind.ReplaceTableCell,
                    Target = reference,
                    Table = new TablePlace(was.Id, RowName(before, was), c)
                    {
                        NameColumn = oldText.Length == 0 || was.Cells.Count(x => x.Text == oldText) > 1,
                        Caption = before.CaptionOf(was.Id),
                    },
                    OldText = oldText,
                    NewText = newText,
                });
            }
        }

        Flush();
        if (!KeptInOrder(before, after))
        {
            Unworded.Add($"In the table in {reference.Name(DraftLanguage.English)}, rows were moved: a move of rows cannot be proposed yet.");
        }
    }

    private static bool KeptInOrder(DraftTable before, DraftTable after)
    {
        var oldIds = before.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return before.Rows.Select(r => r.Id).Where(after.Rows.Select(r => r.Id).Contains).SequenceEqual(after.Rows.Select(r => r.Id).Where(oldIds.Contains));
    }

    /// <summary>A row named by its first cell as a reader sees it; with its place ("row 7") when another row reads the same.</summary>
    private static string RowName(DraftTable table, TableRow row)
    {
        static string Name(TableRow r) => r.Cells.Count == 0 ? "" : InlineItalics.Strip(FootnoteReferences.Pattern().Replace(r.Cells[0].Text, "")).Trim();
        var name = Name(row);
        return name.Length > 0 && table.Rows.Count(r => Name(r) == name) == 1 ? name : $"{name} (row {table.IndexOfRow(row.Id) + 1})";
    }
}
