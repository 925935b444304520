using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>
/// A piece of paragraph text as the page prints it: plain, italic (the computed opening phrase, or
/// <see cref="Inline"/> italics set in the text, ADR 0015) or a footnote mark; <see cref="Raised"/> when the text
/// raises it (a table's note letter, ADR 0035).
/// </summary>
public sealed record TextRun(string Text, bool Italic, int? Footnote, bool Inline = false, bool Raised = false)
{
    /// <summary>Splits text into runs, with the first <paramref name="italicLength"/> characters in italics and the text's own italics.</summary>
    public static IReadOnlyList<TextRun> Split(string text, int italicLength)
    {
        var runs = new List<TextRun>();
        foreach (var stretch in InlineItalics.Runs(text))
        {
            foreach (var piece in FootnoteReferences.Split(stretch.Text))
            {
                if (piece.Footnote is { } number)
                {
                    runs.Add(new TextRun(number.ToString(System.Globalization.CultureInfo.InvariantCulture), false, number));
                    continue;
                }

                var start = stretch.Start + piece.Start;
                var italicEnd = Math.Clamp(italicLength - start, 0, piece.Text.Length);
                if (italicEnd > 0)
                {
                    runs.Add(new TextRun(piece.Text[..italicEnd], true, null, stretch.Italic, stretch.Raised));
                }

                if (italicEnd < piece.Text.Length)
                {
                    runs.Add(new TextRun(piece.Text[italicEnd..], stretch.Italic, null, stretch.Italic, stretch.Raised));
                }
            }
        }

        return runs;
    }
}
