using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Tables in the comparison (ADR 0029): printed where the draft prints them, after the paragraph that holds them and
/// its sub-paragraphs, with a changed cell's words, an added row and a removed row as tracked changes (a row added
/// or removed is also marked on the row itself, so Accept All and Reject All give each side's table).
/// </summary>
internal sealed partial class ComparisonLayout
{
    /// <summary>The tables to print after each body paragraph of <see cref="Build"/>'s output, by its place among the body paragraphs.</summary>
    public Dictionary<int, List<PrintedTable>> TablesAfter { get; } = [];

    /// <summary>The footnote marks the drafts' texts were encoded with (a cell's references are encoded as it is printed).</summary>
    public FootnoteMarks? Marks { get; init; }

    /// <summary>After a top-level paragraph's lines: its tables and its sub-paragraphs', old and new, compared.</summary>
    private void TopTables(ParagraphNode? old, ParagraphNode? now)
    {
        static List<ParagraphNode> Nodes(ParagraphNode? top) => top is null ? [] : [top, .. top.Descendants()];

        var oldNodes = Nodes(old).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var newNodes = Nodes(now);
        var ids = newNodes.Select(n => n.Id).Concat(oldNodes.Keys.Where(k => newNodes.All(n => n.Id != k))).ToList();
        var newById = newNodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var tables = new List<PrintedTable>();
        foreach (var id in ids)
        {
            var before = oldNodes.GetValueOrDefault(id)?.Table;
            var after = newById.GetValueOrDefault(id)?.Table;
            if (before is not null || after is not null)
            {
                tables.Add(Tracked(before, after));
            }
        }

        var last = output.Count(p => p.Zone == LineZone.Body) - 1;
        if (tables.Count == 0 || last < 0)
        {
            return;
        }

        (TablesAfter.TryGetValue(last, out var list) ? list : TablesAfter[last] = []).AddRange(tables);
    }

    /// <summary>One table holding both sides: rows matched by id, a removed row where it stood among the rows kept.</summary>
    private PrintedTable Tracked(DraftTable? before, DraftTable? after)
    {
        var rows = new List<(TableRow? Old, TableRow? New, bool Header)>();
        var oldRows = before?.Rows ?? [];
        var newRows = after?.Rows ?? [];
        // A row moved (ADR 0030's rule, as the comparison page reports it) prints as Word shows a moved row: deleted
        // where it stood, inserted where it stands, so Accept All and Reject All still give each side's table.
        var moved = before is not null && after is not null ? TableRowOrder.Moved(before, after) : [];
        // A row whose cells were joined or split (ADR 0030, amendment 3) prints so too: the old shape deleted, the new one
        // inserted, so the change shows even when its words read the same and each side's table is one Accept/Reject away.
        if (before is not null && after is not null)
        {
            var spans = before.Rows.ToDictionary(r => r.Id, r => r.Cells.Select(c => c.Span).ToList(), StringComparer.Ordinal);
            moved.UnionWith(after.Rows.Where(r => spans.TryGetValue(r.Id, out var was) && !was.SequenceEqual(r.Cells.Select(c => c.Span))).Select(r => r.Id));
        }

        var newIds = newRows.Select(r => r.Id).Where(id => !moved.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var oldById = oldRows.Where(r => !moved.Contains(r.Id)).ToDictionary(r => r.Id, StringComparer.Ordinal);

        // Old rows gone, each after the nearest kept row before it (first when there is none), as removed paragraphs are.
        var gone = new Dictionary<string, List<(TableRow Row, bool Header)>>(StringComparer.Ordinal);
        var anchor = "";
        for (var i = 0; i < oldRows.Count; i++)
        {
            if (newIds.Contains(oldRows[i].Id))
            {
                anchor = oldRows[i].Id;
            }
            else
            {
                (gone.TryGetValue(anchor, out var l) ? l : gone[anchor] = []).Add((oldRows[i], i < before!.HeaderRows));
            }
        }

        void Gone(string after)
        {
            foreach (var (row, header) in gone.GetValueOrDefault(after) ?? [])
            {
                rows.Add((row, null, header));
            }
        }

        Gone("");
        for (var i = 0; i < newRows.Count; i++)
        {
            var row = newRows[i];
            rows.Add((oldById.GetValueOrDefault(row.Id), row, i < after!.HeaderRows));
            if (oldById.ContainsKey(row.Id))
            {
                Gone(row.Id);
            }
        }

        var revisions = new List<RevisionKind>();
        var printed = new List<IReadOnlyList<PrintedCell>>();
        foreach (var (old, now, _) in rows)
        {
            var revision = old is null ? RevisionKind.Inserted : now is null ? RevisionKind.Deleted : RevisionKind.None;
            revisions.Add(revision);
            printed.Add(revision == RevisionKind.None ? KeptRow(old!, now!) : [.. (old ?? now)!.Cells.Select(c => Cell(c, c.Text, revision))]);
        }

        // A run of tables under sub-headings (ADR 0029, amendment 2) prints as separate Word tables here too.
        var kinds = rows.Select(r => (r.New ?? r.Old)!.Kind).ToList();
        return new PrintedTable(rows.TakeWhile(r => r.Header).Count(), printed)
        {
            RowRevisions = revisions,
            Kinds = kinds.Any(k => k != TableRowKind.Body) ? kinds : null,
        };
    }

    private List<PrintedCell> KeptRow(TableRow old, TableRow now)
    {
        var cells = new List<PrintedCell>();
        for (var c = 0; c < Math.Max(old.Cells.Count, now.Cells.Count); c++)
        {
            var was = c < old.Cells.Count ? old.Cells[c] : null;
            var cell = c < now.Cells.Count ? now.Cells[c] : null;
            if (cell is null)
            {
                cells.Add(Cell(was!, was!.Text, RevisionKind.Deleted));
                continue;
            }

            if (was is null)
            {
                cells.Add(Cell(cell, cell.Text, RevisionKind.Inserted));
                continue;
            }

            if (was.Text == cell.Text)
            {
                cells.Add(Cell(cell, cell.Text, RevisionKind.None));
                continue;
            }

            // The cell's words deleted and inserted, as a paragraph's are; each side keeps its own italics.
            var oldText = Encode(was.Text);
            var newText = Encode(cell.Text);
            var pieces = new List<InlinePiece>();
            SegmentPieces.Add(pieces, TextDiffer.Diff(oldText, newText), oldText, 0, newText, 0);
            cells.Add(new PrintedCell(pieces, cell.Span, TableCell.IsFigure(cell.Text), ParagraphText.ReadLength(cell.Text)));
        }

        return cells;
    }

    private PrintedCell Cell(TableCell cell, string text, RevisionKind revision)
    {
        var encoded = Encode(text);
        var pieces = new List<InlinePiece>();
        LinePieces.AddText(pieces, encoded, 0, encoded.Length, 0, revision);
        return new PrintedCell(pieces, cell.Span, TableCell.IsFigure(text), ParagraphText.ReadLength(text));
    }

    private string Encode(string text) => Marks is { } marks ? marks.Encode(text) : ItalicMarks.Encode(text);
}
