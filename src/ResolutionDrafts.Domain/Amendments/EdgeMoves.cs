using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A paragraph that changes part or section without changing its place (ADR 0016): the page's ↑ on the
/// first paragraph of a part or section (it ends the part before) or ↓ on the last (it heads the part
/// after). Found by comparing two neighbours that are neighbours in both texts: in one the second opens
/// the part or section, in the other the first does. Applied as the page applies it
/// (<see cref="PartEdges.MoveBy"/>), so a section's heading goes with its opening in both.
/// </summary>
internal static class EdgeMoves
{
    /// <summary>One paragraph stepping across one edge: +1 to head what the paragraph after it opens, -1 to leave what it opens.</summary>
    public sealed record Step(string Id, int Delta, PlacementEdge Edge, string ReferenceId);

    public static IReadOnlyList<Step> Find(Draft original, Draft proposed)
    {
        var now = proposed.Paragraphs.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var steps = new List<Step>();
        var old = original.Paragraphs;
        for (var at = 0; at < old.Count; at++)
        {
            var edge = old[at].Part is not null ? PlacementEdge.Part : old[at].OpensSection ? PlacementEdge.Section : PlacementEdge.None;
            if (edge == PlacementEdge.None || !now.TryGetValue(old[at].Id, out var j) || Opens(proposed.Paragraphs[j], edge)
                || (edge == PlacementEdge.Section && proposed.Paragraphs[j].Part is not null))
            {
                continue;
            }

            // The opening passed to a paragraph after it (its first paragraphs end the part before, each a step -1,
            // nearest the edge first) or to one before it (the part before's last paragraphs head it, each +1).
            if (at > 0 && Run(original, proposed, at, j, +1, edge) is var later and > 0)
            {
                steps.AddRange(Enumerable.Range(0, later).Select(t => new Step(old[at + t].Id, -1, edge, old[at + t - 1].Id)));
            }
            else if (Run(original, proposed, at, j, -1, edge) is var earlier and > 0)
            {
                steps.AddRange(Enumerable.Range(1, earlier).Select(t => new Step(old[at - t].Id, +1, edge, old[at - t + 1].Id)));
            }
        }

        return steps;
    }

    /// <summary>
    /// How many paragraphs the opening at <paramref name="at"/> (<paramref name="j"/> in the proposed text) passed in
    /// <paramref name="direction"/>: the paragraphs beside it are neighbours in both texts, open nothing in the original,
    /// and the last of them opens the edge in the proposed text; 0 when the edge did not move so.
    /// </summary>
    private static int Run(Draft original, Draft proposed, int at, int j, int direction, PlacementEdge edge)
    {
        for (var t = 1; ; t++)
        {
            var (o, p) = (at + direction * t, j + direction * t);
            if (o < 0 || p < 0 || o >= original.Paragraphs.Count || p >= proposed.Paragraphs.Count)
            {
                return 0;
            }

            var (was, made) = (original.Paragraphs[o], proposed.Paragraphs[p]);
            if (was.Id != made.Id || was.OpensPartOrSection || (edge == PlacementEdge.Section && made.Part is not null))
            {
                return 0;
            }

            if (Opens(made, edge))
            {
                return t;
            }

            if (made.OpensPartOrSection)
            {
                return 0;
            }
        }
    }

    /// <summary>The paragraphs of one edge's steps in the order of the text: steps +1 are made from the edge backwards.</summary>
    public static List<ParagraphReference> InTextOrder(IReadOnlyList<AmendmentInstruction> steps)
    {
        var targets = steps.Select(i => i.Target!).ToList();
        if (steps[0].Placement?.Kind == PlacementKind.Before)
        {
            targets.Reverse();
        }

        return targets;
    }

    private static bool Opens(Paragraph paragraph, PlacementEdge edge) => edge == PlacementEdge.Part ? paragraph.Part is not null : paragraph.OpensSection;

