using System.Text;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Where quoted words occur in a paragraph, as a reader finds them: whole words only in scripts
/// written with spaces ("the" is not found inside "other"), anywhere in Chinese. The wording
/// counts occurrences with it and the applier finds places with it, so what the wording calls
/// unique is what the applier finds once.
/// </summary>
internal static class TextMatches
{
    /// <summary>Every start of <paramref name="key"/> in <paramref name="text"/>, overlapping ones included.</summary>
    public static List<int> Find(string text, string key)
    {
        var starts = new List<int>();
        if (key.Length == 0)
        {
            return starts;
        }

        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            if (IsWholeWords(text, at, at + key.Length))
            {
                starts.Add(at);
            }
        }

        return starts;
    }

    /// <summary>No word written with spaces is cut at either end of text[start..end].</summary>
    public static bool IsWholeWords(string text, int start, int end) =>
        !(start > 0 && start < text.Length && IsWordChar(text[start - 1]) && IsWordChar(text[start]))
        && !(end > 0 && end < text.Length && IsWordChar(text[end - 1]) && IsWordChar(text[end]));

    /// <summary>A letter or digit of a script written with spaces; Chinese characters stand alone.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsUnspaced(c);

    /// <summary>True when the text holds a letter, digit or Chinese character: something a reader can quote.</summary>
    public static bool HasWords(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnspaced(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF');
}
