using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// A recorded vote printed as a table (ADR 0044): under "[Adopted by a recorded vote of …. The voting was as follows:" each
/// position's label ("In favour:", "Against:", "Abstaining:", 赞成：…) over — or beside — the States that voted so, set in
/// columns with no commas between them, as a PDF's text keeps them ("Albania             Belgium              Bulgaria"). Read
/// before the text's tables are looked for (such rows are no table of the resolution's) and written back as the Council's
/// running lists ("In favour: Albania, Belgium, Bulgaria, …"), which <see cref="PrintedVote"/> reads. A name a column wraps
/// ("United Kingdom of Great Britain" over "and Northern Ireland") is joined back. A list parted by commas in a column beside its
/// label runs on as printed; lines that are not such a vote are returned unchanged.
/// </summary>
internal static partial class VoteColumns
{
    [GeneratedRegex(@"^\s*(?<label>In favour|Against|Abstaining|赞成|反对|弃权)\s*[:：]\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>Two spaces or more, or a tab: a gap between columns (one space parts the words of a name).</summary>
    [GeneratedRegex(@"\t+| {2,}|\u3000+")]
    private static partial Regex Gap();

    /// <summary>How many lines a vote's bracket may span.</summary>
    private const int MaxLines = 120;

    public static List<string> Join(List<string> lines, bool chinese)
    {
        var result = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var opening = lines[i].TrimStart();
            var shut = opening.StartsWith('[') && PrintedVote.OpensRecordedVote(opening[1..].TrimStart())
                ? lines.FindIndex(i, Math.Min(MaxLines, lines.Count - i), l => l.TrimEnd().EndsWith(']'))
                : -1;
            if (shut < 0 || Rewrite(lines, i, shut, chinese) is not { } rewritten)
            {
                result.Add(lines[i]);
                continue;
            }

            result.AddRange(rewritten);
            // The rows the names stood on are now on their labels' lines: blank lines keep the count of lines where they were.
            result.AddRange(Enumerable.Repeat("", shut - i + 1 - rewritten.Count));
            i = shut;
        }

        return result;
    }

    /// <summary>The vote on lines <paramref name="from"/> to <paramref name="to"/>, its lists run on; null when no list is in columns.</summary>
    private static List<string>? Rewrite(List<string> lines, int from, int to, bool chinese)
    {
        var head = new List<string>();
        var lists = new List<(string Label, List<(int Row, int Column, string Text)> Cells)>();
        for (var k = from; k <= to; k++)
        {
            var text = k == to ? lines[k].TrimEnd()[..^1] : lines[k];
            if (Label().Match(text) is { Success: true } label)
            {
                lists.Add((label.Groups["label"].Value, []));
                text = new string(' ', label.Groups["rest"].Index) + label.Groups["rest"].Value;
            }
            else if (lists.Count == 0)
            {
                head.Add(text);
                continue;
            }

            foreach (var cell in Cells(text))
            {
                lists[^1].Cells.Add((k, cell.Column, cell.Text));
            }
        }

        if (lists.Count == 0 || lists.Any(l => l.Cells.Count == 0))
        {
            return null;
        }

        var written = head.Where(h => h.Trim().Length > 0).ToList();
        foreach (var (label, cells) in lists)
        {
            // A list parted by commas ("In favour:         Algeria, Bangladesh, …" in a column beside its label) runs on as
            // printed, its lines joined; names in columns are each a name.
            var names = cells.Exists(c => c.Text.IndexOfAny([',', '、', '，']) >= 0)
                ? LineJoiner.Join(cells.Select(c => c.Text), chinese)
                : string.Join(chinese ? "、" : ", ", Names(cells));
            written.Add(chinese ? $"{label}：{names}" : $"{label}: {names}");
        }

        written[^1] += "]";
        return written;
    }

    private static IEnumerable<(int Column, string Text)> Cells(string line)
    {
        var at = 0;
        foreach (Match gap in Gap().Matches(line + "  "))
        {
            var text = line[at..Math.Min(gap.Index, line.Length)];
            if (text.Trim().Length > 0)
            {
                yield return (at + (text.Length - text.TrimStart().Length), text.Trim());
            }

            at = gap.Index + gap.Length;
        }
    }

    /// <summary>
    /// The names of one list, row by row as the eye reads them, a wrapped name's second line (it opens in lower case or with a
    /// bracket: "and Northern Ireland", "(Plurinational State of)") joined to the name above it in its column — unless the
    /// columns read down are in the alphabetical order the UN prints lists in and the rows are not: then column by column.
    /// </summary>
    private static List<string> Names(List<(int Row, int Column, string Text)> cells)
    {
        var names = new List<(int Row, int Column, string Text)>();
        foreach (var cell in cells)
        {
            var above = names.FindLastIndex(n => n.Row < cell.Row && Math.Abs(n.Column - cell.Column) <= 2);
            if (above >= 0 && (char.IsLower(cell.Text[0]) || cell.Text[0] is '(' or '（'))
            {
                names[above] = names[above] with { Text = names[above].Text + " " + cell.Text };
                continue;
            }

            names.Add(cell);
        }

        var byRows = names.Select(n => n.Text).ToList();
        var byColumns = names.OrderBy(n => ColumnOf(names, n.Column)).ThenBy(n => n.Row).Select(n => n.Text).ToList();
        return !Sorted(byRows) && Sorted(byColumns) ? byColumns : byRows;
    }

    /// <summary>The column a cell stands in: the first of the columns' starts within two characters of its own.</summary>
    private static int ColumnOf(List<(int Row, int Column, string Text)> names, int column) =>
        names.Select(n => n.Column).Where(c => Math.Abs(c - column) <= 2).Min();

    private static bool Sorted(List<string> names) =>
        names.Zip(names.Skip(1)).All(p => string.Compare(p.First, p.Second, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreNonSpace) <= 0);
}
