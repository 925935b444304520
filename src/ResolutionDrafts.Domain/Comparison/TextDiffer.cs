using System.Text;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Diffs two texts on language-aware tokens (<see cref="TextTokenizer"/>): the common ends are
/// trimmed, Myers' diff (<see cref="MyersDiff"/>) runs on the tokens in between (clause by clause
/// first for long texts, <see cref="ClauseDiff"/>), and a semantic clean-up
/// (<see cref="SemanticCleanup"/>) turns a sprinkle of small edits into whole-phrase deletions and
/// insertions. Pure and thread-safe; see docs/decisions/0004-comparison-diff-engine.md.
/// </summary>
public static class TextDiffer
{
    /// <summary>
    /// Old × new characters left after trimming the common ends above which the text is first
    /// diffed clause by clause (about 2,000 × 2,000): long texts cost little, and every paragraph
    /// of a normal resolution gets a plain token diff.
    /// </summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<TextSegment> Diff(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new TextSegment(DiffOperation.Equal, oldText)];
        }

        if (oldText.Length == 0 || newText.Length == 0)
        {
            return [oldText.Length == 0 ? new TextSegment(DiffOperation.Insert, newText) : new TextSegment(DiffOperation.Delete, oldText)];
        }

        // Most of a revised paragraph is unchanged: skip the common ends before tokenizing, cut
        // where both texts certainly have a token boundary.
        var (prefix, suffix) = CommonEnds(oldText, newText);
        int oldEnd = oldText.Length - suffix, newEnd = newText.Length - suffix;
        var raw = new SegmentBuilder();
        raw.Equal(0, prefix);
        DiffRange(oldText, prefix, oldEnd, newText, prefix, newEnd, raw, Pass.Lines);
        raw.Equal(oldEnd, oldText.Length);
        return SemanticCleanup.Apply(raw.Pieces, oldText, newText);
    }

    /// <summary>
    /// Diffs a range of each text: token by token when small enough, else line by line, then
    /// clause by clause, each pass handing only its changed runs to the next.
    /// </summary>
    private static void DiffRange(string oldText, int oldStart, int oldEnd, string newText, int newStart, int newEnd, SegmentBuilder raw, Pass pass)
    {
        if (pass == Pass.Tokens || (long)(oldEnd - oldStart) * (newEnd - newStart) <= MaxCells)
        {
            TokenDiff.Run(TextTokenizer.Tokens(oldText, oldStart, oldEnd), TextTokenizer.Tokens(newText, newStart, newEnd), raw);
            return;
        }

        ClauseDiff.Run(oldText, oldStart, oldEnd, newText, newStart, newEnd, lines: pass == Pass.Lines, raw, (aStart, aEnd, bStart, bEnd) =>
            DiffRange(oldText, aStart, aEnd, newText, bStart, bEnd, raw, pass + 1));
    }

    /// <summary>
    /// Lengths of a common prefix and suffix that end on a sure token boundary (after a Han
    /// character or a space), so tokenizing what lies between gives the same tokens as
    /// tokenizing the whole texts.
    /// </summary>
    private static (int Prefix, int Suffix) CommonEnds(string oldText, string newText)
    {
        var same = oldText.AsSpan().CommonPrefixLength(newText);
        var prefix = 0;
        for (var i = same - 1; i > 0; i--)
        {
            if (IsSureBoundary(oldText, i))
            {
                prefix = i;
                break;
            }
        }

        var maxSuffix = Math.Min(oldText.Length, newText.Length) - prefix;
        var sameEnd = 0;
        while (sameEnd < maxSuffix && oldText[^(sameEnd + 1)] == newText[^(sameEnd + 1)])
        {
            sameEnd++;
        }

        for (var t = sameEnd - 1; t > 0; t--)
        {
            if (IsSureBoundary(oldText, oldText.Length - t))
            {
                return (prefix, t);
            }
        }

        return (prefix, 0);
    }

    /// <summary>Any tokenization breaks between text[at - 1] and text[at].</summary>
    private static bool IsSureBoundary(string text, int at)
    {
        var before = text[at - 1];
        var next = text[at];
        return before is (>= '\u4E00' and <= '\u9FFF') ? TextTokenizer.StandsAlone(next)
            : before == ' ' && next is > ' ' and < (char)0x300;
    }

    /// <summary>The old text: Equal and Delete segments, in order.</summary>
    public static string OldText(IEnumerable<TextSegment> segments) => Join(segments, DiffOperation.Delete);

    /// <summary>The new text: Equal and Insert segments, in order.</summary>
    public static string NewText(IEnumerable<TextSegment> segments) => Join(segments, DiffOperation.Insert);

    /// <summary>True when any segment is an insertion or deletion.</summary>
    public static bool HasChanges(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Operation != DiffOperation.Equal)
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(IEnumerable<TextSegment> segments, DiffOperation keep)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Operation == DiffOperation.Equal || segment.Operation == keep)
            {
                text.Append(segment.Text);
            }
        }

        return text.ToString();
    }

    private enum Pass
    {
        Lines,
        Clauses,
        Tokens,
    }
}
