using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>A table of a marked-up Word file that holds tracked changes: its rows' own marks and its cells' pieces.</summary>
public sealed record MarkupTable(IReadOnlyList<MarkupRevision?> RowMarks, IReadOnlyList<IReadOnlyList<MarkupParagraph>> Rows)
{
    /// <summary>The body paragraph right before the table in the file (its index in <see cref="MarkupDocument.Paragraphs"/>); null at the start.</summary>
    public int? AfterParagraph { get; init; }

    /// <summary>How many rows at its top Word repeats as the header (w:tblHeader).</summary>
    public int HeaderRows { get; init; }

    public IEnumerable<MarkupRevision> Revisions => RowMarks.OfType<MarkupRevision>()
        .Concat(Rows.SelectMany(r => r).SelectMany(c => c.Pieces.Select(p => p.Revision)).OfType<MarkupRevision>());
}

/// <summary>
/// One Word author's tracked changes inside tables (ADR 0029) made on the proposed copy: the table found among the
/// draft's tables by its rows' first cells, a row by its first cell as the file was made; a changed cell is set, a row
/// the author added is added after the row before it, a row the author removed is removed, a row removed and added
/// elsewhere reading the same is moved, and a table whose every row the author removed is deleted whole. What cannot be
/// placed is listed as skipped with the reason, never dropped.
/// </summary>
internal static class MarkupTables
{
    public static void Apply(MarkupDocument document, string author, Draft proposed, List<MarkupSkippedChange> skipped, Func<int, string?> nodeOfParagraph)
    {
        foreach (var table in document.Tables.Where(t => t.Revisions.Any(r => r.Author == author)))
        {
            var baseRows = table.Rows.Select(r => r.Select(c => Text(c, _ => false)).ToList()).ToList();
            var holder = proposed.AllNodes().Where(n => n.Table is not null)
                .Select(n => (Node: n, Found: PartOf(n.Table!, baseRows) is var scope ? baseRows.Count(r => r.Count > 0 && RowIn(scope, r) is not null) : 0))
                .Where(x => x.Found > 0).OrderByDescending(x => x.Found).Select(x => x.Node).FirstOrDefault();
            var first = baseRows.Select(r => r.FirstOrDefault() ?? "").FirstOrDefault(t => t.Length > 0) ?? "";
            if (holder is null && table.RowMarks.Count > 0 && table.RowMarks.All(m => m is { Kind: MarkupRevisionKind.Inserted } i && i.Author == author))
            {
                // A table the author inserted whole: held by the paragraph it follows in the file, as the importers place one.
                // The header prints in italics by its place (ADR 0029): its cells' italics are the header's, not marks of their own.
                var rows = table.Rows.Select((r, k) => new TableRow("r" + ParagraphIds.New()[1..],
                    [.. r.Select(c => Text(c, x => x.Author == author)).Select(t => new TableCell(k < table.HeaderRows ? InlineItalics.Strip(t) : t))])).ToList();
                var target = table.AfterParagraph is { } after && nodeOfParagraph(after) is { } id ? HolderFor(proposed, id) : null;
                var error = target is null ? "The table follows no paragraph of the draft: it was not read."
                    : target.Table is not null ? $"The paragraph it follows already holds a table: propose its rows there."
                    : proposed.SetTable(target.Id, new DraftTable(rows, Math.Min(table.HeaderRows, rows.Count))).Error;
                if (error is not null)
                {
                    skipped.Add(new MarkupSkippedChange(author, $"the table beginning “{string.Join(" | ", rows[0].Cells.Select(c => c.Text))}”", error));
                }

                continue;
            }

            if (holder is null)
            {
                skipped.Add(new MarkupSkippedChange(author, $"the table beginning “{first}”", "No table of the draft has these rows: its changes were not read."));
                continue;
            }

            var where = $"the table under “{Shorten(InlineItalics.Strip(holder.Text))}”";

            // A run of tables under sub-headings (ADR 0029, amendment 2) prints as one Word table a part: its rows are
            // looked for in the part whose rows this Word table holds (76/246's tables B and C both have "New post" rows).
            var scope = PartOf(holder.Table!, baseRows);
            if (table.RowMarks.Count > 0 && table.RowMarks.All(m => m is { Kind: MarkupRevisionKind.Deleted } d && d.Author == author))
            {
                // Every row deleted by the author: the table is deleted whole.
                if (proposed.SetTable(holder.Id, null).Error is { } error)
                {
                    skipped.Add(new MarkupSkippedChange(author, where, error));
                }

                continue;
            }

            // A row the author deleted and inserted elsewhere reading the same is moved (Word tracks a row's move so).
            var deletedRows = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (table.RowMarks[r] is { Kind: MarkupRevisionKind.Deleted } d && d.Author == author && baseRows[r].Count > 0
                    && RowIn(scope, baseRows[r]) is { } kept)
                {
                    deletedRows.TryAdd(Signature(baseRows[r]), kept.Id);
                }
            }

            var moved = new Dictionary<string, bool>(StringComparer.Ordinal);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (table.RowMarks[r] is { Kind: MarkupRevisionKind.Inserted } i && i.Author == author
                    && deletedRows.TryGetValue(Signature(table.Rows[r].Select(c => Text(c, x => x.Author == author)).ToList()), out var id))
                {
                    moved[id] = false;
                }
            }

