using System.Text;
using ResolutionDrafts.Domain.Drafts;

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

    /// <summary>
    /// Every occurrence of <paramref name="key"/> as a reader finds it: its words (italic marks left out)
    /// among the words of the text as it reads, so a quotation that a mark alone makes unique is not taken
    /// for unique (ADR 0023). For each, where <paramref name="key"/>, marks included, starts in the text; an
    /// occurrence whose marks differ from the key's is there to be counted, at the place its words start.
    /// </summary>
    public static List<int> FindAsRead(string text, string key)
    {
        if (!InlineItalics.HasMarks(text) && !InlineItalics.HasMarks(key))
        {
            return Find(text, key);
        }

        var words = InlineItalics.Strip(key).Trim();
        var (reading, at) = (new StringBuilder(text.Length), new List<int>(text.Length));
        foreach (var run in InlineItalics.Runs(text))
        {
            reading.Append(run.Shown);
            at.AddRange(Enumerable.Range(run.Start, run.Text.Length));
        }

        var starts = new List<int>();
        foreach (var r in Find(reading.ToString(), words))
        {
            // The key may open with a mark or a space before its first word: it starts up to its length earlier.
            var first = at[r];
            var start = first;
            for (var p = first; p >= Math.Max(0, first - key.Length); p--)
            {
                if (p + key.Length <= text.Length && string.CompareOrdinal(text, p, key, 0, key.Length) == 0)
                {
                    start = p;
                    break;
                }
            }

            starts.Add(start);
        }

        return starts;
    }

    /// <summary>No word written with spaces is cut at either end of text[start..end].</summary>
    public static bool IsWholeWords(string text, int start, int end) => !IsInsideWord(text, start) && !IsInsideWord(text, end);

    /// <summary>
    /// True when the place between text[at - 1] and text[at] is inside a word written with
    /// spaces, counting "eighty-first", "Court's", "73/152", "3.5" and "1,000" as one word, as the
    /// comparison's tokenizer does.
    /// </summary>
    public static bool IsInsideWord(string text, int at)
    {
        if (at <= 0 || at >= text.Length)
        {
            return false;
        }

        // An italic mark (ADR 0015) is one thing: never cut inside it.
        if (text[at - 1] is '{' or 'i' or '/' && InlineItalics.IsInsideMark(text, at))
        {
            return true;
        }

        var (before, after) = (text[at - 1], text[at]);
        return (IsWordChar(before) && IsWordChar(after))
            || (IsJoiner(after, text[at - 1], at + 1 < text.Length ? text[at + 1] : ' '))
            || (at >= 2 && IsJoiner(before, text[at - 2], after));
    }

    /// <summary>A letter or digit of a script written with spaces; Chinese characters stand alone.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsUnspaced(c);

    /// <summary>True when the text holds a letter, digit or Chinese character: something a reader can quote.</summary>
    public static bool HasWords(string text)
    {
        // The "i" of an italic mark is no word.
        foreach (var rune in InlineItalics.Strip(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hyphen or apostrophe between letters, or a . , / : between digits.</summary>
    private static bool IsJoiner(char c, char before, char after) => c switch
    {
        '-' or '\'' or '’' => IsWordChar(before) && IsWordChar(after),
        '.' or ',' or '/' or ':' => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
        _ => false,
    };

    private static bool IsUnspaced(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF');
}
