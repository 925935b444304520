using System.Text;

namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// What "the same words" means for an exact phrase: the text without its footnote references
/// (<c>[^3]</c>) and italic marks (<c>{i}</c>, <c>{/i}</c>, ADR 0015), which sit between words but
/// are not words; any run of spaces (a no-break space too) as one space, and none beside a Chinese
/// character or punctuation mark, where spacing is typography, not words ("联合国 会员国" is
/// "联合国会员国"); a non-breaking hyphen as a hyphen. The paragraph and the phrase are read alike,
/// so "Convention on the Rights of the Child[^1] and" holds "Child and", and a phrase typed across
/// a mark or an italic title finds the paragraph. Case is left to the comparison.
/// </summary>
public static class PhraseText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (MarkAt(text, i) is var mark and > 0)
            {
                i += mark - 1;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            c = c is '\u2010' or '\u2011' ? '-' : c;
            if (space && result.Length > 0 && !IsCjk(result[^1]) && !IsCjk(c))
            {
                result.Append(' ');
            }

            space = false;
            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Whether <see cref="Normalize"/> changes the text (most paragraphs it does not: they are compared as they are).</summary>
    public static bool NeedsNormalizing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !string.Equals(Normalize(text), text, StringComparison.Ordinal);
    }

    /// <summary>The length of the footnote reference or italic mark at <paramref name="i"/>, or 0.</summary>
    internal static int MarkAt(string text, int i)
    {
        if (text[i] == '{')
        {
            return string.CompareOrdinal(text, i, "{i}", 0, 3) == 0 ? 3
                : string.CompareOrdinal(text, i, "{/i}", 0, 4) == 0 ? 4
                : 0;
        }

        if (text[i] == '[' && i + 2 < text.Length && text[i + 1] == '^')
        {
            var j = i + 2;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            return j > i + 2 && j < text.Length && text[j] == ']' ? j - i + 1 : 0;
        }

        return 0;
    }

    /// <summary>Han characters and CJK punctuation (the ideographic space and full-width forms included).</summary>
    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
