using System.Globalization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// What the similarity of two paragraphs is measured on: the set of pairs of neighbouring words
/// (English and other scripts written with spaces: "of the", "the charter") or of neighbouring
/// characters (Chinese: "联合", "合国"), each as a 32-bit hash, sorted. Case, punctuation,
/// footnote markers ([^3]) and italic marks ({i}, {/i}) do not count. Pairs rather than single words make word order matter:
/// the same vocabulary in another order shares few pairs, while a paragraph with a few words
/// changed keeps most of its pairs.
/// </summary>
public static class Shingles
{
    /// <summary>
    /// The sorted, distinct shingle hashes of a text. A text of one word gives that word's hash, which
    /// no paragraph's pairs hold: a similarity search needs two words (exact phrases serve single ones).
    /// </summary>
    public static int[] Of(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        if (tokens.Count == 1)
        {
            return [(int)tokens[0]];
        }

        var set = new HashSet<int>(tokens.Count);
        for (var i = 1; i < tokens.Count; i++)
        {
            set.Add((int)Mix(tokens[i - 1], tokens[i]));
        }

        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>
    /// The shingles every paragraph holding <paramref name="phrase"/> word for word must have: its
    /// pairs, less those with a first or last word the phrase may have cut ("ted Nations" can stand
    /// for "United Nations"). Han characters are never cut.
    /// </summary>
    public static int[] Inside(string phrase)
    {
        var tokens = Tokens(phrase);
        // A phrase cut inside a word ("ter of the Unit", "/35号决议" of "75/35号决议": a joiner '/' or '-' and what
        // follows is the tail of a word) has a first and last token that may be a piece of one.
        var first = phrase.Length > 0 && (IsWordPart(phrase[0]) || (IsJoiner(phrase[0]) && phrase.Length > 1 && IsWordPart(phrase[1]))) ? 1 : 0;
        var last = phrase.Length > 0 && (IsWordPart(phrase[^1]) || (IsJoiner(phrase[^1]) && phrase.Length > 1 && IsWordPart(phrase[^2]))) ? tokens.Count - 2 : tokens.Count - 1;
        var set = new HashSet<int>();
        for (var i = first + 1; i <= last; i++)
        {
            set.Add((int)Mix(tokens[i - 1], tokens[i]));
        }

        return set.ToArray();
    }

    /// <summary>How many values two sorted arrays share.</summary>
    public static int Shared(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>True when the text is mostly Chinese (Han characters outnumber Latin letters).</summary>
    public static bool LooksChinese(string text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
        }

        return han > latin;
    }

    /// <summary>Word tokens (lower-cased) and Han characters, as stable FNV-1a hashes, in text order.</summary>
    private static List<uint> Tokens(string text)
    {
        var tokens = new List<uint>(text.Length / 4);
        var hash = Offset;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            // A non-breaking hyphen (as the UN prints "non‑intervention") is the hyphen a person types.
            var c = text[i] is '\u2010' or '\u2011' ? '-' : text[i];
            if (c == '[' && i + 1 < text.Length && text[i + 1] == '^')
            {
                // A footnote marker [^12]: not words of the paragraph.
                var close = text.IndexOf(']', i);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }

            if (c == '{' && InlineItalics.MarkLengthAt(text, i) is var mark and > 0)
            {
                // An italic mark {i} or {/i} (ADR 0015, in the text of resolutions adopted in the app): not a word "i".
                i += mark - 1;
                continue;
            }

            if (IsHan(c))
            {
                End(ref inWord, ref hash, tokens);
                tokens.Add(Step(Offset, c));
            }
            else if (char.IsLetterOrDigit(c) || (inWord && c is '/' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                hash = Step(hash, char.ToLower(c, CultureInfo.InvariantCulture));
                inWord = true;
            }
            else
            {
                End(ref inWord, ref hash, tokens);
            }
        }

        End(ref inWord, ref hash, tokens);
        return tokens;
    }

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) && !IsHan(c);

    private static bool IsJoiner(char c) => c is '/' or '-' or '\u2010' or '\u2011';

    private static void End(ref bool inWord, ref uint hash, List<uint> tokens)
    {
        if (inWord)
        {
            tokens.Add(hash);
        }

        inWord = false;
        hash = Offset;
    }

    private const uint Offset = 2166136261;

    private static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    private static uint Mix(uint a, uint b)
    {
        var x = (((ulong)a << 32) | b) * 0x9E3779B97F4A7C15UL;
        return (uint)(x >> 32) ^ (uint)x;
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
