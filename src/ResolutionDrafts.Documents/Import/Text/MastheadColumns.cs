using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// A masthead line printed in two columns: "General Assembly      Distr.: Limited", "158th session      4 February 2026", as a
/// layout-preserving extractor gives a PDF's first page (runs of six spaces or more), or as Word and text pasted from it
/// separate them (tabs). Each cell is read as a line of its own, knowing its column: a date in the right column is the date
/// of issue, never the session's place and dates, and a cell the masthead reader finds no place for is listed by the preview
/// rather than hidden behind the cell read beside it (docs/import.md, "Front matter").
/// </summary>
internal static partial class MastheadColumns
{
    /// <summary>Lines a masthead may take at the top of a text: columns are looked for no further down.</summary>
    public const int MaxLines = 25;

    [GeneratedRegex(@"(?<=\S) {6,}(?=\S)")]
    private static partial Regex SpacedGap();

    [GeneratedRegex(@"(?<=\S)[ \u00A0]*\t[ \t\u00A0]*(?=\S)")]
    private static partial Regex TabGap();

    /// <summary>A line set far to the right on its own: the right column of a layout-preserving extract ("            7 October 2025").</summary>
    [GeneratedRegex(@"^ {20,}\S")]
    private static partial Regex FarRight();

    /// <summary>The cells of a line whose columns a layout-preserving extractor separated by six spaces or more, or null.</summary>
    public static string[]? SpacedCells(string line) => Cells(line.Trim(), SpacedGap());

    /// <summary>
    /// The cells of a line whose columns are separated by tabs, or null: not a paragraph's number or letter and its text
    /// ("1.\tDecides …", "(a)\tto …"), which Word separates by a tab too.
    /// </summary>
    public static string[]? TabbedCells(string line)
    {
        var trimmed = line.Trim();
        var cells = Cells(trimmed, TabGap());
        return cells is null || Numbered(cells[0] + " " + cells[1]) ? null : cells;
    }

    /// <summary>A line standing alone far to the right, where the masthead's right column is printed: its column is the second.</summary>
    public static bool StandsRight(string line) => FarRight().IsMatch(line);

    /// <summary>
    /// Whether lines read so far may still be the masthead: nothing yet that only a resolution's body has — an author line's
    /// closing comma ("The General Assembly,", "大会，"), a paragraph's number, or the rule over footnotes.
    /// </summary>
    public static bool EndsMasthead(string line)
    {
        var t = line.Trim();
        return t.EndsWith(',') || t.EndsWith('，') || Furniture.IsRule(t) || Numbered(t);
    }

    private static bool Numbered(string line) => Marker.Read(line).Kind != MarkerKind.None || Marker.ReadOther(line).Kind != MarkerKind.None;

    private static string[]? Cells(string trimmed, Regex gap)
    {
        if (!gap.IsMatch(trimmed))
        {
            return null;
        }

        var cells = gap.Split(trimmed).Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        return cells.Length >= 2 ? cells : null;
    }
}
