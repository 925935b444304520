using System.Buffers;
using System.Globalization;
using System.Text;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Splits text into the tokens a diff works on, so a change reads in units a reader thinks in:
/// words, whitespace runs and punctuation marks for scripts written with spaces (numbers such as
/// "2030", "70/1", "3.5" and "1,000" stay whole); one character for Chinese, Japanese, Thai and
/// other scripts written without spaces. A token never splits a surrogate pair or a grapheme
/// (a letter and its accents, an emoji sequence), so every token boundary is a safe cut.
/// </summary>
internal static class TextTokenizer
{
    /// <summary>The tokens of the whole text.</summary>
    public static TokenText Tokens(string text) => Tokens(text, 0, text.Length);

    /// <summary>
    /// The tokens of <c>text[start..end]</c> as offsets into <paramref name="text"/>: the start of
    /// each token, then <paramref name="end"/>. Nothing outside the range is looked at.
    /// </summary>
    public static TokenText Tokens(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);

        // Chinese text is mostly one token per character: room for that, filled without checks.
        var starts = new int[span.Length + 1];
        var count = 0;
        var i = 0;
        while (i < span.Length)
        {
            starts[count++] = start + i;
            var c = span[i];

            // Fast paths for the common cases: a Han character, an ASCII word.
            if (c is >= '\u4E00' and <= '\u9FFF' && (i + 1 == span.Length || StandsAlone(span[i + 1])))
            {
                i++;
                continue;
            }

            if (c < 0x80 && AsciiKinds[c] == CharKind.Word)
            {
                var j = i + 1;
                while (j < span.Length && span[j] < 0x80 && AsciiKinds[span[j]] == CharKind.Word)
                {
                    j++;
                }

                if (j == span.Length || span[j] is < (char)0x80 and not ('.' or ',' or '/' or ':' or '\''))
                {
                    i = j;
                    continue;
                }
            }

            i += TokenLength(span, i);
        }

