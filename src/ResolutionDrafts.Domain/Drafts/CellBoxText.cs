using System.Text;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A table cell's text as its one-line edit box shows it, and the way back (ADR 0035). A cell is set whole when its box
/// loses focus, so the page maps the whole text: the box shows a raised letter in the raised character Unicode has
/// ("Conversionᵃ"), and shows no mark syntax; what it cannot show (italics, a raised letter with no raised character)
/// is kept on the characters the edit left alone. Text typed between two characters in italics (or raised) is in
/// italics (raised) too, as typing between marks is (ADR 0015); elsewhere it is plain. A modifier letter typed after a
/// word is a note letter (<see cref="NoteLetters"/>). Footnote references stay written as <c>[^N]</c>.
/// </summary>
public static class CellBoxText
{
    /// <summary>The text the box shows for a cell's <paramref name="model"/> text.</summary>
    public static string Show(string model) => InlineItalics.Strip(model);

    /// <summary>
    /// The cell's new model text for what the box holds now (<paramref name="typed"/>), read against the text it showed
    /// (<paramref name="model"/>); <paramref name="note"/> for a table's note, whose letter opens it.
    /// </summary>
    public static string Read(string typed, string model, bool note = false)
    {
        if (string.Equals(typed, Show(model), StringComparison.Ordinal))
        {
            return model;
        }

        var old = Characters(model);
        var shown = string.Concat(old.Select(c => c.Shown));
        var prefix = 0;
        while (prefix < shown.Length && prefix < typed.Length && shown[prefix] == typed[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shown.Length - prefix && suffix < typed.Length - prefix && shown[^(suffix + 1)] == typed[^(suffix + 1)])
        {
            suffix++;
        }

        var chars = new List<(char Model, bool Italic, bool Raised)>(typed.Length);
        chars.AddRange(old.Take(prefix).Select(c => (c.Model, c.Italic, c.Raised)));
        var (before, after) = (prefix > 0 ? old[prefix - 1] : (Cell?)null, suffix > 0 ? old[^suffix] : (Cell?)null);
        var italic = before?.Italic == true && after?.Italic == true;
        var raised = before?.Raised == true && after?.Raised == true;
        chars.AddRange(typed[prefix..^suffix].Select(c => (c, italic, raised)));
        chars.AddRange(old.Skip(old.Count - suffix).Select(c => (c.Model, c.Italic, c.Raised)));

        var text = new StringBuilder(typed.Length + 16);
        foreach (var (c, i, r) in chars)
        {
            text.Append(i ? InlineItalics.Open : "").Append(r ? InlineItalics.RaisedOpen : "").Append(c)
                .Append(r ? InlineItalics.RaisedClose : "").Append(i ? InlineItalics.Close : "");
        }

        var read = InlineItalics.Normalise(text.ToString()).Trim();
        return note ? NoteLetters.AtNoteStart(read) : NoteLetters.InCell(read);
    }

    private readonly record struct Cell(char Model, char Shown, bool Italic, bool Raised);

    private static List<Cell> Characters(string model)
    {
        var cells = new List<Cell>(model.Length);
        foreach (var run in InlineItalics.Runs(model))
        {
            var shown = run.Shown;
            for (var k = 0; k < run.Text.Length; k++)
            {
                cells.Add(new Cell(run.Text[k], shown[k], run.Italic, run.Raised));
            }
        }

        return cells;
    }
}
