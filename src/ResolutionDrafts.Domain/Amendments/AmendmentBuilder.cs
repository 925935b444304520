using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Computes the amendment that turns the text it is made to (<c>original</c>) into a proposed
/// text, e.g. a copy a delegation edited in suggesting mode. Paragraphs are matched by their
/// stable ids, as the comparison does; word changes come from the comparison's diff
/// (<see cref="WordSites"/>) and are anchored by <see cref="AnchorChooser"/>. Only the paragraphs
/// are amended: title, sponsors, masthead and footnotes are not part of an amendment. Pure.
/// </summary>
public static class AmendmentBuilder
{
    public static Amendment Compute(Draft original, Draft proposed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(proposed);
        var references = ReferenceIndex.Of(original);
        // A paragraph that only crosses the edge of a part or section is one instruction (ADR 0016); the rest of
        // the walk compares headings and parts with the text as that step leaves them (a section's heading goes
        // with its opening).
        var steps = EdgeMoves.Find(original, proposed);
        var edges = steps.ToDictionary(
            s => s.Id,
            s => new ParagraphPlacement(s.Delta > 0 ? PlacementKind.Before : PlacementKind.After, references[s.ReferenceId]) { Edge = s.Edge },
            StringComparer.Ordinal);
        var walk = new AmendmentWalk(references, edges, EdgeMoves.Made(original, steps));
        walk.Siblings(null, original.Paragraphs, proposed.Paragraphs);

        // Parts and sections started or ended: what the other instructions, applied, leave different from the
        // proposed text (a part handed on by a deletion, a move or an insertion at its head is not one).
        var instructions = walk.Instructions;
        if ((HasEdges(original) || HasEdges(proposed)) && AmendmentApplier.Apply(original, instructions) is { IsSuccess: true, Value: { } applied })
        {
            instructions = [.. instructions, .. PartsAndSections.Started(original, applied, proposed, references)];
        }

        return new Amendment(instructions);
    }

    private static bool HasEdges(Draft draft) => draft.Paragraphs.Any(p => p.Part is not null || p.OpensSection);
}
