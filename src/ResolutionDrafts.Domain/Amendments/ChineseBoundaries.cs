namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Rough word boundaries in Chinese, which is written without spaces: between a Chinese
/// character and anything else, and around a few one-character function words (的, 和, 向 …)
/// that seldom belong to a longer word. It is a heuristic, not a segmenter: it keeps quotations
/// from starting or ending in the middle of most words (“请秘书长”, not “请”), and anchors are
/// otherwise made long enough (<see cref="MinAnchorCharacters"/>) to read as a phrase.
/// </summary>
internal static class ChineseBoundaries
{
    /// <summary>An anchor that does not start (or end) at a boundary has at least this many characters.</summary>
    public const int MinAnchorCharacters = 4;

    /// <summary>A change is widened to a boundary only this far, so a long run without one is not quoted whole.</summary>
    public const int MaxWiden = 4;

    private const string FunctionCharacters = "的和与及并或向对为在将以于等之";

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>False only between two Chinese characters that may belong to one word.</summary>
    public static bool IsBoundary(char before, char after) =>
        !(IsHan(before) && IsHan(after))
        || FunctionCharacters.Contains(before, StringComparison.Ordinal)
        || FunctionCharacters.Contains(after, StringComparison.Ordinal);

    /// <summary>True when text[at] starts a quotation without cutting a word (or the text begins there).</summary>
    public static bool IsBoundaryAt(string text, int at) => at <= 0 || at >= text.Length || IsBoundary(text[at - 1], text[at]);

    public static int HanCount(string text) => text.Count(IsHan);
}
