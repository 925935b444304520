using System.Globalization;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// How a draft numbers its operative paragraphs (ADR 0038): the UN's "1.", "2." — stored as nothing — or another body's
/// "(1)", "(2)" (the World Health Assembly's, other bodies'), "1)", "2)", "(a)", "(b)" or "I.", "II." (ADR 0038 amendment 1), stored in
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

    /// <summary>
    /// "(a)", "(b)" … "(z)", "(aa)": a text that letters its operative paragraphs (the UNHCR Executive Committee's conclusions,
    /// "(a) Notes …; (b) Welcomes …"; ADR 0038 amendment 1). The UN's own "(a)" is its first sub-level, never this.
    /// </summary>
    public const string Lettered = "(a)";

    /// <summary>"I.", "II.", "III.": a text that numbers its operative paragraphs in Roman (the UN's "I." heads a section, never this).</summary>
    public const string Roman = "I.";

    /// <summary>Every numbering, each named by its first marker, the UN's first: the masthead form's choices.</summary>
    public static IReadOnlyList<string> All { get; } = [Un, Parenthesised, ClosingParenthesis, Lettered, Roman];

    /// <summary>The <paramref name="n"/>th operative paragraph's marker in <paramref name="numbering"/> (null or unknown: the UN's "n.").</summary>
    public static string Marker(string? numbering, int n)
    {
        var number = n.ToString(CultureInfo.InvariantCulture);
        return numbering switch
        {
            Parenthesised => "(" + number + ")",
            ClosingParenthesis => number + ")",
            Lettered => "(" + ParagraphLabels.Letters(n) + ")",
            Roman => ParagraphLabels.Roman(n).ToUpperInvariant() + ".",
            _ => number + ".",
        };
    }

    /// <summary>
    /// The numbering a printed marker belongs to, whatever its number: "(3)" and "（3）" → "(1)", "3)" → "1)", "3." → "1.",
    /// "(c)" → "(a)", "IV." → "I."; null when the marker is no operative number. "(i)" is the ninth letter here: an operative
    /// numbering in Roman is "I.", never "(i)".
    /// </summary>
    public static string? StyleOf(string? marker) => Read(marker)?.Style;

    /// <summary>The number a printed marker gives in its numbering: "(3)" → 3, "(c)" → 3, "IV." → 4, "(aa)" → 27; null when it is none.</summary>
    public static int? NumberOf(string? marker) => Read(marker)?.Number;

    private static (string Style, int Number)? Read(string? marker)
    {
        if (string.IsNullOrWhiteSpace(marker))
        {
            return null;
        }

        var m = marker.Trim().Replace('（', '(').Replace('）', ')');
        if (m.Length >= 3 && m[0] == '(' && m[^1] == ')' && m[1..^1] is var letters && letters.All(char.IsAsciiLetterLower)
            && letters.All(c => c == letters[0]) && letters.Length <= 8)
        {
            return (Lettered, ((letters.Length - 1) * 26) + (letters[0] - 'a') + 1);
        }

        if (m.Length >= 2 && m[^1] == '.' && m[..^1] is var numeral && numeral.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C')
            && RomanValue(numeral) is { } roman)
        {
            return (Roman, roman);
        }

        return DigitsStyle(m) is { } style ? (style, int.Parse(m.Trim('(', ')', '.'), NumberStyles.None, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>A Roman numeral written as <see cref="ParagraphLabels.Roman"/> writes it ("IV", not "IIII"), up to 399; else null.</summary>
    private static int? RomanValue(string numeral)
    {
        for (var n = 1; n < 400; n++)
        {
            if (string.Equals(ParagraphLabels.Roman(n), numeral, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return null;
    }

    private static string? DigitsStyle(string m)
    {
        var open = m.StartsWith('(');
        var digits = m.TrimStart('(').TrimEnd(')', '.');
        if (digits.Length == 0 || digits.Length > 4 || digits[0] == '0' || !digits.All(char.IsAsciiDigit))
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
    /// Reads a numbering as stored or typed ("(1)", "1)", "（1）", "(a)", "I."; blank or "1." the UN's, <paramref name="numbering"/> null);
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

        var style = Read(text) is { Number: 1 } first ? first.Style : null;
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
