using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>A table met in a text or a Word file, with the text of the line printed before it, to find the paragraph it follows.</summary>
internal sealed record FoundTable(string LineBefore, DraftTable? Table, IReadOnlyList<string> Lines)
{
    /// <summary>Lines at the run's end read by their letters alone, each said as the preview's warning (ADR 0030, amendment 6).</summary>
    public IReadOnlyList<string> Doubts { get; init; } = [];
}

/// <summary>
/// Tables in text (ADR 0029): a PDF's text prints a table as lines of columns separated by tabs or runs of spaces. A
/// block of such lines right after a line that introduces it ("… as follows:") is a table when its columns are clear
/// (every row splits into the same number of columns); when they are not, its lines are kept out of the paragraphs and
/// listed as not understood, with a warning, rather than read as words of a paragraph. Once the text is read, each
/// table goes to the paragraph whose printed text ends with the line before it (<see cref="Attach"/>).
/// </summary>
internal static partial class TableText
{
    [GeneratedRegex(@"\S(?:[ ]*\t[ \t]*| {2,})\S")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Gap();

    [GeneratedRegex(@"\[\^\d+\]")]
    private static partial Regex Reference();

    /// <summary>Takes the table blocks out of <paramref name="lines"/>; returns the lines left and the blocks found.</summary>
    public static (List<string> Lines, List<FoundTable> Tables) Extract(IReadOnlyList<string> lines)
    {
        var kept = new List<string>(lines.Count);
        var tables = new List<FoundTable>();
        var masthead = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var before = LastText(kept);
            masthead &= i < Text.MastheadColumns.MaxLines && !(before is not null && Text.MastheadColumns.EndsMasthead(before));
            if (before is not null && TableHolders.Introduces(before) && TableRuns.IsCaption(lines[i]) && !IsRow(lines[i])
                && Opening(lines, i) is var (emptied, emptiedLines, caption) && NextText(lines, caption + 1) is var first && first < lines.Count && IsRow(lines[first]))
            {
                // A sub-heading over the first table of a run (ADR 0029, amendment 2): "A. Secretariat of the Pension Board";
                // before it, the sub-headings of tables emptied to no rows, each lettered before the next (ADR 0030, amendment 4).
                var firstBlock = Block(lines, first, out var firstEnd);
                if (Read(firstBlock) is { } firstTable)
                {
                    i = Run(lines, [.. emptied, new TableRuns.Part([lines[caption].Trim()], firstTable, [])], [.. emptiedLines, lines[caption], .. firstBlock], firstEnd, before, HeadingBefore(kept), tables);
                    continue;
                }
            }

            // A masthead whose columns are set apart by tabs (text pasted from Word) is no table: its cells are read one by one.
            if (before is null || !IsRow(lines[i]) || !(TableHolders.Introduces(before) || (!masthead && EvenBlockAt(lines, i))))
            {
                kept.Add(lines[i]);
                continue;
            }

            var block = Block(lines, i, out var end);
            if (TableHolders.Introduces(before) && Read(block) is { } table)
            {
                i = Run(lines, [new TableRuns.Part([], table, [])], block, end, before, HeadingBefore(kept), tables);
                continue;
            }

            i = end;
            tables.Add(new FoundTable(before, Read(block), block));
        }

        return (kept, tables);
    }

