using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Lays out the comparison of two drafts as one sequence of paragraphs whose differences are
/// tracked changes: the first-page lines paired by what they print, the paragraphs in the order
/// of <see cref="DraftComparison.Paragraphs"/>. A moved paragraph is deleted where it was and
/// inserted where it is, so Accept All gives the new text and Reject All the old one.
/// </summary>
internal sealed partial class ComparisonLayout
{
    private readonly Draft oldDraft;
    private readonly Draft newDraft;
    private readonly Dictionary<string, PrintedLine> oldLines;
    private readonly Dictionary<string, PrintedLine> newLines;
    private readonly ComparisonDocxOptions options;
    private readonly List<DocParagraph> output = [];

    public ComparisonLayout(Draft oldDraft, Draft newDraft, List<PrintedLine> oldLines, List<PrintedLine> newLines, ComparisonDocxOptions options)
    {
        this.oldDraft = oldDraft;
        this.newDraft = newDraft;
        this.oldLines = oldLines.ToDictionary(l => l.Key);
        this.newLines = newLines.ToDictionary(l => l.Key);
        this.options = options;
        OldOrder = oldLines;
        NewOrder = newLines;
    }

    private List<PrintedLine> OldOrder { get; }

    private List<PrintedLine> NewOrder { get; }

    public List<DocParagraph> Build(DraftComparison comparison)
    {
        var endOfFront = FrontKeys();
        foreach (var key in endOfFront.Front)
        {
            Line(key, author: null);
        }

        Level(comparison.Paragraphs, oldDraft.Paragraphs, topId: null);
        foreach (var key in endOfFront.Back)
        {
            Line(key, author: null);
        }

        return output;
    }

    /// <summary>The keys of the lines before and after the paragraphs, in print order, from both drafts.</summary>
    private (List<string> Front, List<string> Back) FrontKeys()
    {
        static bool IsParagraph(string key) => key.StartsWith("p:", StringComparison.Ordinal) || key.StartsWith("h:", StringComparison.Ordinal) || key.StartsWith("q:", StringComparison.Ordinal);

        List<string> Merge(Func<List<PrintedLine>, IEnumerable<PrintedLine>> pick)
        {
            var oldKeys = pick(OldOrder).Select(l => l.Key).ToList();
            var newKeys = pick(NewOrder).Select(l => l.Key).ToList();
            var merged = new List<string>();
            int i = 0, j = 0;
            while (i < oldKeys.Count || j < newKeys.Count)
            {
                if (i < oldKeys.Count && !newKeys.Contains(oldKeys[i]))
                {
                    merged.Add(oldKeys[i++]);
                }
                else if (j < newKeys.Count && !oldKeys.Contains(newKeys[j]))
                {
                    merged.Add(newKeys[j++]);
                }
                else
                {
                    // The fixed lines come in one order in every draft, so the shared ones pair up.
                    merged.Add(newKeys[j++]);
                    i++;
                }
            }

            return merged;
        }

        return (
            Merge(lines => lines.TakeWhile(l => !IsParagraph(l.Key))),
            Merge(lines => lines.SkipWhile(l => !IsParagraph(l.Key)).Where(l => !IsParagraph(l.Key))));
    }

    /// <summary>One sibling level: deleted and moved-away nodes where they were, the rest in the new order.</summary>
    private void Level(IReadOnlyList<ParagraphComparison> items, IEnumerable<ParagraphNode> oldSiblings, string? topId)
    {
        var change = items.ToDictionary(i => i.Id, i => i.Change);
        var away = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var anchor = "";
        foreach (var old in oldSiblings)
        {
            var c = change.GetValueOrDefault(old.Id, ParagraphChange.Deleted);
            if (c is ParagraphChange.Deleted or ParagraphChange.Moved)
            {
                (away.TryGetValue(anchor, out var list) ? list : away[anchor] = []).Add(old.Id);
            }
            else
            {
                anchor = old.Id;
            }
        }

        void Away(string after)
        {
            foreach (var id in away.GetValueOrDefault(after) ?? [])
            {
                Subtree(oldDraft.FindNode(id)!, RevisionKind.Deleted, topId ?? id);
                if (topId is null)
                {
                    TopTables(oldDraft.FindNode(id), null);
                }
            }
        }

        Away("");
        foreach (var item in items)
        {
            var top = topId ?? item.Id;
            switch (item.Change)
            {
                case ParagraphChange.Deleted:
                    continue;
                case ParagraphChange.Inserted:
                case ParagraphChange.Moved:
                    Subtree(newDraft.FindNode(item.Id)!, RevisionKind.Inserted, top);
                    if (topId is null)
                    {
                        TopTables(null, newDraft.FindNode(item.Id));
                    }

                    continue;
                default:
                    Matched(item, top);
                    if (topId is null)
                    {
                        TopTables(oldDraft.FindNode(item.Id), newDraft.FindNode(item.Id));
                    }

                    Away(item.Id);
                    break;
            }
        }
    }

