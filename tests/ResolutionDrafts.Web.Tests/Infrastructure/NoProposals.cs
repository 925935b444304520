using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// For component tests of the draft page that are not about proposals: there are none (or only those
/// <paramref name="listed"/>, as stored before the page opened), and making one is refused.
/// </summary>
internal sealed class NoProposals(IReadOnlyList<ProposalView>? listed = null) : IProposalService, ISponsorshipService
{
    public Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken) => Task.FromResult(listed ?? []);

    public Task<DomainResult<ProposalView>> ProposeTextAsync(DraftAccess by, string paragraphId, string newText, string? onBehalfOf, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<DomainResult<ProposalView>> ProposeEditAsync(DraftAccess by, Func<Draft, DomainResult> edit, string? onBehalfOf, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<DomainResult<ProposalView>> ProposeToRevisionAsync(DraftAccess by, Guid revisionId, Func<Draft, DomainResult> edit, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<DomainResult<ProposalView>> ProposeSubAmendmentAsync(DraftAccess by, Guid parentId, string paragraphId, string newText, AgreedLanguage? source, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<IReadOnlyList<ProposalView>> VotingOrderAsync(Guid draftId, CancellationToken cancellationToken) => ListAsync(draftId, cancellationToken);

    public Task<DomainResult> MoveInVotingOrderAsync(DraftAccess by, Guid id, int delta, CancellationToken cancellationToken) => No();

    public Task<DomainResult> WithdrawAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<DomainResult> SetSymbolAsync(DraftAccess by, Guid id, string? symbol, CancellationToken cancellationToken) => No();

    public Task<DomainResult> JoinAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<DomainResult> LeaveAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<DomainResult> RejectAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<DomainResult> PutToVoteAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<DomainResult> AcceptAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<DomainResult> RecordVoteAsync(DraftAccess by, Guid id, VoteResult vote, CancellationToken cancellationToken) => No();

    public Task<DomainResult> CoSponsorAsync(DraftAccess by, CancellationToken cancellationToken) => No();

    public Task<DomainResult> WithdrawAsync(DraftAccess by, CancellationToken cancellationToken) => No();

    private static Task<DomainResult<T>> Refuse<T>() => Task.FromResult(DomainResult<T>.Fail("Not in this test."));

    private static Task<DomainResult> No() => Task.FromResult(DomainResult.Fail("Not in this test."));
}
