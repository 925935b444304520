using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Whether a paragraph's text so far is complete: UN paragraphs end with fixed punctuation
/// (preambular ",", operative ";" and "." and ":" before sub-paragraphs), so a line that ends
/// elsewhere continues on the next line, whatever blank lines or page breaks stand between.
/// </summary>
internal static partial class Closers
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "para", "paras", "sect", "sects", "chap", "chaps", "no", "nos", "vol", "vols", "art", "arts", "p", "pp",
        "rev", "add", "corr", "mr", "ms", "mrs", "dr", "st", "fig", "op", "cf", "i.e", "e.g", "viz", "approx", "suppl",
    };

    [GeneratedRegex(@"(?:\s*\[\^\d+\])+\s*$")]
    private static partial Regex TrailingMarkedRefs();

    [GeneratedRegex(@"(?<=[,;:.，；：。”’)»》])\s?\d{1,3}\s*$")]
    private static partial Regex TrailingPrintedRef();

    /// <summary>Raised figures at the end, as a text copied with its superscripts has its references ("regime;¹").</summary>
    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}\s*$")]
    private static partial Regex TrailingRaisedRef();

    [GeneratedRegex(@"[;；]\s*(?:and|or|和|或|以及)$")]
    private static partial Regex ListConjunction();

    [GeneratedRegex(@"([\p{L}.]+)\.$")]
    private static partial Regex LastWordBeforeStop();

    /// <summary>The text without the footnote references at its end ("Council,1" → "Council,").</summary>
    public static string WithoutTrailingRefs(string text)
    {
        // Invisible marks a file may leave after the punctuation (a left-to-right mark, a zero-width space) end nothing.
        var t = TrailingMarkedRefs().Replace(text.TrimEnd().TrimEnd('\u200E', '\u200F', '\u200B', '\uFEFF', '\u2060').TrimEnd(), "");
        return TrailingPrintedRef().Replace(TrailingRaisedRef().Replace(t, ""), "").TrimEnd();
    }

    /// <summary>True when the text ends a paragraph: "," and "，" count only for preambular paragraphs.</summary>
    public static bool IsClosed(string text, bool preambular)
    {
        var t = WithoutTrailingRefs(text);
        if (t.Length == 0)
        {
            return false;
        }

        if (ListConjunction().IsMatch(t))
        {
            return true;
        }

        // A closing quotation mark or bracket closes what stands before it: "reading: “…;”".
        while (t.Length > 1 && t[^1] is '”' or '’' or '"' or '»' or '」' or '』' or '）' or ')' && IsPunctuationBefore(t))
        {
            t = t[..^1];
        }

        return t[^1] switch
        {
            '.' => !EndsWithAbbreviation(t),
            '。' or ';' or '；' or ':' or '：' or '!' or '?' or '！' or '？' => true,
            ',' or '，' => preambular,
            _ => false,
        };
    }

    /// <summary>True when the text ends a sentence, as every footnote does.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd('”', '’', '"', ')', '）');
        return t.Length > 0 && (t[^1] == '。' || (t[^1] == '.' && !EndsWithAbbreviation(t)));
    }

    private static bool IsPunctuationBefore(string t) => t[^2] is '.' or '。' or ';' or '；' or ':' or '：' or ',' or '，';

    private static bool EndsWithAbbreviation(string t)
    {
        var match = LastWordBeforeStop().Match(t);
        if (!match.Success)
        {
            return false;
        }

        var word = match.Groups[1].Value;
        return word.Length == 1 || Abbreviations.Contains(word);
    }
}
