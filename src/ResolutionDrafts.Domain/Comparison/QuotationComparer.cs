using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Compares the quotations two versions of one node hold (ADR 0028), line by line by id: a line kept
/// is diffed word by word, a line added or removed is inserted or deleted whole, a removed line shown
/// after the line before it. Labels are the holder's with the line's place ("OP3, quoted line 2").
/// </summary>
internal static class QuotationComparer
{
    public static IReadOnlyList<ParagraphComparison> Compare(ParagraphNode? old, ParagraphNode? now, string? oldLabel, string? newLabel, int depth)
    {
        var olds = old?.Quotation ?? [];
        var news = now?.Quotation ?? [];
        if (olds.Count == 0 && news.Count == 0)
        {
            return [];
        }

        var newIds = news.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var oldById = new Dictionary<string, (QuotedLine Line, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < olds.Count; i++)
        {
            oldById[olds[i].Id] = (olds[i], i);
        }

        // Removed lines, under the kept line they followed ("" at the start).
        var removedAfter = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var anchor = "";
        for (var i = 0; i < olds.Count; i++)
        {
            if (newIds.Contains(olds[i].Id))
            {
                anchor = olds[i].Id;
            }
            else
            {
                (removedAfter.TryGetValue(anchor, out var list) ? list : removedAfter[anchor] = []).Add(i);
            }
        }

        var result = new List<ParagraphComparison>(olds.Count + news.Count);
        void Removed(string after)
        {
            foreach (var i in removedAfter.GetValueOrDefault(after) ?? [])
            {
                result.Add(Line(olds[i].Id, ParagraphChange.Deleted, Label(oldLabel, i), null, [new TextSegment(DiffOperation.Delete, olds[i].Text)], depth));
            }
        }

        Removed("");
        var previous = -1;
        for (var j = 0; j < news.Count; j++)
        {
            var line = news[j];
            if (!oldById.TryGetValue(line.Id, out var was))
            {
                result.Add(Line(line.Id, ParagraphChange.Inserted, null, Label(newLabel, j), [new TextSegment(DiffOperation.Insert, line.Text)], depth));
                continue;
            }

            var segments = TextDiffer.Diff(was.Line.Text, line.Text);
            var modified = TextDiffer.HasChanges(segments);
            var change = was.Index < previous ? ParagraphChange.Moved : modified ? ParagraphChange.Modified : ParagraphChange.Unchanged;
            previous = Math.Max(previous, was.Index);
            result.Add(Line(line.Id, change, Label(oldLabel, was.Index), Label(newLabel, j), segments, depth) with { IsModified = modified });
            Removed(line.Id);
        }

        return result;
    }

    private static string? Label(string? holder, int index) => holder is null ? null : $"{holder}, quoted line {index + 1}";

    private static ParagraphComparison Line(string id, ParagraphChange change, string? oldLabel, string? newLabel, IReadOnlyList<TextSegment> segments, int depth) => new()
    {
        Id = id,
        Change = change,
        IsModified = false,
        Depth = depth + 1,
        OldLabel = oldLabel,
        NewLabel = newLabel,
        Segments = segments,
        SubParagraphs = [],
    };
}
