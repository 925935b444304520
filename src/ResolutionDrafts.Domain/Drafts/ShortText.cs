using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The one rule for a short, one-line field (symbol, title, author line, masthead fields, sponsor
/// names, headings, people's names): bounded in length, whole characters, and no invisible controls.
/// Line breaks, NUL and the other control characters, and the bidirectional overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), would let a field read differently from what it holds — a symbol
/// that shows reversed in the drafts list, a title that breaks a line in a page heading — so live
/// changes are refused (<see cref="Problem"/>) and imported text is cleaned (<see cref="Clean"/>).
/// </summary>
public static class ShortText
{
    /// <summary>Why <paramref name="text"/> cannot be the field named <paramref name="what"/> ("The symbol"), or null.</summary>
    public static string? Problem(string? text, string what, int maxLength = DraftLimits.MaxShortTextLength)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return $"{what} can have at most {maxLength:N0} characters.";
        }

        if (Utf16.FirstLoneSurrogate(text) >= 0)
        {
            return $"{what} has half of a character (a lone surrogate).";
        }

        var at = FirstInvisibleControl(text);
        return at < 0 ? null
            : $"{what} has an invisible control character (U+{(int)text[at]:X4}) at position {at + 1}; a one-line field holds no line breaks, tabs or direction controls.";
    }

    /// <summary>The index of the first control or direction-override character, or -1.</summary>
    public static int FirstInvisibleControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisibleControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> as a one-line field: italic marks dropped, line breaks and tabs become
    /// spaces, other controls and direction overrides are dropped, runs of spaces fold to one, ends trimmed.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // A one-line field has no italics of its own (ADR 0015): marks an importer read are dropped.
        text = InlineItalics.Strip(text);
        if (FirstInvisibleControl(text) < 0)
        {
            return text.Trim();
        }

        var cleaned = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t' or '\u2028' or '\u2029' or '\v' or '\f')
            {
                if (cleaned.Length > 0 && cleaned[^1] != ' ')
                {
                    cleaned.Append(' ');
                }
            }
            else if (!IsInvisibleControl(c))
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString().Trim();
    }

    private static bool IsInvisibleControl(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
}
