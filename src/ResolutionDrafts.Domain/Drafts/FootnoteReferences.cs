using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>Footnote references inside a text, written <c>[^N]</c> in the draft format.</summary>
public static partial class FootnoteReferences
{
    [GeneratedRegex(@"\[\^(\d{1,4})\]", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>A piece of text: plain text, or a reference to footnote <see cref="Footnote"/> (then <see cref="Text"/> is the raw "[^N]").</summary>
    public readonly record struct Piece(int Start, string Text, int? Footnote);

    /// <summary>Splits a text into plain pieces and footnote references, in order.</summary>
    public static IEnumerable<Piece> Split(string text)
    {
        var at = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Index > at)
            {
                yield return new Piece(at, text[at..match.Index], null);
            }

            yield return new Piece(match.Index, match.Value, int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            yield return new Piece(at, text[at..], null);
        }
    }

    /// <summary>The footnote numbers a text refers to, in order of first reference.</summary>
    public static IEnumerable<int> NumbersIn(string text) =>
        Split(text).Where(p => p.Footnote is not null).Select(p => p.Footnote!.Value).Distinct();
}
