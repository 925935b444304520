using System.Text;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A table's note letters as text brings them (ADR 0035): a PDF's or a web page's copy prints the raised letter of a
/// note as a modifier letter ("Conversionᵃ", and the note "ᵃ From extrabudgetary funds."). In a table, a run of
/// modifier letters glued after a word of a cell, or standing alone at the start of a note, is that raised letter: it
/// becomes a raised mark over the letters it stands for. Raised figures are not letters: where one stands for a
/// footnote reference ADR 0032 reads it, and "m²" stays a character.
/// </summary>
public static class NoteLetters
{
    // Note letters run one to three ("ᵃ", "ᵃᵇ"); a longer run is a word someone wrote raised, left as typed.
    private const int MostLetters = 3;

    /// <summary>The table with its cells' and notes' note letters read as raised marks; the same table when none is.</summary>
    public static DraftTable InTable(DraftTable table)
    {
        var changed = false;
        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => c with { Text = row.Kind == TableRowKind.Note ? AtNoteStart(c.Text) : InCell(c.Text) }).ToList();
            changed |= !cells.SequenceEqual(row.Cells);
            rows.Add(row with { Cells = cells });
        }

        return changed ? table.WithRows(rows, table.HeaderRows) : table;
    }

    /// <summary>
    /// A cell's text with each run of modifier letters glued after a word raised ("Conversionᵃ" → "Conversion{sup}a{/sup}",
    /// "员额ᵃ由" → "员额{sup}a{/sup}由"): after anything but a space (a figure too: "for 2022ᵇ"), ending the word as in running
    /// text (<see cref="EndsAWord"/>).
    /// </summary>
    public static string InCell(string text) => RaiseRuns(text, (text, i, run) =>
        !char.IsWhiteSpace(text[i - 1]) && RaisedCharacters.LowerLetter(text[i - 1]) is null && EndsAWord(text, i + run));

    /// <summary>
    /// Running text (a paragraph, a footnote) with each run of modifier letters that is plainly a note letter raised (ADR 0035
    /// amendment 1): one to three, glued after a word ("Officersᵃ", "员额ᵃ", "(A/76/7)ᵃ"), with no letter or figure after
    /// them but a Chinese character ("员额ᵃ由"). Left as characters: modifier letters inside a word ("kʰa"), after a figure (an ordinal "1ˢᵗ", "2ᵉ", a unit),
    /// after a space or an opening bracket or quotation mark, and longer runs.
    /// </summary>
    public static string InText(string text) => RaiseRuns(text, (text, i, run) => GluedToAWord(text[i - 1]) && EndsAWord(text, i + run));

    /// <summary>
    /// The text with each run of one to <see cref="MostLetters"/> modifier letters, not at the start, that
    /// <paramref name="isNoteLetter"/> (text, where the run starts, its length) takes for a note letter, raised.
    /// </summary>
    private static string RaiseRuns(string text, Func<string, int, int, bool> isNoteLetter)
    {
        if (!HasModifierLetter(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 12);
        var i = 0;
        while (i < text.Length)
        {
            var run = RunAt(text, i);
            if (run is > 0 and <= MostLetters && i > 0 && isNoteLetter(text, i, run))
            {
                result.Append(InlineItalics.Raise(Lowered(text, i, run)));
                i += run;
                continue;
            }

            result.Append(text, i, Math.Max(run, 1));
            i += Math.Max(run, 1);
        }

        return result.ToString();
    }

    // What a note letter ends a word with, in a cell as in running text: the end of the text, no letter or figure after it
    // ("Officersᵃ,"), or a Chinese character — Chinese runs its words together, so a letter between two characters ("员额ᵃ由")
    // is no part of a Latin word, where one before a Latin letter is ("kʰa").
    private static bool EndsAWord(string text, int end) =>
        end == text.Length || !char.IsLetterOrDigit(text[end]) || Amendments.ChineseBoundaries.IsHan(text[end]);

    // What a note letter follows in running text: a word's last letter, a closing bracket or quotation mark, a full stop or
    // a comma, the end of a mark ("{/i}"); not a space, a figure (an ordinal, a unit), an opening bracket or quotation mark.
    private static bool GluedToAWord(char before) =>
        !char.IsWhiteSpace(before) && !char.IsDigit(before) && RaisedCharacters.LowerLetter(before) is null
        && char.GetUnicodeCategory(before) is not (System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.InitialQuotePunctuation)
        && before is not ('"' or '\'' or '/' or '-');

    /// <summary>A note's text with the modifier letters it opens with raised ("ᵃ From …" → "{sup}a{/sup} From …").</summary>
    public static string AtNoteStart(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var run = RunAt(text, start);
        return run is > 0 and <= MostLetters && (start + run == text.Length || char.IsWhiteSpace(text[start + run]))
            ? string.Concat(text.AsSpan(0, start), InlineItalics.Raise(Lowered(text, start, run)), text.AsSpan(start + run))
            : text;
    }

    private static bool HasModifierLetter(string text)
    {
        foreach (var c in text)
        {
            if (RaisedCharacters.LowerLetter(c) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static int RunAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && RaisedCharacters.LowerLetter(text[end]) is not null)
        {
            end++;
        }

        return end - at;
    }

    private static string Lowered(string text, int at, int length) =>
        string.Concat(text.Substring(at, length).Select(c => RaisedCharacters.LowerLetter(c)!.Value));
}
