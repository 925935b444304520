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
        var stepped = EdgeMoves.Made(original, steps);
        var walk = new AmendmentWalk(references, edges, stepped);
        walk.Siblings(null, original.Paragraphs, proposed.Paragraphs);

        // Parts and sections started or ended: what the other instructions, applied, leave different from the
        // proposed text (a part handed on by a deletion, a move or an insertion at its head is not one).
        var instructions = EdgeMoves.PartTitlesByPart(original, stepped, EdgeMoves.InStepOrder(walk.Instructions, steps), references);
        if (!HasEdges(original) && !HasEdges(proposed))
        {
            return new Amendment(instructions) { Unworded = walk.Unworded };
        }

        instructions = PartsAndSections.FirstPartJoined(original, proposed, HandedHeadings(original, proposed, instructions), references);
        if (AmendmentApplier.Apply(original, instructions) is { IsSuccess: true, Value: { } applied })
        {
            instructions = [.. instructions, .. PartsAndSections.Started(original, applied, proposed, references)];
            instructions = PartsAndSections.SurvivorRenamed(original, proposed, instructions, references);
        }

        return new Amendment(instructions) { Unworded = walk.Unworded };
    }

    /// <summary>
    /// A section's heading goes with its opening (ADR 0016): a paragraph put at a section's head takes it, one that
    /// leaves the head hands it on. Said by the insertion or the move itself, not as headings deleted and added.
    /// </summary>
    private static List<AmendmentInstruction> HandedHeadings(Draft original, Draft proposed, List<AmendmentInstruction> instructions)
    {
        var result = instructions.ToList();
        for (var k = 0; k < result.Count; k++)
        {
            if (result[k] is { Kind: AmendmentKind.InsertParagraph, Parent: null, Placement: { Kind: PlacementKind.Before, Reference: { } reference } } insert
                && original.Paragraphs.FirstOrDefault(p => p.Id == reference.Id) is { OpensSection: true, Heading: { } heading }
                && insert.Content[0].Heading == heading
                && proposed.Paragraphs.FirstOrDefault(p => p.Id == reference.Id) is { Heading: null })
            {
                result[k] = insert with { Content = [insert.Content[0] with { Heading = null }, .. insert.Content.Skip(1)] };
                result.RemoveAll(i => i.Kind == AmendmentKind.ReplaceHeading && i.Target!.Id == reference.Id && i.OldText == heading && i.NewText is null);
            }
        }

        if (!result.Any(i => i.Kind == AmendmentKind.ReplaceHeading)
            || AmendmentApplier.Apply(original, result.Where(i => i.Kind != AmendmentKind.ReplaceHeading).ToList()) is not { IsSuccess: true, Value: { } moved })
        {
            return result;
        }

        // What the moves already did to the headings of section openings needs no words.
        result.RemoveAll(i => i.Kind == AmendmentKind.ReplaceHeading && moved.FindNode(i.Target!.Id) is Paragraph p && p.Heading == i.NewText);
        return result;
    }

    private static bool HasEdges(Draft draft) => draft.Paragraphs.Any(p => p.OpensPartOrSection);
}
