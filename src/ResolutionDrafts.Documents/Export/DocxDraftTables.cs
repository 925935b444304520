using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Domain.Drafts;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DraftCell = ResolutionDrafts.Domain.Drafts.TableCell;

namespace ResolutionDrafts.Documents.Export;

/// <summary>A paragraph's table ready to print (ADR 0029): rows of cells as pieces, the header rows first.</summary>
internal sealed record PrintedTable(int HeaderRows, IReadOnlyList<IReadOnlyList<PrintedCell>> Rows)
{
    /// <summary>
    /// Each row's kind when the table is a run of tables under sub-headings (ADR 0029, amendment 2): a caption and a note
    /// print as paragraphs, the rows between them as separate Word tables. Null for a plain table.
    /// </summary>
    public IReadOnlyList<TableRowKind>? Kinds { get; init; }

    /// <summary>Whether row <paramref name="r"/> prints as a header.</summary>
    public bool IsHeader(int r) => r < HeaderRows || Kinds?[r] == TableRowKind.Header;

    /// <summary>In a comparison, each row's own tracked change (a row added or removed); null when nothing is tracked.</summary>
    public IReadOnlyList<RevisionKind>? RowRevisions { get; init; }

    /// <summary>Inserted or deleted when every row is (a table added or removed whole), else null.</summary>
    public RevisionKind? WholeRevision => RowRevisions is { Count: > 0 } revisions && revisions[0] != RevisionKind.None && revisions.All(r => r == revisions[0])
        ? revisions[0]
        : null;

    /// <summary>Every cell as a paragraph, for the footnote registry's order of references.</summary>
    public IEnumerable<DocParagraph> CellParagraphs() =>
        Rows.SelectMany(r => r).Select(c => new DocParagraph(LineZone.Body, StyleIds.TableText, c.Pieces));
}

/// <summary>A cell: its pieces (italics, footnote marks), the columns it spans, whether it is a figure (right-aligned).</summary>
internal sealed record PrintedCell(IReadOnlyList<InlinePiece> Pieces, int Span, bool Figure, int Length);

/// <summary>
/// Tables of a draft in its Word document as the UN prints them (A/RES/76/238's scale of assessments): under the
/// paragraph that introduces them (after its sub-paragraphs), indented as the text is, no vertical rules, the header
/// in italics between a thin rule above and a thicker one below and repeated on each page, a rule under the last row,
/// figures right-aligned, rows kept whole on a page.
/// </summary>
internal static class DocxDraftTables
{
    /// <summary>
    /// The tables to print after each body line, keyed by the line's place among the body lines: a paragraph's
    /// tables (its own and its sub-paragraphs', in reading order) follow its last printed line.
    /// </summary>
    public static Dictionary<int, List<PrintedTable>> After(Draft draft, IReadOnlyList<PrintedLine> lines, FootnoteMarks marks)
    {
        var result = new Dictionary<int, List<PrintedTable>>();
        var body = lines.Where(l => l.Zone == LineZone.Body).ToList();
        foreach (var paragraph in draft.Paragraphs)
        {
            var nodes = paragraph.Descendants().Prepend<ParagraphNode>(paragraph).ToList();
            var tables = nodes.Select(n => n.Table).OfType<DraftTable>().ToList();
            if (tables.Count == 0)
            {
                continue;
            }

            var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var last = body.FindLastIndex(l => l.NodeId is { } id && ids.Contains(id));
            if (last >= 0)
            {
                result[last] = [.. tables.Select(t => Print(t, marks))];
            }
        }

        return result;
    }

    public static PrintedTable Print(DraftTable table, FootnoteMarks marks) => new(
        table.HeaderRows,
        [.. table.Rows.Select(r => (IReadOnlyList<PrintedCell>)[.. r.Cells.Select(c => new PrintedCell(
            LinePieces.Of(marks.Encode(c.Text)), c.Span, DraftCell.IsFigure(c.Text), ParagraphText.ReadLength(c.Text)))])])
    {
        Kinds = table.Rows.Any(r => r.Kind != TableRowKind.Body) ? [.. table.Rows.Select(r => r.Kind)] : null,
    };