    /// <summary>
    /// The tables after the first of a run (ADR 0029, amendment 2): while notes, then a sub-heading, then rows of the same
    /// columns follow, each is a part; notes under the last table are the run's when the run has sub-headings. A table
    /// followed by none of these is found alone, as before. Returns the index of the run's last line.
    /// </summary>
    private static int Run(IReadOnlyList<string> lines, List<TableRuns.Part> parts, List<string> firstLines, int end, string before, string? headingBefore, List<FoundTable> tables)
    {
        var columns = TableRuns.Columns(parts);
        var runLines = new List<string>(firstLines);
        var doubts = new List<string>();
        while (true)
        {
            var notes = new List<string>();
            var notesEnd = end;
            var at = NextText(lines, end + 1);
            while (at < lines.Count && !IsRow(lines[at]) && TableRuns.IsNote(lines[at]) && !TableRuns.IsCaption(lines[at]))
            {
                notes.Add(lines[at]);
                notesEnd = at;
                at = NextText(lines, at + 1);
            }

            // A sub-heading may be printed over two lines; the next one lettered after it is the next table's (ADR 0030, amendment 4).
            var captions = new List<string>();
            var captionEnd = notesEnd;
            while (at < lines.Count && captions.Count < 2 && !IsRow(lines[at]) && TableRuns.IsCaption(lines[at]) && !(captions.Count == 1 && TableRuns.Follows(lines[at], captions[0])))
            {
                captions.Add(lines[at]);
                captionEnd = at;
                at = NextText(lines, at + 1);
            }

            var textsOwn = false;
            if (captions.Count == 1 && (at >= lines.Count || !IsRow(lines[at])) && TableRuns.LastCaption(parts) is { } last && TableRuns.Follows(captions[0], last))
            {
                var next = at < lines.Count ? lines[at] : null;
                textsOwn = TableRuns.IsTextsOwnHeading(captions[0], headingBefore, next);
                if (TableRuns.IsInDoubt(captions[0], next))
                {
                    // Only the letters told (ADR 0030, amendment 6): the reading stands and the preview says the other.
                    doubts.Add(TableRuns.Doubt(captions[0], textsOwn, before, last, headingBefore));
                }
            }

            if (captions.Count == 1 && !textsOwn && (at >= lines.Count || !IsRow(lines[at])) && TableRuns.LastCaption(parts) is { } lastCaption && TableRuns.Follows(captions[0], lastCaption))
            {
                // The sub-heading of a table emptied to no rows (ADR 0030, amendment 1), lettered after the run's last: its
                // notes, if any, and the next sub-heading follow it.
                parts[^1] = parts[^1] with { Notes = [.. notes.Select(n => n.Trim())] };
                parts.Add(new TableRuns.Part([captions[0].Trim()], new DraftTable([]), []));
                runLines.AddRange(notes.Concat(captions));
                end = captionEnd;
                continue;
            }

            if (captions.Count > 0 && at < lines.Count && IsRow(lines[at]))
            {
                var block = Block(lines, at, out var blockEnd);
                if (Read(block) is { } table && table.Columns == columns)
                {
                    parts[^1] = parts[^1] with { Notes = [.. notes.Select(n => n.Trim())] };
                    parts.Add(new TableRuns.Part([.. captions.Select(c => c.Trim())], table, []));
                    runLines.AddRange(notes.Concat(captions).Concat(block));
                    end = blockEnd;
                    continue;
                }
            }

            if (notes.Count > 0 && parts.Any(p => p.Captions.Count > 0))
            {
                parts[^1] = parts[^1] with { Notes = [.. notes.Select(n => n.Trim())] };
                runLines.AddRange(notes);
                end = notesEnd;
            }

            break;
        }

        var joined = parts.Count == 1 && parts[0].Captions.Count == 0 && parts[0].Notes.Count == 0 ? parts[0].Table : TableRuns.Join(parts);
        tables.Add(new FoundTable(before, joined, runLines) { Doubts = doubts });
        return end;
    }

    /// <summary>
    /// The sub-headings at <paramref name="at"/> over tables emptied to no rows, before the first table of a run with rows
    /// (ADR 0030, amendment 4): while a sub-heading is followed (after its notes, if any) by one lettered after it, it heads
    /// an empty table. Returns them, their lines and the index of the sub-heading over the first table with rows.
    /// </summary>
    private static (List<TableRuns.Part> Emptied, List<string> Lines, int Caption) Opening(IReadOnlyList<string> lines, int at)
    {
        var emptied = new List<TableRuns.Part>();
        var taken = new List<string>();
        while (true)
        {
            var next = NextText(lines, at + 1);
            var notes = new List<string>();
            while (next < lines.Count && !IsRow(lines[next]) && TableRuns.IsNote(lines[next]) && !TableRuns.IsCaption(lines[next]))
            {
                notes.Add(lines[next]);
                next = NextText(lines, next + 1);
            }

            if (next >= lines.Count || IsRow(lines[next]) || !TableRuns.Follows(lines[next], lines[at]))
            {
                return (emptied, taken, at);
            }

            emptied.Add(new TableRuns.Part([lines[at].Trim()], new DraftTable([]), [.. notes.Select(n => n.Trim())]));
            taken.AddRange([lines[at], .. notes]);
            at = next;
        }
    }

