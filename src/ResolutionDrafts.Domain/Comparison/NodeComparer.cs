using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Compares one level of paragraphs (or the sub-paragraphs of one parent) by id, then recurses.
/// Output order: the new order, each deleted node right after the nearest node before it in the
/// old order that kept its place (at the start when there is none).
/// </summary>
internal sealed class NodeComparer(IReadOnlyDictionary<string, ParagraphLabel> oldLabels, IReadOnlyDictionary<string, ParagraphLabel> newLabels)
{
    public List<ParagraphComparison> Compare(IReadOnlyList<ParagraphNode> olds, IReadOnlyList<ParagraphNode> news, int depth)
    {
        // Most paragraphs have no sub-paragraphs on either side.
        if (olds.Count == 0 && news.Count == 0)
        {
            return [];
        }

        var oldById = ById(olds);
        var newById = ById(news);
        var commonOld = olds.Where(o => newById.ContainsKey(o.Id)).Select(o => o.Id).ToList();
        var commonNew = news.Where(n => oldById.ContainsKey(n.Id)).Select(n => n.Id).ToList();
        var moved = MoveDetector.Moved(commonOld, commonNew);

        // Deleted nodes, grouped under the stable node they follow ("" = the start).
        var deletedAfter = new Dictionary<string, List<ParagraphNode>>(StringComparer.Ordinal);
        var anchor = "";
        foreach (var old in olds)
        {
            if (!newById.ContainsKey(old.Id))
            {
                GetOrAdd(deletedAfter, anchor).Add(old);
            }
            else if (!moved.Contains(old.Id))
            {
                anchor = old.Id;
            }
        }

        var result = new List<ParagraphComparison>(news.Count + olds.Count - commonOld.Count);
        AddDeleted(result, deletedAfter, "", depth);
        foreach (var node in news)
        {
            result.Add(oldById.TryGetValue(node.Id, out var old)
                ? Matched(old, node, moved.Contains(node.Id), depth)
                : Inserted(node, depth));
            AddDeleted(result, deletedAfter, node.Id, depth);
        }

        return result;
    }

    private ParagraphComparison Matched(ParagraphNode old, ParagraphNode now, bool moved, int depth)
    {
        var segments = TextDiffer.Diff(old.Text, now.Text);
        var subs = Compare(old.SubParagraphs, now.SubParagraphs, depth + 1);
        var oldLabel = oldLabels[old.Id];
        var newLabel = newLabels[now.Id];
        var oldHeading = (old as Paragraph)?.Heading;
        var newHeading = (now as Paragraph)?.Heading;
        var modified = TextDiffer.HasChanges(segments)
            // A sub-paragraph's kind is its paragraph's, so only the paragraph reports a kind change.
            || (depth == 0 && oldLabel.Kind != newLabel.Kind)
            || oldHeading != newHeading
            || subs.Exists(s => s.Change != ParagraphChange.Unchanged);
        return new ParagraphComparison
        {
            Id = now.Id,
            Change = moved ? ParagraphChange.Moved : modified ? ParagraphChange.Modified : ParagraphChange.Unchanged,
            IsModified = modified,
            Depth = depth,
            OldLabel = oldLabel.Label,
            NewLabel = newLabel.Label,
            OldKind = oldLabel.Kind,
            NewKind = newLabel.Kind,
            OldHeading = oldHeading,
            NewHeading = newHeading,
            Segments = segments,
            SubParagraphs = subs,
        };
    }

    private static ParagraphComparison Inserted(ParagraphNode node, int depth, IReadOnlyDictionary<string, ParagraphLabel> labels) => new()
    {
        Id = node.Id,
        Change = ParagraphChange.Inserted,
        IsModified = false,
        Depth = depth,
        NewLabel = labels[node.Id].Label,
        NewKind = labels[node.Id].Kind,
        NewHeading = (node as Paragraph)?.Heading,
        Segments = [new TextSegment(DiffOperation.Insert, node.Text)],
        SubParagraphs = node.SubParagraphs.Select(s => Inserted(s, depth + 1, labels)).ToList(),
    };

    private ParagraphComparison Inserted(ParagraphNode node, int depth) => Inserted(node, depth, newLabels);

    private static ParagraphComparison Deleted(ParagraphNode node, int depth, IReadOnlyDictionary<string, ParagraphLabel> labels) => new()
    {
        Id = node.Id,
        Change = ParagraphChange.Deleted,
        IsModified = false,
        Depth = depth,
        OldLabel = labels[node.Id].Label,
        OldKind = labels[node.Id].Kind,
        OldHeading = (node as Paragraph)?.Heading,
        Segments = [new TextSegment(DiffOperation.Delete, node.Text)],
        SubParagraphs = node.SubParagraphs.Select(s => Deleted(s, depth + 1, labels)).ToList(),
    };

    private void AddDeleted(List<ParagraphComparison> result, Dictionary<string, List<ParagraphNode>> deletedAfter, string anchor, int depth)
    {
        if (deletedAfter.TryGetValue(anchor, out var deleted))
        {
            result.AddRange(deleted.Select(d => Deleted(d, depth, oldLabels)));
        }
    }

    private static Dictionary<string, ParagraphNode> ById(IReadOnlyList<ParagraphNode> nodes)
    {
        var byId = new Dictionary<string, ParagraphNode>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId[node.Id] = node;
        }

        return byId;
    }

    private static List<ParagraphNode> GetOrAdd(Dictionary<string, List<ParagraphNode>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
