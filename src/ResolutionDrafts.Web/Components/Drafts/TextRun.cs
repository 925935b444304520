using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>A piece of paragraph text as the page prints it: plain, italic (the opening phrase) or a footnote mark.</summary>
public sealed record TextRun(string Text, bool Italic, int? Footnote)
{
    /// <summary>Splits text into runs, with the first <paramref name="italicLength"/> characters in italics.</summary>
    public static IReadOnlyList<TextRun> Split(string text, int italicLength)
    {
        var runs = new List<TextRun>();
        foreach (var piece in FootnoteReferences.Split(text))
        {
            if (piece.Footnote is { } number)
            {
                runs.Add(new TextRun(number.ToString(System.Globalization.CultureInfo.InvariantCulture), false, number));
                continue;
            }

            var italicEnd = Math.Clamp(italicLength - piece.Start, 0, piece.Text.Length);
            if (italicEnd > 0)
            {
                runs.Add(new TextRun(piece.Text[..italicEnd], true, null));
            }

            if (italicEnd < piece.Text.Length)
            {
                runs.Add(new TextRun(piece.Text[italicEnd..], false, null));
            }
        }

        return runs;
    }
}
