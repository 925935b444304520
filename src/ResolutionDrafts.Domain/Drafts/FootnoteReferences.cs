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

    /// <summary>Whether <paramref name="c"/> is a raised figure, a superscript digit (¹ ² ³ and U+2070, U+2074–U+2079).</summary>
    public static bool IsRaisedFigure(char c) => SuperscriptDigits.Contains(c, StringComparison.Ordinal);

    /// <summary>The value of a run of raised figures ("¹²" → 12).</summary>
    public static int RaisedValue(ReadOnlySpan<char> run)
    {
        var value = 0;
        foreach (var c in run)
        {
            value = value * 10 + SuperscriptDigits.IndexOf(c, StringComparison.Ordinal);
        }

        return value;
    }

    /// <summary>How many characters of context on each side tell where a raised figure stands.</summary>
    private const int RaisedContext = 3;

    /// <summary>
    /// A text pasted or typed in place of <paramref name="original"/> (a proposed copy, an edited paragraph) whose raised
    /// figures ("Council,¹" copied from a printed text) stand where the original's footnote references stood: each such
    /// figure IS that reference, and becomes <c>[^N]</c>. A figure is taken for footnote N only when the original refers
    /// to N more often than the new text still does, and one of those references has the same words beside it (up to
    /// three characters read before or after it, spaces, italics and other references aside) — or, when the words around
    /// it changed too, it is the text's one figure N, glued to a word or mark, for the one reference to N that is gone.
    /// So "m²" or "10⁶" beside a reference kept stay what they are. Without raised figures the text is returned as it is.
    /// </summary>
    public static string RaisedFiguresAsReferences(string original, string text)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (string.IsNullOrEmpty(text) || !text.Any(IsRaisedFigure))
        {
            return text;
        }

        var wanting = new List<(int Number, string Before, string After)>();
        var kept = Pattern().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (Match match in Pattern().Matches(original))
        {
            var number = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (!kept.Remove(number))
            {
                wanting.Add((number, ContextBefore(original, match.Index), ContextAfter(original, match.Index + match.Length)));
            }
        }

        if (wanting.Count == 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 8);
        var at = 0;
        for (var s = 0; s < text.Length; s++)
        {
            if (!IsRaisedFigure(text[s]))
            {
                continue;
            }

            var e = s;
            while (e < text.Length && IsRaisedFigure(text[e]) && e - s < 4)
            {
                e++;
            }

            var number = RaisedValue(text.AsSpan(s, e - s));
            var before = ContextBefore(text, s);
            var after = ContextAfter(text, e);
            var match = wanting.FindIndex(w => w.Number == number
                && ((before.Length > 0 && before == w.Before) || (after.Length > 0 && after == w.After)));
            if (match < 0 && s > 0 && !char.IsWhiteSpace(text[s - 1]) && !char.IsDigit(text[s - 1])
                && wanting.Count(w => w.Number == number) == 1 && Runs(text).Count(r => r == number) == 1)
            {
                // The words around it were changed too ("Protocol,¹" → "Protocols,¹"): the one figure of a note whose one
                // reference is gone, glued to a word or a mark as a reference is, is where that reference now stands.
                match = wanting.FindIndex(w => w.Number == number);
            }

            if (match >= 0)
            {
                wanting.RemoveAt(match);
                result.Append(text, at, s - at).Append("[^").Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                at = e;
            }

            s = e - 1;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The values of the runs of raised figures in a text, in order.</summary>
    private static IEnumerable<int> Runs(string text)
    {
        for (var s = 0; s < text.Length; s++)
        {
            if (IsRaisedFigure(text[s]))
            {
                var e = s;
                while (e < text.Length && IsRaisedFigure(text[e]) && e - s < 4)
                {
                    e++;
                }

                yield return RaisedValue(text.AsSpan(s, e - s));
                s = e - 1;
            }
        }
    }

    /// <summary>What a reader sees just before <paramref name="end"/>: up to three characters, spaces, marks and raised figures aside.</summary>
    private static string ContextBefore(string text, int end) => Visible(text[..end], fromEnd: true);

    private static string ContextAfter(string text, int start) => Visible(text[start..], fromEnd: false);

    private static string Visible(string text, bool fromEnd)
    {
        var letters = Pattern().Replace(InlineItalics.Strip(text), "").Where(c => !char.IsWhiteSpace(c) && !IsRaisedFigure(c)).ToArray();
        return fromEnd
            ? new string(letters[Math.Max(0, letters.Length - RaisedContext)..])
            : new string(letters[..Math.Min(letters.Length, RaisedContext)]);
    }

    /// <summary>The footnote numbers a text refers to, in order of first reference.</summary>
    public static IEnumerable<int> NumbersIn(string text) =>
        Split(text).Where(p => p.Footnote is not null).Select(p => p.Footnote!.Value).Distinct();
}