    /// <summary>
    /// A paragraph's table as the body prints it: one Word table; or, for a run of tables under sub-headings (ADR 0029,
    /// amendment 2), each sub-heading a bold paragraph at the table's indent, each table a Word table of its own (the
    /// columns of every one as wide, from the rows of all), each note a paragraph under its table.
    /// </summary>
    public static IEnumerable<OpenXmlElement> WriteAll(PrintedTable source, PageGeometry page, RunWriter runs)
    {
        if (source.Kinds is not { } kinds || !kinds.Any(k => k is TableRowKind.Caption or TableRowKind.Note))
        {
            yield return Write(source, page, runs);
            yield break;
        }

        var columns = Math.Max(1, source.Rows.Max(r => r.Sum(c => c.Span)));
        var widths = Widths(source, columns, page.TextWidth - PageGeometry.TextIndent);
        var rows = new List<int>();
        for (var r = 0; r <= source.Rows.Count; r++)
        {
            var line = r < source.Rows.Count && kinds[r] is TableRowKind.Caption or TableRowKind.Note;
            if (r < source.Rows.Count && !line)
            {
                rows.Add(r);
                continue;
            }

            if (rows.Count > 0)
            {
                var part = new PrintedTable(rows.TakeWhile(i => source.IsHeader(i)).Count(), [.. rows.Select(i => source.Rows[i])])
                {
                    RowRevisions = source.RowRevisions is { } revisions ? [.. rows.Select(i => revisions[i])] : null,
                };
                yield return Write(part, page, runs, widths);
                rows.Clear();
            }

            if (line)
            {
                var caption = kinds[r] == TableRowKind.Caption;
                var properties = new ParagraphProperties(
                    new ParagraphStyleId { Val = caption ? StyleIds.TableHeading : StyleIds.TableText },
                    new KeepNext { Val = caption },
                    new SpacingBetweenLines { Before = caption ? "240" : "60", After = caption ? "120" : "0" },
                    new Indentation { Left = PageGeometry.TextIndent.ToString(CultureInfo.InvariantCulture) });
                if (source.RowRevisions?[r] is { } revision and not RevisionKind.None)
                {
                    // In a comparison, a sub-heading or note added or removed takes its paragraph mark with it.
                    properties.Append(new ParagraphMarkRunProperties(runs.RowRevision(revision)));
                }

                var paragraph = new WordParagraph(properties);
                runs.Write(paragraph, source.Rows[r][0].Pieces, null);
                yield return paragraph;
            }
        }
    }

    public static WordTable Write(PrintedTable source, PageGeometry page, RunWriter runs, IReadOnlyList<int>? sharedWidths = null)
    {
        var columns = Math.Max(1, source.Rows.Max(r => r.Sum(c => c.Span)));
        var width = page.TextWidth - PageGeometry.TextIndent;
        var widths = sharedWidths is { } shared && shared.Count == columns ? [.. shared] : Widths(source, columns, width);

        BorderType Rule<TBorder>(int size)
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = (uint)size, Space = 0, Color = "auto" };

