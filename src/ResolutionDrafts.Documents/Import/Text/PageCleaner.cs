using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Removes what PDF extraction leaves from the page: headers and footers (the symbol, job numbers,
/// page numbers, barcodes, a running title between them), link URLs, and the footnote block after
/// the "____" rule at each page end, whose entries become the document's footnotes.
/// </summary>
internal static partial class PageCleaner
{
    private const int Blank = 0, Content = 1, Removed = 2, Rule = 3;

    /// <summary>A footnote entry: its number typed ("1 Resolution 70/1.") or raised as printed ("¹ Resolution 70/1.", "¹Resolution").</summary>
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})\s+|(?<r>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*)(?<t>\S.*)$")]
    private static partial Regex FootnoteEntry();

    /// <summary>The number of an entry <see cref="FootnoteEntry"/> matched, typed or raised.</summary>
    private static int EntryNumber(Match entry) => entry.Groups["r"].Success
        ? ResolutionDrafts.Domain.Drafts.FootnoteReferences.RaisedValue(entry.Groups["r"].ValueSpan)
        : int.TryParse(entry.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) ? n : -1;

    [GeneratedRegex(@"^(?<s>\*{1,3})\s*(?<t>\S.*)$")]
    private static partial Regex StarEntry();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultipleSpaces();

    public static CleanText Clean(string text, bool chinese)
    {
        var lines = Flattening.Unflatten(SplitLines(text, out var columns), chinese, out var flattened);
        var kinds = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            kinds[i] = line.Length == 0 ? Blank
                : Furniture.IsRule(line) ? Rule
                : Furniture.IsPageMark(line) || Furniture.IsUrl(line) ? Removed
                : Content;
        }

        MarkHeaders(lines, kinds);

        // Text with a paragraph per line (copied from a web page or Word) has no hard wraps to undo.
        // A PDF line is at most a page wide (about 110 characters); longer lines are whole paragraphs.
        var content = kinds.Count(k => k == Content);
        var longLines = lines.Where((l, i) => kinds[i] == Content && l.Text.Length > 200).Count();
        var whole = !flattened && longLines >= 2 && longLines * 10 >= content;
        var clean = new CleanText();
        var lastFootnote = 0;
        bool blankBefore = false, pageBreak = false;
        int contentLines = 0, followedByBlank = 0, gaps = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            switch (kinds[i])
            {
                case Blank:
                    blankBefore = true;
                    break;
                case Removed:
                    blankBefore = pageBreak = true;
                    break;
                case Rule:
                    i = ReadFootnotes(lines, kinds, i + 1, chinese, clean, ref lastFootnote) - 1;
                    blankBefore = pageBreak = true;
                    break;
                default:
                    contentLines++;
                    gaps += blankBefore && !pageBreak ? 1 : 0;
                    followedByBlank += i + 1 < lines.Count && kinds[i + 1] == Blank ? 1 : 0;
                    clean.Lines.Add(new SourceLine(lines[i].Text, lines[i].Indented || flattened, blankBefore || flattened, pageBreak, whole, Column: flattened ? 0 : columns[i]));
                    blankBefore = pageBreak = false;
                    break;
            }
        }

        // Blank lines tell paragraphs apart only when some lines have them and not every line does.
        clean.BlankLinesMeaningful = !flattened && (contentLines < 4 || (gaps > 0 && followedByBlank < contentLines * 0.75));
        return clean;
    }

    /// <summary>The lines of the text; beside each, in <paramref name="columns"/>, the masthead column it stood in (0: none).</summary>
    private static List<(string Text, bool Indented)> SplitLines(string text, out List<int> columns)
    {
        var result = new List<(string, bool)>();
        columns = [];
        var first = true;
        var masthead = true;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            var rawLine = range.ToString();
            var line = TextChars.Clean(rawLine);
            if (first && line.StartsWith("# source:", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue;
            }

            first = false;
            var indented = line.Length > 0 && line[0] == ' ';
            // A layout-preserving extractor prints the masthead's two columns on one line; text pasted from Word separates
            // them by tabs (looked for only above the author line: further down a tab parts a footnote's number from its text).
            var cells = result.Count < MastheadColumns.MaxLines
                ? MastheadColumns.SpacedCells(line) ?? (masthead ? MastheadColumns.TabbedCells(rawLine)?.Select(c => TextChars.Clean(c).Trim()).ToArray() : null)
                : null;
            masthead &= !MastheadColumns.EndsMasthead(line);
            if (cells is not null)
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    result.Add((cells[c], indented));
                    columns.Add(c + 1);
                }

                continue;
            }

            var trimmed = MultipleSpaces().Replace(line.Trim(), " ");
            result.Add((trimmed, trimmed.Length > 0 && indented));
            // A line alone far to the right stands in the masthead's right column ("      7 October 2025").
            columns.Add(result.Count <= MastheadColumns.MaxLines && MastheadColumns.StandsRight(line) ? 2 : 0);
        }

        return result;
    }

    /// <summary>
    /// The document symbol repeats alone in every page header; the first time, in the masthead, it
    /// is content. A running title between the header's symbol and its job or page number goes too.
    /// </summary>
    private static void MarkHeaders(List<(string Text, bool Indented)> lines, int[] kinds)
    {
        var symbols = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == Content && Furniture.IsSymbol(lines[i].Text))
            {
                symbols[lines[i].Text] = symbols.GetValueOrDefault(lines[i].Text) + 1;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (kinds[i] != Content || !symbols.TryGetValue(line, out var count) || (count < 2 && i > 40))
            {
                continue;
            }

            if (seen.Add(line) && i <= 40)
            {
                continue; // the masthead
            }

            kinds[i] = Removed;
            var between = 0;
            for (var k = i + 1; k < Math.Min(lines.Count, i + 7) && between <= 3; k++)
            {
                between += kinds[k] == Content ? 1 : 0;
                if (kinds[k] == Removed && Furniture.IsPageMark(lines[k].Text))
                {
                    for (var j = i + 1; j < k; j++)
                    {
                        kinds[j] = kinds[j] == Content && lines[j].Text.Length < 140 && Marker.Read(lines[j].Text).Kind == MarkerKind.None ? Removed : kinds[j];
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the lines type their footnotes as a PDF's text has them: a rule, then (after blank lines)
    /// an entry "1 Resolution 70/1." whose number is the first footnote's (1, or a later part's first).
    /// </summary>
    public static bool HasTypedFootnotes(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Furniture.IsRule(lines[i].Trim()))
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && lines[next].Trim().Length == 0)
            {
                next++;
            }

            if (next < lines.Count && FootnoteEntry().Match(lines[next].Trim()) is { Success: true } entry && EntryNumber(entry) >= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the footnote entries after a rule; returns the index of the first line after them.</summary>
    private static int ReadFootnotes(List<(string Text, bool Indented)> lines, int[] kinds, int from, bool chinese, CleanText clean, ref int last)
    {
        var i = from;
        while (i < lines.Count && kinds[i] == Blank)
        {
            i++;
        }

        StringBuilder? entry = null;
        int? number = null;
        string? star = null;
        for (; i < lines.Count; i++)
        {
            if (kinds[i] == Blank)
            {
                continue;
            }

            if (kinds[i] != Content)
            {
                break;
            }

            var line = lines[i].Text;
            var numbered = FootnoteEntry().Match(line);
            var starred = StarEntry().Match(line);
            if (numbered.Success && EntryNumber(numbered) is var n and >= 0 && (n == last + 1 || (entry is null && n > last && (n <= last + 5 || last == 0))))
            {
                Store(clean, number, star, entry, chinese);
                (number, star, entry, last) = (n, null, new StringBuilder(numbered.Groups["t"].Value), n);
            }
            else if (starred.Success)
            {
                Store(clean, number, star, entry, chinese);
                (number, star, entry) = (null, starred.Groups["s"].Value, new StringBuilder(starred.Groups["t"].Value));
            }
            else if (entry is null || Closers.EndsSentence(entry.ToString()))
            {
                break;
            }
            else
            {
                LineJoiner.Append(entry, line, chinese);
            }
        }

        Store(clean, number, star, entry, chinese);
        return i;
    }

    private static void Store(CleanText clean, int? number, string? star, StringBuilder? entry, bool chinese)
    {
        if (entry is null)
        {
            return;
        }

        var text = LineJoiner.Join([entry.ToString()], chinese);
        if (number is { } n)
        {
            clean.Footnotes[n] = text;
        }
        else if (star is not null)
        {
            clean.StarNotes.TryAdd(star.Length, text);
        }
    }
}
