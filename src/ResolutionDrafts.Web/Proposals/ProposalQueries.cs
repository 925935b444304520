using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>What pages read about a draft's proposals: the list, and the voting order.</summary>
public sealed class ProposalQueries(ProposalStore store, DraftSessions sessions)
{
    public Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken) =>
        store.ListAsync(draftId, cancellationToken);

    /// <summary>
    /// The voting order: pending proposals in the secretariat's order where it set one, otherwise
    /// as <see cref="VotingOrder.Suggest"/> puts them (sub-amendments before their parent).
    /// </summary>
    public async Task<IReadOnlyList<ProposalView>> VotingOrderAsync(Guid draftId, CancellationToken cancellationToken)
    {
        var pending = (await ListAsync(draftId, cancellationToken)).Where(p => p.Proposal.IsPending).ToList();
        var live = await LiveAsync(draftId, cancellationToken);
        return live is null ? [] : InVotingOrder(live.Value.Draft, pending);
    }

    /// <summary><paramref name="pending"/> in the secretariat's order where it set one, otherwise in the order suggested for <paramref name="text"/>.</summary>
    public static IReadOnlyList<ProposalView> InVotingOrder(Draft text, IReadOnlyList<ProposalView> pending)
    {
        var suggested = VotingOrder.Suggest(text, pending.Select(p => p.Proposal)).Select((e, i) => (e.Proposal.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. pending.OrderBy(p => p.VotePosition ?? int.MaxValue).ThenBy(p => suggested.GetValueOrDefault(p.Proposal.Id, int.MaxValue))];
    }

    /// <summary>The live text and its revision, from the draft's session; null when the draft is gone.</summary>
    public async Task<(Draft Draft, int Revision)?> LiveAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.AcquireAsync(draftId, cancellationToken);
        return lease is null ? null : await lease.Session.SnapshotAsync(cancellationToken);
    }
}
