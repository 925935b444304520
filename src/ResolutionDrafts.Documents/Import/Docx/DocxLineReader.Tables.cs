using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableRow = ResolutionDrafts.Domain.Drafts.TableRow;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Word tables a paragraph introduces (ADR 0029): a table of the body right after a paragraph that ends with a colon
/// ("… shall be as follows:"), or after the numbered paragraphs have begun, is read as a table, rows and cells, a merged cell's span, the rows marked to repeat at
/// the top of each page as its header. Any other table (a masthead laid out in one) is read as lines, as before.
/// Its rows join the raw lines tab-separated, so a Word file read as a PDF's text finds them as the text importer does.
/// </summary>
internal sealed partial class DocxLineReader
{
    private readonly Dictionary<WordTable, bool> tableKinds = [];

    /// <summary>The places in the clean lines of lines that read as a table's row (columns separated by tabs), which say nothing of how the text wraps.</summary>
    public HashSet<int> RowLines { get; } = [];

    /// <summary>The tables read, with the line before each.</summary>
    public List<FoundTable> Tables { get; } = [];

    private bool InDataTable(Paragraph paragraph)
    {
        var table = paragraph.Ancestors<WordTable>().LastOrDefault();
        if (table is null)
        {
            return false;
        }

        if (tableKinds.TryGetValue(table, out var data))
        {
            return data;
        }

        var before = clean.Lines.Count == 0 ? null : clean.Lines[^1].Text;
        // After a paragraph that introduces it, or anywhere among numbered paragraphs (a table after a paragraph's last
        // sub-paragraph); a table before any numbered paragraph (a masthead) stays lines.
        data = table.Parent is Body && before is not null
            && (TableHolders.Introduces(before) || clean.Lines.Any(l => Marker.Read(l.Text).Kind == MarkerKind.Number));
        tableKinds[table] = data;
        if (data)
        {
            var (read, lines) = ReadTable(table);
            RawLines.AddRange(lines);
            Tables.Add(new FoundTable(before!, read, lines));
        }

        return data;
    }

    private (DraftTable? Table, List<string> Lines) ReadTable(WordTable table)
    {
        var rows = new List<TableRow>();
        var lines = new List<string>();
        var header = 0;
        foreach (var row in table.Elements<WordTableRow>())
        {
            var cells = row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>()
                .Select(c => new Domain.Drafts.TableCell(CellText(c), (int?)c.TableCellProperties?.GridSpan?.Val?.Value is > 1 and var span ? Math.Min(span, DraftTable.MaxColumns) : 1))
                .ToList();
            if (cells.Count == 0 || cells.All(c => c.Text.Length == 0))
            {
                continue;
            }

            if (rows.Count == header && row.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            {
                header++;
            }

            rows.Add(new TableRow("r" + (rows.Count + 1).ToString(CultureInfo.InvariantCulture), cells));
            lines.Add(string.Join("\t", cells.SelectMany(c => Enumerable.Repeat("", c.Span - 1).Prepend(InlineItalics.Strip(c.Text)))));
        }

        var result = rows.Count == 0 ? null : new DraftTable(rows, header == rows.Count ? 0 : header);
        return (result?.Problem() is null ? result : null, lines);
    }

    private string CellText(DocumentFormat.OpenXml.Wordprocessing.TableCell cell)
    {
        var parts = new List<string>();
        foreach (var paragraph in cell.Elements<Paragraph>())
        {
            var segments = new List<StringBuilder> { new() };
            var starMark = 0;
            long starId = 0;
            Walk(paragraph, segments, ref starMark, ref starId);
            parts.AddRange(segments.Select(s => TextChars.Clean(s.ToString()).Trim()).Where(t => t.Length > 0));
        }

        return string.Join(" ", parts);
    }
}