    private void Matched(ParagraphComparison item, string topId)
    {
        var author = AuthorOf(item.Id, topId);
        Line("h:" + item.Id, author);
        var old = oldLines["p:" + item.Id];
        var now = newLines["p:" + item.Id];
        var pieces = new List<InlinePiece>();
        if (old.Marker == now.Marker)
        {
            AddMarker(pieces, now.Marker, RevisionKind.None);
        }
        else
        {
            AddMarker(pieces, old.Marker, RevisionKind.Deleted);
            AddMarker(pieces, now.Marker, RevisionKind.Inserted);
        }

        SegmentPieces.Add(pieces, item.Segments, old.Text, old.ItalicLength, now.Text, now.ItalicLength);
        output.Add(new DocParagraph(now.Zone, now.StyleId, pieces)
        {
            Author = author,
            Unnumbered = now.Unnumbered,
            OldStyleId = old.StyleId != now.StyleId || old.Unnumbered != now.Unnumbered ? old.StyleId : null,
        });
        Quotation(item, author);
        Level(item.SubParagraphs, oldDraft.FindNode(item.Id)!.SubParagraphs, topId);
    }

    /// <summary>A node with its heading and every sub-paragraph below it, all inserted or all deleted.</summary>
    private void Subtree(ParagraphNode node, RevisionKind revision, string topId)
    {
        var lines = revision == RevisionKind.Inserted ? newLines : oldLines;
        foreach (var key in (string[])["h:" + node.Id, "p:" + node.Id])
        {
            if (lines.TryGetValue(key, out var line))
            {
                output.Add(Whole(line, revision, AuthorOf(node.Id, topId)));
            }
        }

        WholeQuotation(node, lines, revision, AuthorOf(node.Id, topId));

        foreach (var sub in node.SubParagraphs)
        {
            Subtree(sub, revision, topId);
        }
    }

    /// <summary>A line paired by key: unchanged, diffed, or present on one side only.</summary>
    private void Line(string key, string? author)
    {
        var old = oldLines.GetValueOrDefault(key);
        var now = newLines.GetValueOrDefault(key);
        if (old is not null && now is not null)
        {
            if (old.Text == now.Text && old.ItalicLength == now.ItalicLength)
            {
                output.Add(LinePieces.Clean(now) with { Author = author });
                return;
            }

            var pieces = new List<InlinePiece>();
            SegmentPieces.Add(pieces, TextDiffer.Diff(old.Text, now.Text), old.Text, old.ItalicLength, now.Text, now.ItalicLength);
            output.Add(new DocParagraph(now.Zone, now.StyleId, pieces) { Author = author });
        }
        else if (old is not null || now is not null)
        {
            output.Add(Whole((now ?? old)!, now is null ? RevisionKind.Deleted : RevisionKind.Inserted, author));
        }
    }

    private static DocParagraph Whole(PrintedLine line, RevisionKind revision, string? author)
    {
        var pieces = new List<InlinePiece>();
        AddMarker(pieces, line.Marker, revision);
        LinePieces.AddText(pieces, line.Text, 0, line.Text.Length, line.ItalicLength, revision);
        return new DocParagraph(line.Zone, line.StyleId, pieces)
        {
            // A masthead cell always keeps its one paragraph; only its text is tracked.
            MarkRevision = line.Zone == LineZone.Body ? revision : RevisionKind.None,
            Author = author,
            Unnumbered = line.Unnumbered,
        };
    }

    private static void AddMarker(List<InlinePiece> pieces, string marker, RevisionKind revision)
    {
        if (marker.Length > 0)
        {
            pieces.Add(new InlinePiece(marker + "\t", Revision: revision));
        }
    }

    private string? AuthorOf(string id, string topId)
    {
        var authors = options.ParagraphAuthors;
        if (authors is null)
        {
            return null;
        }

        return authors.TryGetValue(id, out var own) ? own : authors.GetValueOrDefault(topId);
    }
}