    /// <summary>The text's last lettered heading ("D. Budget estimates for 2022") among the lines read before a run, or null (ADR 0030, amendment 5).</summary>
    private static string? HeadingBefore(List<string> kept) => kept.LastOrDefault(l => TableRuns.IsCaption(l) && !IsRow(l));

    /// <summary>The index of the first line from <paramref name="at"/> with text, or the count when none.</summary>
    private static int NextText(IReadOnlyList<string> lines, int at)
    {
        while (at < lines.Count && lines[at].Trim().Length == 0)
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Rows that say they are a table without a line introducing them (a table printed after a paragraph's last
    /// sub-paragraph): two or more in a row, their columns separated by tabs, read clearly.
    /// </summary>
    private static bool EvenBlockAt(IReadOnlyList<string> lines, int at)
    {
        // Only tabs say so: a PDF's text puts runs of spaces in footnote entries ("1  Resolution S-10/2.") and job lines.
        var block = Block(lines, at, out _);
        return block.Count >= 2 && block.All(l => l.Contains('\t')) && Read(block) is not null;
    }

    /// <summary>
    /// The rows from <paramref name="at"/>: lines of columns, a single blank line between two of them skipped; once the
    /// block is tab-separated, a line with a tab is a row even with one cell of text ("Total" and empty cells).
    /// <paramref name="end"/> is the index of its last line.
    /// </summary>
    private static List<string> Block(IReadOnlyList<string> lines, int at, out int end)
    {
        var block = new List<string>();
        end = at - 1;
        for (var i = at; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                if (block.Count > 0 && i + 1 < lines.Count && IsRowIn(block, lines[i + 1]))
                {
                    continue;
                }

                break;
            }

            if (!IsRowIn(block, line))
            {
                break;
            }

            block.Add(line);
            end = i;
        }

        return block;
    }

    private static bool IsRowIn(List<string> block, string line) =>
        IsRow(line) || (block.Count > 0 && block.All(l => l.Contains('\t')) && line.Contains('\t') && Text.Marker.Read(line.Trim()).Kind == Text.MarkerKind.None);

    /// <summary>
    /// A line of two or more columns: text, a tab or a run of spaces, text; not a numbered paragraph ("1.", "(a)" and a tab
    /// before its words), whose gap follows only its number.
    /// </summary>
    public static bool IsRow(string line)
    {
        var trimmed = line.Trim();
        if (!ColumnGap().IsMatch(trimmed))
        {
            return false;
        }

        var marker = Text.Marker.Read(trimmed);
        return marker.Kind == Text.MarkerKind.None || ColumnGap().IsMatch(marker.Rest.Trim());
    }

    /// <summary>The rows of a block whose columns are clear, or null.</summary>
    public static DraftTable? Read(IReadOnlyList<string> block)
    {
        if (block.Count == 0)
        {
            return null;
        }

        List<List<string>> rows;
        if (block.All(l => l.Contains('\t')))
        {
            // Tabs say where every column is: a row may end early (its last cells empty or merged above). A leading tab
            // is an empty first cell, unless the row reads as the others do without it (an indentation pasted in).
            var usual = block.Select(l => Cells(l, leadingTabIsCell: false).Count).GroupBy(c => c).MaxBy(g => g.Count())!.Key;
            rows = [.. block.Select(l => Cells(l, leadingTabIsCell: true) is var with && with.Count == usual ? with : Cells(l, leadingTabIsCell: false))];
            var columns = rows.Max(r => r.Count);
            rows = [.. rows.Select(r => r.Concat(Enumerable.Repeat("", columns - r.Count)).ToList())];
        }
        else
        {
            // Runs of spaces: only rows of one number of columns are clear.
            rows = [.. block.Select(l => Cells(l, leadingTabIsCell: false))];
        }

        if (!Even(rows) || rows[0].Count < 2 || rows[0].Count > DraftTable.MaxColumns)
        {
            return null;
        }

        var table = DraftTable.Of(rows);
        return table.Problem() is null ? table : null;
    }

    private static bool Even(List<List<string>> rows) => rows.Count > 0 && rows.All(r => r.Count == rows[0].Count);

    private static List<string> Cells(string line, bool leadingTabIsCell)
    {
        var trimmed = leadingTabIsCell ? line.Trim(' ', '\r', '\n') : line.Trim();
        var cells = line.Contains('\t') ? trimmed.Split('\t') : Gap().Split(trimmed.Trim());
        return [.. cells.Select(c => c.Trim())];
    }

    private static string? LastText(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i].Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// Gives each table to the paragraph whose text ends with the line printed before it (by its letters: numbers, marks
    /// and spaces differ between a PDF and the draft), the paragraph's node that introduces it holding it
    /// (<see cref="TableHolders"/>). A table found nowhere, or whose columns were not clear, is left out with a warning.
    /// </summary>
    public static void Attach(ParsedDocument doc, IReadOnlyList<FoundTable> tables)
    {
        var from = 0;
        var byParagraph = new List<(ParsedNode Paragraph, List<DraftTable> Tables)>();
        foreach (var found in tables)
        {
            // The line's own number ("27.", "(a)") is not in the node's text.
            var marker = Text.Marker.Read(found.LineBefore.Trim());
            var tail = Letters(marker.Kind == Text.MarkerKind.None ? found.LineBefore : marker.Rest);
            if (found.Table is null)
            {
                doc.Warnings.Add($"{found.Lines.Count} lines after “{Short(found.LineBefore)}” look like a table whose columns are not clear; they were left out (listed as not in the draft).");
                continue;
            }

            var at = tail.Length == 0 ? -1 : doc.Paragraphs.FindIndex(from, p => Walk(p).Any(n => Letters(n.Text.ToString()).EndsWith(tail, StringComparison.Ordinal)));
            if (at < 0)
            {
                doc.Warnings.Add($"A table after “{Short(found.LineBefore)}” was left out: no paragraph ends with that line (its lines are listed as not in the draft).");
                continue;
            }

            from = at;
            doc.Warnings.AddRange(found.Doubts.Distinct(StringComparer.Ordinal));
            if (byParagraph.Count == 0 || byParagraph[^1].Paragraph != doc.Paragraphs[at])
            {
                byParagraph.Add((doc.Paragraphs[at], []));
            }

            // A PDF's copy prints a note's raised letter as a modifier letter (ADR 0035).
            byParagraph[^1].Tables.Add(NoteLetters.InTable(found.Table));
        }

        // A note under a table kept as a paragraph of its own (a table with no sub-heading: 76/239's "ᵃ Member States in
        // level H* …") opens with its raised letter, as a PDF's copy prints it: a raised letter (ADR 0035), as in a run's note.
        // A modifier letter glued after a word in running text, a paragraph's or a footnote's, is a note letter as in a
        // table's cell ("Officersᵃ"; ADR 0035 amendment 1); one inside a word or after a figure ("1ˢᵗ") stays a character.
        foreach (var node in doc.Paragraphs.SelectMany(Walk))
        {
            if (node.Text.Length > 0 && NoteLetters.InText(NoteLetters.AtNoteStart(node.Text.ToString())) is var note && note.Length != node.Text.Length)
            {
                node.Text.Clear().Append(note);
            }
        }

        foreach (var number in doc.Footnotes.Keys.ToList())
        {
            doc.Footnotes[number] = NoteLetters.InText(doc.Footnotes[number]);
        }

        foreach (var (paragraph, list) in byParagraph)
        {
            var left = TableHolders.Attach(paragraph, list);
            if (left > 0)
            {
                doc.Warnings.Add($"{left} of the tables after “{Short(paragraph.Text.ToString())}” were left out: no part of the paragraph introduces them (their lines are listed as not in the draft).");
            }
        }
    }

    /// <summary>The last 24 letters of a text, without references or italic marks.</summary>
    private static string Letters(string text)
    {
        var letters = string.Concat(Reference().Replace(InlineItalics.Strip(text), "").Where(char.IsLetter));
        return letters.Length <= 24 ? letters : letters[^24..];
    }

    private static string Short(string text)
    {
        var t = InlineItalics.Strip(text).Trim();
        return t.Length <= 60 ? t : "…" + t[^60..];
    }

    private static IEnumerable<ParsedNode> Walk(ParsedNode node) => node.Children.SelectMany(Walk).Prepend(node);
}
