using System.Globalization;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// How a draft numbers its operative paragraphs (ADR 0038): the UN's "1.", "2." — stored as nothing — or another body's
/// "(1)", "(2)" (the World Health Assembly's, other bodies') or "1)", "2)", stored in
/// <see cref="Drafts.DraftMetadata.OperativeNumbering"/> as its first marker. Only the printed marker follows it: labels
/// ("OP3") and wordings ("operative paragraph 3") name a paragraph by its place, which every numbering says alike.
/// </summary>
public static class OperativeNumbering
{
    /// <summary>The UN's: "1.", "2.".</summary>
    public const string Un = "1.";

    /// <summary>"(1)", "(2)".</summary>
    public const string Parenthesised = "(1)";

    /// <summary>"1)", "2)".</summary>
    public const string ClosingParenthesis = "1)";

    /// <summary>Every numbering, each named by its first marker, the UN's first: the masthead form's choices.</summary>
    public static IReadOnlyList<string> All { get; } = [Un, Parenthesised, ClosingParenthesis];

    /// <summary>The <paramref name="n"/>th operative paragraph's marker in <paramref name="numbering"/> (null or unknown: the UN's "n.").</summary>
    public static string Marker(string? numbering, int n)
    {
        var number = n.ToString(CultureInfo.InvariantCulture);
        return numbering switch
        {
            Parenthesised => "(" + number + ")",
            ClosingParenthesis => number + ")",
            _ => number + ".",
        };
    }

    /// <summary>
    /// The numbering a printed marker belongs to, whatever its number: "(3)" and "（3）" → "(1)", "3)" → "1)", "3." → "1."; null
    /// when the marker is no operative number.
    /// </summary>
    public static string? StyleOf(string? marker)
    {
        if (string.IsNullOrWhiteSpace(marker))
        {
            return null;
        }

        var m = marker.Trim().Replace('（', '(').Replace('）', ')');
        var open = m.StartsWith('(');
        var digits = m.TrimStart('(').TrimEnd(')', '.');
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return (open, m[^1]) switch
        {
            (true, ')') => Parenthesised,
            (false, ')') => ClosingParenthesis,
            (false, '.') => Un,
            _ => null,
        };
    }

    /// <summary>
    /// Reads a numbering as stored or typed ("(1)", "1)", "（1）"; blank or "1." the UN's, <paramref name="numbering"/> null);
    /// false with the reason when it names none.
    /// </summary>
    public static bool TryParse(string? text, out string? numbering, out string? problem)
    {
        numbering = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var style = StyleOf(text) is { } s && text.Trim().Trim('(', ')', '（', '）', '.') == "1" ? s : null;
        if (style is null)
        {
            problem = $"The operative numbering \"{text.Trim()}\" is not one of {string.Join(", ", All.Select(a => "\"" + a + "\""))}.";
            return false;
        }

        numbering = style == Un ? null : style;
        return true;
    }

    /// <summary>The numbering a draft's metadata stores; null (the UN's) when it stores none or one that cannot be read.</summary>
    public static string? From(Drafts.DraftMetadata? metadata) =>
        TryParse(metadata?.OperativeNumbering, out var numbering, out _) ? numbering : null;

    /// <summary>A numbering written out for a person: "(1), (2), (3) …".</summary>
    public static string Described(string? numbering) => $"{Marker(numbering, 1)}, {Marker(numbering, 2)}, {Marker(numbering, 3)} …";
}
