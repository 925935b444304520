using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Walks the original and proposed paragraphs list by list (the paragraphs, then the
/// sub-paragraphs of each kept paragraph) and writes the instructions in reading order: a
/// deletion where the deleted paragraph stood, then each paragraph of the proposed text with its
/// move, its changes and its sub-paragraphs. Paragraphs and places are always named by
/// paragraphs of the original text that the amendment keeps; <see cref="AmendmentApplier"/>
/// explains why the order makes the placements hold.
/// </summary>
internal sealed partial class AmendmentWalk(
    IReadOnlyDictionary<string, ParagraphReference> references,
    IReadOnlyDictionary<string, ParagraphPlacement> edgeMoves,
    Draft edgesMade)
{

    /// <summary>
    /// More changes than this in one paragraph, or more than half its text deleted, and it is
    /// replaced whole: "Replace operative paragraph 5 with the following text" reads better than
    /// a long list of changes.
    /// </summary>
    public const int MaxChangesInParagraph = 4;

    public List<AmendmentInstruction> Instructions { get; } = [];

    /// <summary>How the draft numbers its sub-paragraphs (ADR 0036): a new or deleted paragraph's own are quoted with these numbers.</summary>
    private readonly SubParagraphNumbering numbering = SubParagraphNumbering.From(edgesMade.Metadata);

    /// <summary>The depth of the sub-paragraphs of a node placed under <paramref name="parent"/>: 1 under a top-level one, 2 under (a) …</summary>
    private static int ChildDepth(ParagraphReference? parent) => parent is null ? 1 : (parent.IsSubParagraph ? parent.SubParagraph.Count(c => c == '(') : 0) + 2;

    public void Siblings(ParagraphReference? parent, IReadOnlyList<ParagraphNode> olds, IReadOnlyList<ParagraphNode> news)
    {
        var top = parent is null;
        var oldById = olds.ToDictionary(o => o.Id, StringComparer.Ordinal);

        // A paragraph that changed kind is deleted and inserted anew: it is named differently.
        var oldOf = news.Select(n => oldById.TryGetValue(n.Id, out var o) && (!top || KindOf(o, parent) == KindOf(n, parent)) ? o : null).ToArray();
        var kept = oldOf.OfType<ParagraphNode>().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var moved = MoveDetector.Moved(
            olds.Where(o => kept.Contains(o.Id)).Select(o => o.Id).ToList(),
            news.Where(n => kept.Contains(n.Id)).Select(n => n.Id).ToList());

        // Deleted paragraphs are written right after the kept paragraph before them that did not move.
        var newIndex = news.Select((n, j) => (n.Id, j)).Where(x => kept.Contains(x.Id)).ToDictionary(x => x.Id, x => x.j, StringComparer.Ordinal);
        var deletedAfter = new Dictionary<int, List<ParagraphNode>>();
        var anchor = -1;
        foreach (var old in olds)
        {
            if (!kept.Contains(old.Id))
            {
                (deletedAfter.TryGetValue(anchor, out var list) ? list : deletedAfter[anchor] = []).Add(old);
            }
            else if (!moved.Contains(old.Id))
            {
                anchor = newIndex[old.Id];
            }
        }

        Deleted(parent, deletedAfter, -1);
        AmendmentInstruction? waiting = null;
        for (var j = 0; j < news.Count; j++)
        {
            if (oldOf[j] is { } old)
            {
                var reference = references[old.Id];
                if (moved.Contains(old.Id))
                {
                    Instructions.Add(new AmendmentInstruction
                    {
                        Kind = AmendmentKind.MoveParagraph,
                        Target = reference,
                        Parent = parent,
                        Placement = MovePlacement(news, oldOf, moved, j, top),
                    });
                }
                else if (top && edgeMoves.TryGetValue(old.Id, out var edge))
                {
                    // Across the edge of a part or section only: it stays where it stands (ADR 0016).
                    Instructions.Add(new AmendmentInstruction { Kind = AmendmentKind.MoveParagraph, Target = reference, Placement = edge });
                }

                if (waiting is not null)
                {
                    Instructions.Add(waiting);
                    waiting = null;
                }

                Edits(reference, old, news[j], top, moved.Contains(old.Id));
                QuotedEdits(old, news[j]);
                TableEdits(reference, old, news[j]);
                Siblings(reference, old.SubParagraphs, news[j].SubParagraphs);
                Deleted(parent, deletedAfter, j);
                continue;
            }

            var end = j;
            while (end < news.Count && oldOf[end] is null)
            {
                end++;
            }

            var insert = new AmendmentInstruction
            {
                Kind = AmendmentKind.InsertParagraph,
                Parent = parent,
                Placement = InsertPlacement(news, oldOf, moved, j, end, top),
                Content = news.Skip(j).Take(end - j).Select(n => ParagraphContent.Of(n, KindOf(n, parent), numbering, ChildDepth(parent))).ToList(),
            };

            // Placed before a paragraph that moves: written after that move, so it reads in order.
            if (insert.Placement!.Kind == PlacementKind.Before && moved.Contains(insert.Placement.Reference!.Id))
            {
                waiting = insert;
            }
            else
            {
                Instructions.Add(insert);
            }

            j = end - 1;
        }
    }

    private void Deleted(ParagraphReference? parent, Dictionary<int, List<ParagraphNode>> deletedAfter, int at)
    {
        foreach (var old in deletedAfter.GetValueOrDefault(at) ?? [])
        {
            Instructions.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.DeleteParagraph,
                Target = references[old.Id],
                Content = [ParagraphContent.Of(old, KindOf(old, parent), numbering, ChildDepth(parent))],
            });
        }
    }

    /// <summary>
    /// After the paragraph just before it in the proposed order when that one is of the original
    /// text (or before the next one, if that did not move and the one before is of the other
    /// kind: "to precede operative paragraph 1" rather than "to follow the fourth preambular
    /// paragraph"); otherwise before the first paragraph after it that did not move, or at the
    /// end. Never after a paragraph that new ones follow: read in order, the move would then
    /// come between that paragraph and the new ones.
    /// </summary>
    private ParagraphPlacement MovePlacement(IReadOnlyList<ParagraphNode> news, ParagraphNode?[] oldOf, HashSet<string> moved, int j, bool top)
    {
        var previous = j > 0 && oldOf[j - 1] is { } p ? references[p.Id] : null;
        var nextStable = j + 1 < news.Count && oldOf[j + 1] is { } next && !moved.Contains(next.Id) ? references[next.Id] : null;
        var kind = references[oldOf[j]!.Id].Kind;

        // Moved to the head of a part (ADR 0016): "to precede" that part's first paragraph, which it then opens.
        if (top && nextStable is not null && Opens(news[j]) && Opens(oldOf[j + 1]))
        {
            return ParagraphPlacement.Before(nextStable);
        }

        if (previous is not null)
        {
            return top && previous.Kind != kind && nextStable?.Kind == kind && !Opens(oldOf[j + 1])
                ? ParagraphPlacement.Before(nextStable)
                : ParagraphPlacement.After(previous);
        }

        var firstStable = Enumerable.Range(j + 1, news.Count - j - 1).FirstOrDefault(k => oldOf[k] is { } o && !moved.Contains(o.Id), -1);
        return firstStable >= 0 ? ParagraphPlacement.Before(references[oldOf[firstStable]!.Id]) : new ParagraphPlacement(PlacementKind.AtEnd);
    }

    /// <summary>
    /// After the kept paragraph before the new ones, unless it is of the other kind and the kept
    /// paragraph after them is of theirs ("Before the first preambular paragraph, insert …"), or
    /// the one after them comes back from elsewhere (it moves to right after the one before).
    /// </summary>
    private ParagraphPlacement InsertPlacement(IReadOnlyList<ParagraphNode> news, ParagraphNode?[] oldOf, HashSet<string> moved, int start, int end, bool top)
    {
        var previous = start > 0 ? references[oldOf[start - 1]!.Id] : null;
        var next = end < news.Count ? references[oldOf[end]!.Id] : null;
        var (firstKind, lastKind) = (KindOf(news[start], null), KindOf(news[end - 1], null));
        // At a part's edge the side matters (ADR 0016): "before" the part's first paragraph is the head
        // of that part, so it is said only when the new paragraphs open the part in the proposed text.
        var headOfPart = top && Opens(news[start]);
        var nextOpensPart = top && end < news.Count && Opens(oldOf[end]);
        var preferNext = next is not null && (previous is null || headOfPart
            || (!nextOpensPart && top && previous.Kind != firstKind && next.Kind == lastKind && !moved.Contains(next.Id)));
        if (previous is not null && !preferNext)
        {
            return ParagraphPlacement.After(previous);
        }

        return next is not null ? ParagraphPlacement.Before(next) : new ParagraphPlacement(PlacementKind.AtEnd);
    }

    private void Edits(ParagraphReference reference, ParagraphNode old, ParagraphNode now, bool top, bool moved)
    {
        // Headings and parts as the moves across edges leave them: a section's heading goes with its opening.
        var edged = top && edgeMoves.Count > 0 && edgesMade.FindNode(old.Id) is Paragraph made ? made : old;
        if (top && edged is Paragraph { Heading: var oldHeading } && now is Paragraph { Heading: var newHeading } && oldHeading != newHeading)
        {
            Instructions.Add(new AmendmentInstruction { Kind = AmendmentKind.ReplaceHeading, Target = reference, OldText = oldHeading, NewText = newHeading });
        }

        // A part's first paragraph moved leaves its part where it was, and heads another one where it goes (ADR 0016):
        // the part it opens there is not the part it opened.
        if (!moved)
        {
            PartTitle(reference, edged, now);
        }

        if (old.Text == now.Text)
        {
            return;
        }

        // A mark that changes no italics (an empty pair, one closing italics that are not on) is not
        // an amendment: nothing a reader sees would change (ADR 0015).
        var sites = WordSites.Find(old.Text, now.Text).Where(s => ItalicChange.Visible(old.Text, s)).ToList();
        if (sites.Count == 0)
        {
            return;
        }

        var deleted = TextDiffer.Diff(old.Text, now.Text).Where(s => s.Operation == DiffOperation.Delete).Sum(s => s.Text.Length);
        var clauses = sites.Count <= MaxChangesInParagraph && deleted * 2 <= old.Text.Length
            ? sites.Select(s => AnchorChooser.Choose(old.Text, s, reference) is { } c ? c with { ItalicBefore = InlineItalics.OnAt(old.Text, s.Start) } : null).ToList()
            : [null];
        if (clauses.Any(c => c is null))
        {
            // Mostly rewritten, or a change that cannot be named by its words: the paragraph is replaced.
            Instructions.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.ReplaceParagraph,
                Target = reference,
                OldText = old.Text,
                NewText = now.Text,
                IsChapeau = old.SubParagraphs.Count > 0,
            });
            return;
        }

        Instructions.AddRange(clauses.Select(c => c!));
    }

    /// <summary>
    /// A part's title or author line changed (ADR 0016): "In the title of resolution B, replace …", "In
    /// resolution B, replace the author line …". Only where the paragraph opens a part in both texts.
    /// </summary>
    private void PartTitle(ParagraphReference reference, ParagraphNode old, ParagraphNode now)
    {
        if (old is Paragraph { Part: { } before } && now is Paragraph { Part: { } after })
        {
            if (before.Title != after.Title)
            {
                Instructions.Add(new AmendmentInstruction { Kind = AmendmentKind.ReplacePartTitle, Target = reference, OldText = before.Title, NewText = after.Title });
            }

            if (before.AuthorLine != after.AuthorLine)
            {
                Instructions.Add(new AmendmentInstruction { Kind = AmendmentKind.ReplacePartAuthorLine, Target = reference, OldText = before.AuthorLine, NewText = after.AuthorLine });
            }
        }
    }

    /// <summary>Opens a part or a section (ADR 0016): before it is its head.</summary>
    private static bool Opens(ParagraphNode? node) => node is Paragraph { OpensPartOrSection: true };

    /// <summary>A paragraph's kind; a sub-paragraph has the kind of the paragraph it belongs to.</summary>
    private static ParagraphKind KindOf(ParagraphNode node, ParagraphReference? parent) =>
        node is Paragraph paragraph ? paragraph.Kind : parent?.Kind ?? ParagraphKind.Operative;
}
