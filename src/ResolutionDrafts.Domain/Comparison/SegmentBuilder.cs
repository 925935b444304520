namespace ResolutionDrafts.Domain.Comparison;

/// <summary>Collects segments as character ranges of the old or new text, merging neighbours of one kind.</summary>
internal sealed class SegmentBuilder(string oldText, string newText)
{
    private readonly List<(DiffOperation Op, int Start, int End)> ranges = [];

    public void Equal(int oldStart, int oldEnd) => Add(DiffOperation.Equal, oldStart, oldEnd);

    public void Delete(int oldStart, int oldEnd) => Add(DiffOperation.Delete, oldStart, oldEnd);

    public void Insert(int newStart, int newEnd) => Add(DiffOperation.Insert, newStart, newEnd);

    public List<TextSegment> Segments
    {
        get
        {
            var segments = new List<TextSegment>(ranges.Count);
            foreach (var (op, start, end) in ranges)
            {
                var source = op == DiffOperation.Insert ? newText : oldText;
                segments.Add(new TextSegment(op, source[start..end]));
            }

            return segments;
        }
    }

    private void Add(DiffOperation op, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        // Ranges of one kind arrive contiguous, so a neighbour of the same kind simply grows.
        if (ranges.Count > 0 && ranges[^1].Op == op && ranges[^1].End == start)
        {
            ranges[^1] = (op, ranges[^1].Start, end);
            return;
        }

        ranges.Add((op, start, end));
    }
}
