using System.Globalization;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Runs of tables under sub-headings (ADR 0029, amendment 2): 76/246's operative paragraph 27 introduces four staffing
/// tables, each under a sub-heading ("A. Secretariat of the Pension Board" … "D. Office of Internal Oversight Services"),
/// with notes printed under some ("a From extrabudgetary funds.", "Abbreviations: …"). The run is one table of the
/// paragraph: each sub-heading a caption row and each note a note row (one cell across every column), a later table's
/// header rows header rows. The text and Word readers share these rules; the AKN reader reads the UN's own markup.
/// </summary>
internal static partial class TableRuns
{
    /// <summary>One table of a run: the sub-headings above it, its rows, the notes under it.</summary>
    public sealed record Part(IReadOnlyList<string> Captions, DraftTable Table, IReadOnlyList<string> Notes);

    /// <summary>
    /// A sub-heading over a table of a run: a capital letter and a full stop, then a few words with no closing
    /// punctuation ("B. Pension Administration", "B. 养恤金行政管理局"). Strict on purpose: a run is joined only when
    /// such a line stands between tables of one column count, so no other table is read differently.
    /// </summary>
    public static bool IsCaption(string line)
    {
        var t = line.Trim();
        return t.Length is > 3 and < 200 && CaptionLine().IsMatch(t) && !Closing.Contains(t[^1]);
    }

    /// <summary>The letter of a sub-heading ('C' of "C. Office of Investment Management"), or null.</summary>
    public static char? Letter(string caption)
    {
        var t = caption.Trim();
        return t.Length > 1 && t[0] is >= 'A' and <= 'Z' && t[1] == '.' ? t[0] : null;
    }

    /// <summary>
    /// Whether <paramref name="caption"/> is lettered right after <paramref name="previous"/> ("D." after "C."): the next
    /// sub-heading of the run, so the one before heads a table with no rows left (ADR 0030, amendments 1 and 4), never one
    /// sub-heading printed over two lines.
    /// </summary>
    public static bool Follows(string caption, string previous) =>
        IsCaption(caption) && Letter(caption) is { } next && Letter(previous) is { } before && next == before + 1;

    /// <summary>
    /// Whether <paramref name="line"/>, lettered right after the run's last sub-heading and standing where the run ends, is
    /// the resolution's own heading rather than the sub-heading of a table emptied to no rows (ADR 0030, amendment 5). What
    /// follows it says so first: a note under it or the next sub-heading lettered after it keep it the run's, and so does
    /// nothing at all (a heading over nothing is no heading); a paragraph numbered 1 under it makes it the heading of a
    /// section numbered from 1 again (a table's sub-heading is followed by the paragraph after the one holding the run,
    /// numbered on). Then the text's own letters: <paramref name="headingBefore"/>, the text's last lettered heading before
    /// the run, lettered right before it ("D. Budget estimates" over the paragraph holding the run, "E. Other matters"
    /// after it). Where neither tells, it is the run's, as amendment 4 read it.
    /// </summary>
    public static bool IsTextsOwnHeading(string line, string? headingBefore, string? next)
    {
        var following = next?.Trim() ?? "";
        if (following.Length == 0 || IsNote(following) || (IsCaption(following) && Follows(following, line)))
        {
            return false;
        }

        return NumberedOne().IsMatch(following) || (headingBefore is not null && IsCaption(headingBefore) && Follows(line, headingBefore));
    }

    /// <summary>
    /// Whether <see cref="IsTextsOwnHeading"/> read <paramref name="line"/> by the letters alone, what follows it telling
    /// nothing (ADR 0030, amendment 6): a paragraph follows that is not numbered 1, and no note or next sub-heading. Both
    /// readings then stand: a table emptied is followed by the paragraph after the one holding the run, numbered on, and a
    /// heading of the text's own by the paragraph it heads. The reading is kept and the doubt said.
    /// </summary>
    public static bool IsInDoubt(string line, string? next)
    {
        var following = next?.Trim() ?? "";
        return following.Length > 0 && !IsNote(following) && !(IsCaption(following) && Follows(following, line)) && !NumberedOne().IsMatch(following);
    }

