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
        var index = original.Paragraphs.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var steps = new List<Step>();
        for (var j = 0; j + 1 < proposed.Paragraphs.Count; j++)
        {
            var (a, b) = (proposed.Paragraphs[j], proposed.Paragraphs[j + 1]);
            if (!index.TryGetValue(a.Id, out var at) || !index.TryGetValue(b.Id, out var bt) || bt != at + 1)
            {
                continue;
            }

            var (oa, ob) = (original.Paragraphs[at], original.Paragraphs[bt]);
            var previous = at > 0 ? original.Paragraphs[at - 1].Id : null;
            if (ob.Part is not null && oa.Part is null && a.Part is not null && b.Part is null)
            {
                steps.Add(new Step(a.Id, +1, PlacementEdge.Part, ob.Id));
            }
            else if (oa.Part is not null && ob.Part is null && a.Part is null && b.Part is not null && previous is not null)
            {
                steps.Add(new Step(a.Id, -1, PlacementEdge.Part, previous));
            }
            else if (oa.Part is null && ob.Part is null && a.Part is null && b.Part is null)
            {
                if (ob.OpensSection && !oa.OpensSection && a.OpensSection && !b.OpensSection)
                {
                    steps.Add(new Step(a.Id, +1, PlacementEdge.Section, ob.Id));
                }
                else if (oa.OpensSection && !ob.OpensSection && !a.OpensSection && b.OpensSection && previous is not null)
                {
                    steps.Add(new Step(a.Id, -1, PlacementEdge.Section, previous));
                }
            }
        }

        return steps;
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
            return $"it is no longer next to {reference.Label}";
        }

        var opener = draft.Paragraphs[placement.Kind == PlacementKind.Before ? neighbour : at];
        var opens = placement.Edge == PlacementEdge.Part ? opener.Part is not null : opener.OpensSection;
        if (!opens)
        {
            var what = placement.Edge == PlacementEdge.Part ? "a part" : "a section";
            return placement.Kind == PlacementKind.Before ? $"{reference.Label} no longer opens {what}" : $"it no longer opens {what}";
        }

        var move = PartEdges.MoveBy(draft, id, placement.Kind == PlacementKind.Before ? +1 : -1);
        return move.IsSuccess ? move.Value!.Apply(draft).Error : move.Error;
    }
}
