using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
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
            var (read, lines, headerOnly) = ReadTable(table);
            if (headerOnly && pendingCaptions.Count > 0 && read is not null)
            {
                // A table of a run that lost its last body row prints its header alone under its sub-heading (ADR 0030,
                // amendment 1): its rows are its header still, not body rows.
                read = new DraftTable(read.Rows, read.Rows.Count);
            }

            RawLines.AddRange(pendingCaptions);
            RawLines.AddRange(lines);
            if (read is not null && run is not null && pendingCaptions.Count > 0 && (TableRuns.Columns(run) is var columns && (columns == 0 ? read.Columns >= 2 : read.Columns == columns)))
            {
                // The next table of a run under sub-headings (ADR 0029, amendment 2): one table with the others.
                run.Add(new TableRuns.Part([.. pendingCaptions], read, []));
                Tables[^1] = Tables[^1] with { Table = TableRuns.Join(run), Lines = [.. Tables[^1].Lines, .. pendingCaptions, .. lines] };
            }
            else if (read is not null && pendingCaptions.Count > 0)
            {
                run = [new TableRuns.Part([.. pendingCaptions], read, [])];
                Tables.Add(new FoundTable(before!, TableRuns.Join(run), [.. pendingCaptions, .. lines]));
            }
            else
            {
                run = read is null ? null : [new TableRuns.Part([], read, [])];
                Tables.Add(new FoundTable(before!, read, lines));
            }

            pendingCaptions.Clear();
        }

        return data;
    }

    /// <summary>The sub-headings read for the next table of a run (ADR 0029, amendment 2).</summary>
    private readonly List<string> pendingCaptions = [];

    /// <summary>The tables of the run the last table read belongs to, while only its sub-headings and notes follow it.</summary>
    private List<TableRuns.Part>? run;

    /// <summary>
    /// Whether a paragraph of the body is a sub-heading or a note of a run of tables (ADR 0029, amendment 2), taken for
    /// the run rather than as a line: a sub-heading ("B. Pension Administration") right before a Word table, after a
    /// paragraph that introduces it or after a table of the run, of the run's columns; a note ("a From extrabudgetary
    /// funds.", "Abbreviations: …") right after a table of a run that has sub-headings, or after another such note.
    /// </summary>
    private bool InTableRun(Paragraph paragraph)
    {
        // (Not numbering.Marker: it counts the list's numbers as it reads them. An automatically numbered paragraph's
        // text has no "B." of its own, so it is never taken for a sub-heading.)
        if (paragraph.Parent is not Body || paragraph.ParagraphProperties?.NumberingProperties is not null)
        {
            return false;
        }

        var text = PlainText(paragraph);
        if (text.Length == 0)
        {
            return false;
        }

        var next = paragraph.ElementsAfter().FirstOrDefault(e => e is WordTable || (e is Paragraph p && PlainText(p).Length > 0));
        if (TableRuns.IsCaption(text) && next is WordTable table && pendingCaptions.Count == 0)
        {
            var columns = ColumnsOf(table);
            var opens = run is null && clean.Lines.Count > 0 && TableHolders.Introduces(clean.Lines[^1].Text)
                && paragraph.ElementsBefore().LastOrDefault(e => e is WordTable || (e is Paragraph p && PlainText(p).Length > 0)) is Paragraph;
            if ((run is not null && (TableRuns.Columns(run) is var known && (known == 0 ? columns >= 2 : columns == known))) || (opens && columns >= 2))
            {
                pendingCaptions.Add(text);
                return true;
            }
        }

        if (run is null && pendingCaptions.Count == 0 && TableRuns.IsCaption(text) && next is Paragraph && clean.Lines.Count > 0
            && TableHolders.Introduces(clean.Lines[^1].Text)
            && paragraph.ElementsBefore().LastOrDefault(e => e is WordTable || (e is Paragraph p && PlainText(p).Length > 0)) is Paragraph
            && EmptiedBeforeATable(paragraph, text))
        {
            // The sub-heading of a run's first table emptied to no rows, neither header nor body (ADR 0030, amendment 4): the
            // next sub-heading, lettered after it (its notes between), heads a Word table; the run begins here, empty.
            run = [new TableRuns.Part([text], new DraftTable([]), [])];
            RawLines.Add(text);
            Tables.Add(new FoundTable(clean.Lines[^1].Text, TableRuns.Join(run), [text]));
            return true;
        }

        if (run is not null && pendingCaptions.Count == 0 && TableRuns.IsCaption(text) && next is not WordTable && Tables[^1].Table is not null
            && TableRuns.LastCaption(run) is { } last && TableRuns.Follows(text, last) && !IsTextsOwnHeading(paragraph, text, last, next))
        {
            // A sub-heading lettered after the run's last (its table emptied to no rows: ADR 0030, amendments 1 and 4), before
            // its notes, the next sub-heading or the end of the run: an empty table of the run, not a line of text.
            run.Add(new TableRuns.Part([text], new DraftTable([]), []));
            RawLines.Add(text);
            Tables[^1] = Tables[^1] with { Table = TableRuns.Join(run), Lines = [.. Tables[^1].Lines, text] };
            return true;
        }

        if (run is not null && pendingCaptions.Count == 0 && run.Any(p => p.Captions.Count > 0) && TableRuns.IsCaption(text)
            && next is Paragraph following && TableRuns.IsCaption(PlainText(following)) && Tables[^1].Table is not null
            && following.ElementsAfter().FirstOrDefault(e => e is WordTable || (e is Paragraph p && PlainText(p).Length > 0)) is WordTable after
            && ColumnsOf(after) == TableRuns.Columns(run))
        {
            // A sub-heading over a table of the run with no rows left (no header, no body: ADR 0030, amendment 1), right
            // before the next sub-heading of the run: an empty table of the run, not a line of text.
            run.Add(new TableRuns.Part([text], new DraftTable([]), []));
            RawLines.Add(text);
            Tables[^1] = Tables[^1] with { Table = TableRuns.Join(run), Lines = [.. Tables[^1].Lines, text] };
            return true;
        }

        if (run is not null && pendingCaptions.Count == 0 && (run.Any(p => p.Captions.Count > 0) || TableRuns.IsCaption(NextText(next)))
            && TableRuns.IsNote(text) && !TableRuns.IsCaption(text) && Tables[^1].Table is not null)
        {
            // The note keeps its raised letter (ADR 0035): "{sup}a{/sup} From extrabudgetary funds.".
            text = RaisedText(paragraph);
            run[^1] = run[^1] with { Notes = [.. run[^1].Notes, text] };
            RawLines.Add(text);
            Tables[^1] = Tables[^1] with { Table = TableRuns.Join(run), Lines = [.. Tables[^1].Lines, text] };
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the sub-heading <paramref name="text"/> heads an emptied first table of a run: after it, each sub-heading
    /// lettered after the one before (notes between them allowed), the last right before a Word table of two or more columns.
    /// </summary>
    private static bool EmptiedBeforeATable(Paragraph paragraph, string text)
    {
        var previous = text;
        foreach (var element in paragraph.ElementsAfter().Where(e => e is WordTable || (e is Paragraph p && PlainText(p).Length > 0)))
        {
            if (element is WordTable table)
            {
                return previous != text && ColumnsOf(table) >= 2;
            }

            var line = PlainText((Paragraph)element);
            if (TableRuns.Follows(line, previous))
            {
                previous = line;
            }
            else if (!TableRuns.IsNote(line) || TableRuns.IsCaption(line))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line <paramref name="text"/>, lettered after the run's last sub-heading, is the resolution's own heading
    /// (ADR 0030, amendment 5): our Word file says it by the paragraph's style (a section's heading or a table's sub-heading);
    /// any other file as the text does, by what follows and the text's own lettered heading before the run, the doubt listed
    /// where only the letters told (amendment 6).
    /// </summary>
    private bool IsTextsOwnHeading(Paragraph paragraph, string text, string lastCaption, OpenXmlElement? next)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (style == Export.StyleIds.SectionHeading || style == Export.StyleIds.TableHeading)
        {
            return style == Export.StyleIds.SectionHeading;
        }

        var headingBefore = clean.Lines.Select(l => l.Text).LastOrDefault(TableRuns.IsCaption);
        var following = next is Paragraph p ? PlainText(p) : null;
        var textsOwn = TableRuns.IsTextsOwnHeading(text, headingBefore, following);
        if (TableRuns.IsInDoubt(text, following))
        {
            // Only the letters told (ADR 0030, amendment 6): the reading stands and the preview says the other.
            Tables[^1] = Tables[^1] with { Doubts = [.. Tables[^1].Doubts, TableRuns.Doubt(text, textsOwn, Tables[^1].LineBefore, lastCaption, headingBefore)] };
        }

        return textsOwn;
    }

    /// <summary>A line of text read outside a run ends the run.</summary>
    private void EndTableRun() => run = null;

    private static string NextText(OpenXmlElement? element) => element is Paragraph p ? PlainText(p) : "";

    private static string PlainText(Paragraph paragraph) =>
        TextChars.Clean(string.Concat(paragraph.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text t when !t.Ancestors<DeletedRun>().Any() => t.Text,
            TabChar => " ",
            _ => "",
        }))).Trim();

    /// <summary><see cref="PlainText"/> with the raised letters of runs set superscript as raised marks.</summary>
    private string RaisedText(Paragraph paragraph) =>
        TextChars.Clean(string.Concat(paragraph.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text t when !t.Ancestors<DeletedRun>().Any() =>
                t.Parent is Run run && raising.IsRaisedLetters(run, t.Text) ? InlineItalics.Raise(t.Text) : t.Text,
            TabChar => " ",
            _ => "",
        }))).Trim();

    private static int ColumnsOf(WordTable table) =>
        table.Elements<WordTableRow>().Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>()
            .Sum(c => (int?)c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)).DefaultIfEmpty(0).Max();

    private (DraftTable? Table, List<string> Lines, bool HeaderOnly) ReadTable(WordTable table)
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
        return (result?.Problem() is null ? result : null, lines, rows.Count > 0 && header == rows.Count);
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
