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
    public IReadOnlyList<ParagraphComparison> Compare(IReadOnlyList<ParagraphNode> olds, IReadOnlyList<ParagraphNode> news, int depth)
    {
        // Most paragraphs have no sub-paragraphs on either side.
        if (olds.Count == 0 && news.Count == 0)
        {
            return [];
        }

        // Match by id once; from here on everything is by position.
        var oldIndex = new Dictionary<string, int>(olds.Count, StringComparer.Ordinal);
        for (var i = 0; i < olds.Count; i++)
        {
            oldIndex[olds[i].Id] = i;
        }

        var matchOf = new int[news.Count];
        var newIndexOf = new int[olds.Count];
        newIndexOf.AsSpan().Fill(-1);
        var common = 0;
        for (var j = 0; j < news.Count; j++)
        {
            matchOf[j] = oldIndex.TryGetValue(news[j].Id, out var i) ? i : -1;
            if (matchOf[j] >= 0)
            {
                newIndexOf[matchOf[j]] = j;
                common++;
            }
        }

        var moved = Moves(matchOf, newIndexOf, common);

        // Deleted nodes, grouped under the new position of the stable node they follow (-1: the start).
        Dictionary<int, List<ParagraphNode>>? deletedAfter = null;
        var anchor = -1;
        for (var i = 0; i < olds.Count; i++)
        {
            if (newIndexOf[i] < 0)
            {
                deletedAfter ??= [];
                GetOrAdd(deletedAfter, anchor).Add(olds[i]);
            }
            else if (!moved[newIndexOf[i]])
            {
                anchor = newIndexOf[i];
            }
        }

        var result = new List<ParagraphComparison>(news.Count + olds.Count - common);
        AddDeleted(result, deletedAfter, -1, depth);
        for (var j = 0; j < news.Count; j++)
        {
            result.Add(matchOf[j] >= 0
                ? Matched(olds[matchOf[j]], news[j], moved[j], depth)
                : Inserted(news[j], depth));
            AddDeleted(result, deletedAfter, j, depth);
        }

        return result;
    }

    /// <summary>Which new positions hold a moved node, from the old positions matched to them.</summary>
    private static bool[] Moves(int[] matchOf, int[] newIndexOf, int common)
    {
        // Rank the surviving old nodes 0..common-1, then read the ranks in new order.
        var rankOf = new int[newIndexOf.Length];
        var rank = 0;
        for (var i = 0; i < newIndexOf.Length; i++)
        {
            rankOf[i] = newIndexOf[i] >= 0 ? rank++ : -1;
        }

        var ranks = new int[common];
        var c = 0;
        foreach (var i in matchOf)
        {
            if (i >= 0)
            {
                ranks[c++] = rankOf[i];
            }
        }

        var movedByRank = MoveDetector.Moved(ranks);
        var moved = new bool[matchOf.Length];
        c = 0;
        for (var j = 0; j < matchOf.Length; j++)
        {
            if (matchOf[j] >= 0)
            {
                moved[j] = movedByRank[c++];
            }
        }

        return moved;
    }

    private ParagraphComparison Matched(ParagraphNode old, ParagraphNode now, bool moved, int depth)
    {
        var segments = TextDiffer.Diff(old.Text, now.Text);
        var subs = Compare(old.SubParagraphs, now.SubParagraphs, depth + 1);
        var oldLabel = oldLabels[old.Id];
        var newLabel = newLabels[now.Id];
        var quoted = QuotationComparer.Compare(old, now, oldLabel.Label, newLabel.Label, depth);
        var oldHeading = (old as Paragraph)?.Heading;
        var newHeading = (now as Paragraph)?.Heading;
        var modified = TextDiffer.HasChanges(segments)
            // A sub-paragraph's kind is its paragraph's, so only the paragraph reports a kind change.
            || (depth == 0 && oldLabel.Kind != newLabel.Kind)
            || oldHeading != newHeading
            || (old as Paragraph)?.Part != (now as Paragraph)?.Part
            || (old as Paragraph)?.OpensSection != (now as Paragraph)?.OpensSection
            || subs.Any(s => s.Change != ParagraphChange.Unchanged)
            || quoted.Any(q => q.Change != ParagraphChange.Unchanged);
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
            OldPart = (old as Paragraph)?.Part,
            NewPart = (now as Paragraph)?.Part,
            OldPartLetter = oldLabel.Part,
            NewPartLetter = newLabel.Part,
            OldSection = old is Paragraph { OpensSection: true } ? oldLabel.Section : null,
            NewSection = now is Paragraph { OpensSection: true } ? newLabel.Section : null,
            OldSource = old.Source,
            NewSource = now.Source,
            Segments = segments,
            SubParagraphs = subs,
            Quotation = quoted,
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
        NewPart = (node as Paragraph)?.Part,
        NewPartLetter = labels[node.Id].Part,
        NewSource = node.Source,
        Segments = [new TextSegment(DiffOperation.Insert, node.Text)],
        SubParagraphs = node.SubParagraphs.Select(s => Inserted(s, depth + 1, labels)).ToList(),
        Quotation = QuotationComparer.Compare(null, node, null, labels[node.Id].Label, depth),
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
        OldPart = (node as Paragraph)?.Part,
        OldPartLetter = labels[node.Id].Part,
        OldSource = node.Source,
        Segments = [new TextSegment(DiffOperation.Delete, node.Text)],
        SubParagraphs = node.SubParagraphs.Select(s => Deleted(s, depth + 1, labels)).ToList(),
        Quotation = QuotationComparer.Compare(node, null, labels[node.Id].Label, null, depth),
    };

    private void AddDeleted(List<ParagraphComparison> result, Dictionary<int, List<ParagraphNode>>? deletedAfter, int anchor, int depth)
    {
        if (deletedAfter is not null && deletedAfter.TryGetValue(anchor, out var deleted))
        {
            foreach (var node in deleted)
            {
                result.Add(Deleted(node, depth, oldLabels));
            }
        }
    }

    private static List<ParagraphNode> GetOrAdd(Dictionary<int, List<ParagraphNode>> map, int key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