            string? previous = null;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var mark = table.RowMarks[r];
                var mine = table.Rows[r].Select(c => Text(c, x => x.Author == author)).ToList();
                var rowId = baseRows[r].Count > 0 ? RowIn(scope, baseRows[r])?.Id : null;
                var added = mark is { Kind: MarkupRevisionKind.Inserted } || (rowId is null && baseRows[r].All(t => t.Length == 0));
                if (added)
                {
                    if (mark is { } m && m.Author != author)
                    {
                        continue;
                    }

                    var movedId = deletedRows.GetValueOrDefault(Signature(mine));
                    if (movedId is not null && moved.TryGetValue(movedId, out var placed) && !placed)
                    {
                        if (proposed.FindNode(holder.Id)!.Table!.IndexOfRow(movedId) >= 0)
                        {
                            proposed.RemoveTableRow(holder.Id, movedId);
                        }

                        moved[movedId] = true;
                    }
                    else
                    {
                        movedId = null;
                    }

                    var index = previous is null ? holder.Table!.HeaderRows : holder.Table!.IndexOfRow(previous) + 1;
                    var row = new TableRow(movedId ?? "r" + ParagraphIds.New()[1..], [.. mine.Select(t => new TableCell(t))]);
                    if (proposed.AddTableRow(holder.Id, index, row).Error is { } error)
                    {
                        skipped.Add(new MarkupSkippedChange(author, where, error));
                        continue;
                    }

                    previous = row.Id;
                    continue;
                }

                if (rowId is null)
                {
                    if (table.Rows[r].Any(c => c.Pieces.Any(p => p.Revision?.Author == author)) || mark?.Author == author)
                    {
                        skipped.Add(new MarkupSkippedChange(author, where, $"The row “{baseRows[r].FirstOrDefault()}” is not a row of the draft's table: its changes were not read."));
                    }

                    continue;
                }

                if (mark is { Kind: MarkupRevisionKind.Deleted } deleted)
                {
                    if (moved.GetValueOrDefault(rowId))
                    {
                        continue;
                    }

                    if (deleted.Author == author && proposed.RemoveTableRow(holder.Id, rowId).Error is { } error)
                    {
                        skipped.Add(new MarkupSkippedChange(author, where, error));
                    }

                    continue;
                }

                previous = rowId;
                var cells = holder.Table!.Rows[holder.Table.IndexOfRow(rowId)].Cells;
                for (var c = 0; c < mine.Count; c++)
                {
                    if (mine[c] == baseRows[r][c])
                    {
                        continue;
                    }

                    if (c >= cells.Count || Comparable(cells[c].Text) != Comparable(baseRows[r][c]))
                    {
                        skipped.Add(new MarkupSkippedChange(author, where,
                            $"No longer applies: in the row “{baseRows[r][0]}”, the cell does not read “{baseRows[r][c]}” in the draft."));
                        continue;
                    }

                    if (proposed.SetTableCell(holder.Id, rowId, c, mine[c]).Error is { } error)
                    {
                        skipped.Add(new MarkupSkippedChange(author, where, error));
                    }
                }
            }
        }
    }

    /// <summary>A cell's text with the revisions <paramref name="accept"/> takes (the others' insertions left out, their deletions kept).</summary>
    private static string Text(MarkupParagraph cell, Func<MarkupRevision, bool> accept) =>
        string.Concat(cell.Pieces.Where(p => p.Revision is not { } r || (r.Kind == MarkupRevisionKind.Inserted) == accept(r)).Select(p => p.Text)).Trim();

    /// <summary>
    /// The node a new table after <paramref name="id"/> belongs to (ADR 0029, rule 4): among the nodes of the paragraph
    /// holding it, the last that introduces something (ends with a colon), else the paragraph itself.
    /// </summary>
    private static ParagraphNode? HolderFor(Draft draft, string id)
    {
        var top = draft.Paragraphs.FirstOrDefault(p => p.Id == id || p.Descendants().Any(d => d.Id == id));
        if (top is null)
        {
            return null;
        }

        return new ParagraphNode[] { top }.Concat(top.Descendants()).LastOrDefault(n => InlineItalics.Strip(n.Text).TrimEnd().EndsWith(':') || InlineItalics.Strip(n.Text).TrimEnd().EndsWith('：')) ?? top;
    }

    private static string Signature(IEnumerable<string> cells) => string.Join("\u0001", cells.Select(Comparable));

    /// <summary>The rows of the part of a run the Word table's rows are found in (the whole table when it is no run).</summary>
    private static IReadOnlyList<TableRow> PartOf(DraftTable table, List<List<string>> baseRows)
    {
        if (!table.HasCaptions)
        {
            return table.Rows;
        }

        var wanted = baseRows.Select(Whole).ToHashSet(StringComparer.Ordinal);
        return table.Parts().Select(p => table.Rows.Skip(p.Start).Take(p.Count).ToList())
            .MaxBy(rows => rows.Count(r => wanted.Contains(Whole(r.Cells.Select(c => c.Text).ToList()))))!;
    }

    /// <summary>A row by its first cell when no other row reads so, else by all its cells when no other row reads so.</summary>
    private static TableRow? RowIn(IReadOnlyList<TableRow> rows, List<string> cells)
    {
        var byFirst = rows.Where(r => r.Cells.Count > 0 && Comparable(r.Cells[0].Text) == Comparable(cells[0])).ToList();
        if (byFirst.Count <= 1)
        {
            return byFirst.FirstOrDefault();
        }

        var byAll = byFirst.Where(r => Whole(r.Cells.Select(c => c.Text).ToList()) == Whole(cells)).ToList();
        return byAll.Count == 1 ? byAll[0] : null;
    }

    private static string Whole(List<string> cells) => string.Join("|", cells.Select(Comparable));

    private static string Comparable(string text) => string.Join(" ", InlineItalics.Strip(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
