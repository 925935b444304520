using System.Text;
using ResolutionDrafts.Domain.Drafts;

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
        var words = FootnoteReferences.Pattern().Replace(InlineItalics.Strip(text), "");
        var result = new StringBuilder(words.Length);
        var space = false;
        foreach (var read in words)
        {
            if (char.IsWhiteSpace(read))
            {
                space = true;
                continue;
            }

            var c = read is '\u2010' or '\u2011' ? '-' : read;
            if (space && result.Length > 0 && !IsCjk(result[^1]) && !IsCjk(c))
            {
                result.Append(' ');
            }

            space = false;
            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Han characters and CJK punctuation (the ideographic space and full-width forms included).</summary>
    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
