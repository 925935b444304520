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
        var walk = new AmendmentWalk(ReferenceIndex.Of(original));
        walk.Siblings(null, original.Paragraphs, proposed.Paragraphs);
        return new Amendment(walk.Instructions);
    }
}
