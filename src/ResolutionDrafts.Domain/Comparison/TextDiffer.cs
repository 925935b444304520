using System.Text;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Diffs two texts on language-aware tokens (<see cref="TextTokenizer"/>): common prefix and
/// suffix are trimmed, DiffPlex's Myers diff runs on the tokens in between, and a semantic
/// clean-up (<see cref="SemanticCleanup"/>) turns a sprinkle of small edits into whole-phrase
/// deletions and insertions. Pure and thread-safe.
/// </summary>
public static class TextDiffer
{
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

        var a = new TokenText(oldText, TextTokenizer.Boundaries(oldText));
        var b = new TokenText(newText, TextTokenizer.Boundaries(newText));
        var raw = new SegmentBuilder(oldText, newText);
        TokenDiff.Run(a, b, raw);
        return SemanticCleanup.Apply(raw.Segments);
    }

    /// <summary>The old text: Equal and Delete segments, in order.</summary>
    public static string OldText(IEnumerable<TextSegment> segments) => Join(segments, DiffOperation.Delete);

    /// <summary>The new text: Equal and Insert segments, in order.</summary>
    public static string NewText(IEnumerable<TextSegment> segments) => Join(segments, DiffOperation.Insert);

    /// <summary>True when any segment is an insertion or deletion.</summary>
    public static bool HasChanges(IEnumerable<TextSegment> segments) => segments.Any(s => s.Operation != DiffOperation.Equal);

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
}