        var table = new WordTable(
            new TableProperties(
                new TableWidth { Width = Tw(width), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = PageGeometry.TextIndent, Type = TableWidthUnitValues.Dxa },
                new TableBorders(Rule<BottomBorder>(12)),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0420", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Tw(w) })));

        for (var r = 0; r < source.Rows.Count; r++)
        {
            var header = source.IsHeader(r);
            var rowProperties = new TableRowProperties(new CantSplit());
            if (header)
            {
                rowProperties.Append(new TableHeader());
            }

            if (source.RowRevisions?[r] is { } revision and not RevisionKind.None)
            {
                // Word's tracked row: Accept All keeps an added row and drops a removed one, Reject All the reverse.
                rowProperties.Append(runs.RowRevision(revision));
            }

            var row = new WordTableRow(rowProperties);
            var column = 0;
            foreach (var cell in source.Rows[r])
            {
                var span = Math.Min(cell.Span, columns - column);
                var cellWidth = widths.Skip(column).Take(Math.Max(1, span)).Sum();
                column += Math.Max(1, span);
                var properties = new TableCellProperties(new TableCellWidth { Width = Tw(cellWidth), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                if (header)
                {
                    properties.Append(new TableCellBorders(
                        r == 0 ? Rule<TopBorder>(4) : new TopBorder { Val = BorderValues.Nil },
                        r == source.HeaderRows - 1 ? Rule<BottomBorder>(12) : new BottomBorder { Val = BorderValues.Nil }));
                }

                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });
                var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TableText });
                if (cell.Figure || (header && r == source.HeaderRows - 1 && column > 1 && ColumnIsFigures(source, column - 1)))
                {
                    paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
                }

                var paragraph = new WordParagraph(paragraphProperties);
                // The UN sets a table's header in italics.
                runs.Write(paragraph, header ? [.. cell.Pieces.Select(p => p with { Italic = true })] : cell.Pieces, null);
                row.Append(new WordTableCell(properties, paragraph));
            }

            // Word wants every grid column covered: a short row is filled with empty cells.
            for (; column < columns; column++)
            {
                row.Append(new WordTableCell(new TableCellProperties(new TableCellWidth { Width = Tw(widths[column]), Type = TableWidthUnitValues.Dxa }),
                    new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TableText }))));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>Whether the body cells of a column are figures (its heading then stands right-aligned over them).</summary>
    private static bool ColumnIsFigures(PrintedTable table, int column)
    {
        var cells = table.Rows.Skip(table.HeaderRows).Select(r => r.Count == table.Rows[^1].Count && column < r.Count ? r[column] : null).OfType<PrintedCell>().Where(c => c.Length > 0).ToList();
        return cells.Count > 0 && cells.All(c => c.Figure);
    }

    /// <summary>Column widths as shares of the longest text in each (single-span cells), at least a fifth of an even share.</summary>
    private static List<int> Widths(PrintedTable table, int columns, int width)
    {
        var longest = new double[columns];
        foreach (var row in table.Rows)
        {
            var column = 0;
            foreach (var cell in row)
            {
                if (cell.Span == 1 && column < columns)
                {
                    longest[column] = Math.Max(longest[column], Math.Min(cell.Length, 60));
                }

                column += Math.Max(1, cell.Span);
            }
        }

        var floor = Math.Max(1, longest.Sum() / columns / 5);
        var shares = longest.Select(l => Math.Max(l, floor) + 2).ToList();
        var total = shares.Sum();
        var widths = shares.Select(s => (int)(width * s / total)).ToList();

        // No column narrower than its longest word (a heading "Number" over one-digit figures was squeezed to two letters
        // a line, 76/246): those columns take what they need from the wider ones, in proportion.
        var least = Enumerable.Range(0, columns).Select(c => Math.Min(LongestWord(table, c), width / columns)).ToList();
        var short_ = Enumerable.Range(0, columns).Where(c => widths[c] < least[c]).ToList();
        if (short_.Count > 0 && least.Sum() <= width)
        {
            var needed = short_.Sum(c => least[c] - widths[c]);
            var spare = Enumerable.Range(0, columns).Where(c => !short_.Contains(c)).Sum(c => widths[c] - least[c]);
            foreach (var c in Enumerable.Range(0, columns))
            {
                widths[c] = short_.Contains(c) ? least[c] : widths[c] - (int)((long)(widths[c] - least[c]) * needed / Math.Max(1, spare));
            }
        }

        widths[^1] += width - widths.Sum();
        return widths;
    }

    /// <summary>The twips the longest word of a column's single cells takes in 10-point type, with the cell's margins.</summary>
    private static int LongestWord(PrintedTable table, int column)
    {
        var longest = 0;
        foreach (var row in table.Rows)
        {
            var at = 0;
            foreach (var cell in row)
            {
                if (at == column && cell.Span == 1)
                {
                    var text = string.Concat(cell.Pieces.Select(p => p.Text));
                    foreach (var word in text.Split(' ', '\u00A0', '\t'))
                    {
                        // About 150 twips a Latin letter (room for a serif font wider than Times, as LibreOffice substitutes), 200 an ideograph (10 points).
                        longest = Math.Max(longest, word.Sum(ch => ch >= '\u2E80' ? 200 : 150));
                    }
                }

                at += Math.Max(1, cell.Span);
            }
        }

        return longest + 200;
    }

    private static string Tw(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