        starts[count++] = end;
        return new TokenText(text, starts, count);
    }

    /// <summary>
    /// True when <paramref name="next"/> cannot attach to the character before it (it is no
    /// combining mark, variation selector or joiner), so a Han character before it is a token.
    /// </summary>
    public static bool StandsAlone(char next) =>
        next < 0x300 || next is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u3029') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>The tokens themselves; for tests and for people.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = Tokens(text);
        var result = new string[tokens.Count];
        for (var t = 0; t < result.Length; t++)
        {
            result[t] = tokens.Token(t);
        }

        return result;
    }

    private static int TokenLength(ReadOnlySpan<char> text, int start)
    {
        var (kind, length) = Classify(text, start);
        return kind switch
        {
            CharKind.Space => RunLength(text, start, CharKind.Space),
            CharKind.Word => WordLength(text, start),
            CharKind.Unspaced => length + AttachedMarksLength(text, start + length),
            _ => OtherLength(text, start, length),
        };
    }

    private static int RunLength(ReadOnlySpan<char> text, int start, CharKind kind)
    {
        var i = start;
        while (i < text.Length)
        {
            var (k, length) = Classify(text, i);
            if (k != kind)
            {
                break;
            }

            i += length;
        }

        return i - start;
    }

    private static int WordLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var (k, length) = Classify(text, i);
            if (k == CharKind.Word)
            {
                i += length;
                continue;
            }

            // "70/1", "3.5", "1,000", "10:30" are one number; "Court's" and "Court’s" one word.
            if (i + 1 < text.Length && i > start && Joins(text[i - 1], text[i], text[i + 1]))
            {
                i += 2;
                continue;
            }

            break;
        }

        return i - start;
    }

    private static bool Joins(char before, char joiner, char after) => joiner switch
    {
        '.' or ',' or '/' or ':' => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
        '\'' or '’' => char.IsLetter(before) && char.IsLetter(after),
        _ => false,
    };

    /// <summary>Punctuation, symbols and emoji: one grapheme each.</summary>
    private static int OtherLength(ReadOnlySpan<char> text, int start, int codePointLength)
    {
        var next = start + codePointLength;
        if (codePointLength == 1 && (next >= text.Length || !MayExtend(text[next])))
        {
            return 1;
        }

        // Emoji sequences (ZWJ, skin tones, flags, keycaps) and combining marks: let .NET's
        // grapheme rules decide, which is slower, so only here.
        return Math.Max(codePointLength, StringInfo.GetNextTextElementLength(text[start..]));
    }

    private static bool MayExtend(char c) =>
        c >= 0x300 && (char.IsSurrogate(c) || c is '\u200D' or (>= '\uFE00' and <= '\uFE0F') || IsMark(CharUnicodeInfo.GetUnicodeCategory(c)));

    /// <summary>Combining marks and variation selectors after a character written without spaces.</summary>
    private static int AttachedMarksLength(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] >= 0x300)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                break;
            }

            if (!IsMark(Rune.GetUnicodeCategory(rune)) && rune.Value != 0x200D)
            {
                break;
            }

            i += consumed;
        }

        return i - at;
    }

    private static (CharKind Kind, int Length) Classify(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return (AsciiKinds[c], 1);
        }

        if (!char.IsSurrogate(c))
        {
            return (KindOf(c, CharUnicodeInfo.GetUnicodeCategory(c)), 1);
        }

        // A lone surrogate is kept as its own token: never glued to a neighbour, never split.
        if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done)
        {
            return (CharKind.Other, 1);
        }

        return (KindOf(rune.Value, Rune.GetUnicodeCategory(rune)), consumed);
    }

    private static CharKind KindOf(int codePoint, UnicodeCategory category)
    {
        if (IsUnspaced(codePoint))
        {
            return category is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                ? CharKind.Unspaced
                : KindOfSpaced(codePoint, category);
        }

        return KindOfSpaced(codePoint, category);
    }

    private static CharKind KindOfSpaced(int codePoint, UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharKind.Space,
        UnicodeCategory.Control when codePoint is '\t' or '\n' or '\r' or '\v' or '\f' or 0x85 => CharKind.Space,
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Word,
        // Zero-width (non-)joiners live inside Arabic and Indic words.
        UnicodeCategory.Format when codePoint is 0x200C or 0x200D => CharKind.Word,
        _ => CharKind.Other,
    };

    /// <summary>Scripts written without spaces between words, where the character is the unit.</summary>
    private static bool IsUnspaced(int cp) =>
        cp is (>= 0x0E00 and <= 0x0EFF) // Thai, Lao
            or (>= 0x1000 and <= 0x109F) // Myanmar
            or (>= 0x1780 and <= 0x17FF) // Khmer
            or (>= 0x2E80 and <= 0x2FDF) // CJK radicals, Kangxi radicals
            or (>= 0x3005 and <= 0x3007) // 々 〆 〇
            or (>= 0x3021 and <= 0x3029) // Hangzhou numerals
            or (>= 0x3040 and <= 0x312F) // Hiragana, Katakana, Bopomofo
            or (>= 0x31A0 and <= 0x31FF) // Bopomofo extended, Katakana extensions
            or (>= 0x3400 and <= 0x4DBF) // CJK Extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK Unified Ideographs
            or (>= 0xA000 and <= 0xA4CF) // Yi
            or (>= 0xF900 and <= 0xFAFF) // CJK Compatibility Ideographs
            or (>= 0xFF66 and <= 0xFF9F) // half-width Katakana
            or (>= 0x1B000 and <= 0x1B16F) // Kana supplement
            or (>= 0x20000 and <= 0x3FFFF); // CJK Extensions B to I and compatibility supplement

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static readonly CharKind[] AsciiKinds = BuildAsciiKinds();

    private static CharKind[] BuildAsciiKinds()
    {
        var kinds = new CharKind[0x80];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = KindOfSpaced(c, CharUnicodeInfo.GetUnicodeCategory((char)c));
        }

        return kinds;
    }

    private enum CharKind : byte
    {
        Other,
        Space,
        Word,
        Unspaced,
    }
}
