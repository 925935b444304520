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

    /// <summary>The superscript digits ⁰ to ⁹, by value.</summary>
    public const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// A text as plain text prints its footnote references: each <c>[^N]</c> as N in superscript digits
    /// ("Council,[^1]" → "Council,¹"), as a copy of a printed document reads. Amendments quote words so.
    /// </summary>
    public static string AsSuperscript(string text) =>
        Pattern().Replace(text, m => string.Concat(m.Groups[1].Value.Select(d => SuperscriptDigits[d - '0'])));

    /// <summary>The footnote number of a text that is one footnote reference and nothing else but spaces ("[^9]"); null otherwise.</summary>
    public static int? OnlyReference(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var match = Pattern().Match(trimmed);
        return match.Success && match.Index == 0 && match.Length == trimmed.Length
            ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The footnote numbers a text refers to, in order of first reference.</summary>
    public static IEnumerable<int> NumbersIn(string text) =>
        Split(text).Where(p => p.Footnote is not null).Select(p => p.Footnote!.Value).Distinct();
}
