using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// The margin's "2 proposed" beside each paragraph and sub-paragraph: how many open proposals touch it or anything
/// it holds — its quoted lines, its table, its sub-paragraphs and their quoted lines. A proposal names a quoted line
/// by the line's own id (ADR 0028), which no margin shows, so counting ids alone left such proposals out of the count.
/// Each proposal counts once per paragraph, however many of its instructions touch it.
/// </summary>
public static class PendingProposalCounts
{
    /// <summary>
    /// The proposals panel's heading badge: "0" when there are none, else how many are still open ("0 open" above a list of
    /// decided proposals — a bare "0" there read as "none" to a delegation whose proposal had just been accepted).
    /// </summary>
    public static string Badge(IReadOnlyCollection<ProposalView> proposals)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        return proposals.Count == 0 ? "0" : $"{proposals.Count(p => p.Proposal.IsPending)} open";
    }

    public static IReadOnlyDictionary<string, int> Of(Draft draft, IEnumerable<ProposalView> proposals)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var open = proposals.Where(p => p.Proposal.IsPending).Select(p => p.ParagraphIds.ToHashSet(StringComparer.Ordinal)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (open.Count == 0)
        {
            return counts;
        }

        foreach (var node in draft.AllNodes())
        {
            var ids = node.IdsUnder().Prepend(node.Id).ToList();
            var count = open.Count(touched => ids.Exists(touched.Contains));
            if (count > 0)
            {
                counts[node.Id] = count;
            }
        }

        return counts;
    }
}
