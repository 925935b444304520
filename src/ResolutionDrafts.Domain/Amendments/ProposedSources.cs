using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// The agreed language a proposal records (ADR 0011): a delegation that used a precedent in its
/// proposed copy of a paragraph (or a proposed new paragraph) leaves the copy with that source. An
/// amendment carries only words, so accepting the proposal takes the sources from the proposed copy:
/// each paragraph whose source the copy changed gets it in the amended text, where that paragraph
/// still is. Sources the copy merely kept from the text it was made to are left alone: the live
/// text may have moved on since. Pure.
/// </summary>
public static class ProposedSources
{
    /// <summary>The sources <paramref name="proposed"/> records that <paramref name="original"/> did not, by paragraph id.</summary>
    public static IReadOnlyList<(string Id, AgreedLanguage Source)> Of(Draft original, Draft proposed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(proposed);
        return [.. proposed.AllNodes()
            .Where(n => n.Source is not null && original.FindNode(n.Id)?.Source != n.Source)
            .Select(n => (n.Id, n.Source!))];
    }

    /// <summary>Records on <paramref name="amended"/> the sources the proposal set, on the paragraphs it still has.</summary>
    public static void CarryInto(Draft amended, Draft original, Draft proposed)
    {
        ArgumentNullException.ThrowIfNull(amended);
        foreach (var (id, source) in Of(original, proposed))
        {
            if (amended.FindNode(id) is not null)
            {
                amended.SetSource(id, source);
            }
        }
    }
}