    /// <summary>
    /// The steps of one edge moved by several paragraphs make one item, in the order they are made: each names the
    /// paragraph the one before it stepped (ADR 0016 amendment 7). The walk finds them in the order of the text.
    /// </summary>
    public static List<AmendmentInstruction> InStepOrder(List<AmendmentInstruction> instructions, IReadOnlyList<Step> steps)
    {
        if (steps.Count < 2)
        {
            return instructions;
        }

        var order = steps.Select((s, k) => (s.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        bool IsStep(AmendmentInstruction i) => i is { Kind: AmendmentKind.MoveParagraph, Placement.Edge: not PlacementEdge.None } && order.ContainsKey(i.Target!.Id);
        var moves = instructions.Where(IsStep).OrderBy(i => order[i.Target!.Id]).ToList();
        var first = instructions.FindIndex(IsStep);
        var result = instructions.Where(i => !IsStep(i)).ToList();
        result.InsertRange(Math.Min(first, result.Count), moves);
        return result;
    }

    /// <summary>
    /// A part's title or author line changed in the amendment that also moves its edge is the part's, not the paragraph's
    /// (ADR 0016 amendment 7): named by the paragraph that opens the part in the text amended ("In the title of
    /// resolution B"), though the walk finds it on the paragraph that opens it once the steps are made.
    /// </summary>
    public static List<AmendmentInstruction> PartTitlesByPart(Draft original, Draft stepped, List<AmendmentInstruction> instructions, IReadOnlyDictionary<string, ParagraphReference> references)
    {
        if (ReferenceEquals(original, stepped))
        {
            return instructions;
        }

        var openers = Openers(original);
        var now = Openers(stepped);
        return instructions.Select(i => i.Kind is AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine
                && now.IndexOf(i.Target!.Id) is var k and >= 0 && k < openers.Count && openers[k] != i.Target.Id
            ? i with { Target = references[openers[k]] }
            : i).ToList();
    }

    /// <summary>
    /// Where each part's opening went when the steps were made: the paragraph that opened the k-th part in
    /// <paramref name="before"/> to the one that opens it in <paramref name="after"/> (steps make and end no part).
    /// </summary>
    public static Dictionary<string, string> PartOpenings(Draft before, Draft after)
    {
        var (from, to) = (Openers(before), Openers(after));
        return from.Zip(to).Where(x => x.First != x.Second).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
    }

    private static List<string> Openers(Draft draft) => draft.Paragraphs.Where(p => p.Part is not null).Select(p => p.Id).ToList();

    /// <summary>The text with the steps made, or the original itself when there are none.</summary>
    public static Draft Made(Draft original, IReadOnlyList<Step> steps)
    {
        if (steps.Count == 0)
        {
            return original;
        }

        var draft = original.Clone();
        foreach (var step in steps)
        {
            if (PartEdges.MoveBy(draft, step.Id, step.Delta) is { IsSuccess: true } move)
            {
                move.Value!.Apply(draft);
            }
        }

        return draft;
    }

    /// <summary>
    /// Makes the step an instruction names, checking it is one: the paragraph and the one it names are still
    /// neighbours, and the edge between them is where the instruction says. Null when made; else why not.
    /// </summary>
    public static string? Make(Draft draft, AmendmentInstruction instruction)
    {
        var placement = instruction.Placement!;
        var id = instruction.Target!.Id;
        var at = draft.Paragraphs.ToList().FindIndex(p => p.Id == id);
        var reference = placement.Reference!;
        var neighbour = at < 0 ? -1 : at + (placement.Kind == PlacementKind.Before ? 1 : -1);
        if (at < 0 || neighbour < 0 || neighbour >= draft.Paragraphs.Count || draft.Paragraphs[neighbour].Id != reference.Id)
        {
            return $"it is no longer next to {reference.PageLabel}";
        }

        var opener = draft.Paragraphs[placement.Kind == PlacementKind.Before ? neighbour : at];
        var opens = placement.Edge == PlacementEdge.Part ? opener.Part is not null : opener.OpensSection;
        if (!opens)
        {
            var what = placement.Edge == PlacementEdge.Part ? "a part" : "a section";
            return placement.Kind == PlacementKind.Before ? $"{reference.PageLabel} no longer opens {what}" : $"it no longer opens {what}";
        }

        var move = PartEdges.MoveBy(draft, id, placement.Kind == PlacementKind.Before ? +1 : -1);
        return move.IsSuccess ? move.Value!.Apply(draft).Error : move.Error;
    }
}
