using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Writes a <see cref="DocTable"/> as a Word table across the text width: thin rules, header rows
/// repeated on every page, rows kept whole on a page. Cell paragraphs keep their own styles.
/// </summary>
internal static class DocxTableWriter
{
    private const int Padding = 80;

    public static Table Table(DocTable source, PageGeometry page, Action<Paragraph, IReadOnlyList<InlinePiece>> write)
    {
        var total = source.ColumnShares.Sum();
        var widths = source.ColumnShares.Select(s => page.TextWidth * s / total).ToList();
        widths[^1] += page.TextWidth - widths.Sum();

        BorderType Rule<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" };

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Tw(page.TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    Rule<TopBorder>(), Rule<LeftBorder>(), Rule<BottomBorder>(), Rule<RightBorder>(),
                    Rule<InsideHorizontalBorder>(), Rule<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = Padding, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = Padding, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0420", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Tw(w) })));

        foreach (var row in source.Rows)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (row.IsHeader)
            {
                rowProperties.Append(new TableHeader());
            }

            var tableRow = new TableRow(rowProperties);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var cellProperties = new TableCellProperties(new TableCellWidth { Width = Tw(widths[c]), Type = TableWidthUnitValues.Dxa });
                if (row.IsHeader)
                {
                    cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
                }

                var tableCell = new TableCell(cellProperties);
                foreach (var line in cell.Paragraphs.DefaultIfEmpty(new DocParagraph(LineZone.Body, StyleIds.TableText, [])))
                {
                    var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = line.StyleId }));
                    write(paragraph, line.Pieces);
                    tableCell.Append(paragraph);
                }

                tableRow.Append(tableCell);
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static string Tw(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