    /// <summary>The preview's warning for a line read by its letters alone (<see cref="IsInDoubt"/>), naming the reading taken and the other.</summary>
    public static string Doubt(string line, bool textsOwn, string introducing, string lastCaption, string? headingBefore)
    {
        var (clean, last) = (Short(line), Short(lastCaption));
        return textsOwn
            ? $"“{clean}” after the tables under “{Short(introducing)}” was read as the text's own heading (its letter follows the text's heading “{Short(headingBefore ?? "")}”), "
                + $"but it also follows the tables' last sub-heading “{last}”: if it is the sub-heading of a table with no rows, add that table to the run and take the heading away."
            : $"“{clean}” after the tables under “{Short(introducing)}” was read as the sub-heading of a table with no rows (its letter follows the tables' “{last}”), "
                + (headingBefore is null
                    ? "but nothing under it says so: if it is the text's own heading over the paragraph after it, delete that table and give the paragraph the heading."
                    : $"but it also follows the text's heading “{Short(headingBefore)}”: if it is the text's own heading over the paragraph after it, delete that table and give the paragraph the heading.");
    }

    private static string Short(string text)
    {
        var t = text.Trim();
        return t.Length <= 60 ? t : t[..57].TrimEnd() + "…";
    }

    /// <summary>The sub-heading of the run's last table that has one, or null.</summary>
    public static string? LastCaption(IReadOnlyList<Part> parts) => parts.LastOrDefault(p => p.Captions.Count > 0)?.Captions[^1];

    /// <summary>The columns of a run: those of its first table with rows (a table emptied has none of its own), or 0.</summary>
    public static int Columns(IReadOnlyList<Part> parts) => parts.FirstOrDefault(p => p.Table.Rows.Count > 0)?.Table.Columns ?? 0;

    /// <summary>A note under a table of a run: a note's letter or stars before its words, or a note's word ("Abbreviations:", 缩写：).</summary>
    public static bool IsNote(string line)
    {
        // A note's raised letter (ADR 0035) is read as a reader sees it, "ᵃ From …".
        var t = Domain.Drafts.InlineItalics.Strip(line).Trim();
        return t.Length is > 0 and < 1000 && NoteLine().IsMatch(t);
    }

    /// <summary>
    /// One table from the parts of a run, in printed order; null when their column counts differ. When the first part
    /// has no caption its leading header rows stay the table's header (<see cref="DraftTable.HeaderRows"/>); every other
    /// header row is a <see cref="TableRowKind.Header"/> row.
    /// </summary>
    public static DraftTable? Join(IReadOnlyList<Part> parts)
    {
        // A part with no rows (a sub-heading whose table lost every row, ADR 0030, amendment 1) has no columns of its own.
        // A first table emptied gives none (ADR 0030, amendment 4): the columns are the first table's with rows.
        var columns = Math.Max(1, Columns(parts));
        if (parts.Any(p => p.Table.Rows.Count > 0 && p.Table.Columns != columns))
        {
            return null;
        }

        var rows = new List<(IReadOnlyList<TableCell> Cells, TableRowKind Kind)>();
        var headerRows = 0;
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            if (part.Captions.Count > 0)
            {
                // A sub-heading over two lines is one caption: every caption row begins a table of the run (ADR 0030, amendment 1).
                rows.Add(([new TableCell(string.Join(" ", part.Captions.Select(c => c.Trim())), columns)], TableRowKind.Caption));
            }

            for (var r = 0; r < part.Table.Rows.Count; r++)
            {
                var header = part.Table.IsHeader(r);
                if (index == 0 && rows.Count == r && header && r < part.Table.HeaderRows)
                {
                    headerRows++;
                    rows.Add((part.Table.Rows[r].Cells, TableRowKind.Body));
                }
                else
                {
                    rows.Add((part.Table.Rows[r].Cells, header ? TableRowKind.Header : part.Table.Rows[r].Kind));
                }
            }

            rows.AddRange(part.Notes.Select(n => ((IReadOnlyList<TableCell>)[new TableCell(n.Trim(), columns)], TableRowKind.Note)));
        }

        var table = new DraftTable(
            [.. rows.Select((r, i) => new TableRow("r" + (i + 1).ToString(CultureInfo.InvariantCulture), r.Cells, r.Kind))],
            headerRows == rows.Count ? 0 : headerRows);
        return table.Problem() is null ? table : null;
    }

    private const string Closing = ".;:,。；：，";

    [GeneratedRegex(@"^[A-Z]\.\s*\S")]
    private static partial Regex CaptionLine();

    /// <summary>A paragraph numbered 1: "1. Decides …", "1.\tDecides", Chinese "1. 决定" or "1．决定".</summary>
    [GeneratedRegex(@"^1[.．](?:\s+|(?=\p{IsCJKUnifiedIdeographs}))\S")]
    private static partial Regex NumberedOne();

    [GeneratedRegex(@"^(?:[a-zᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]\s+\S|\*+\s*\S|(?:Abbreviations?|Notes?|Sources?|缩写|注|资料来源)\s*[:：])")]
    private static partial Regex NoteLine();
}
