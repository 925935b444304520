using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>For component tests of the draft page that are not about proposals: there are none, and making one is refused.</summary>
internal sealed class NoProposals : IProposalService, ISponsorshipService
{
    public Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ProposalView>>([]);

    public Task<DomainResult<ProposalView>> ProposeTextAsync(DraftAccess by, string paragraphId, string newText, string? onBehalfOf, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<DomainResult<ProposalView>> ProposeEditAsync(DraftAccess by, Func<Draft, DomainResult> edit, string? onBehalfOf, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<DomainResult<ProposalView>> ProposeToRevisionAsync(DraftAccess by, Guid revisionId, Func<Draft, DomainResult> edit, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<DomainResult<ProposalView>> ProposeSubAmendmentAsync(DraftAccess by, Guid parentId, string paragraphId, string newText, CancellationToken cancellationToken) => Refuse<ProposalView>();

    public Task<IReadOnlyList<ProposalView>> VotingOrderAsync(Guid draftId, CancellationToken cancellationToken) => ListAsync(draftId, cancellationToken);

    public Task<string?> MoveInVotingOrderAsync(DraftAccess by, Guid id, int delta, CancellationToken cancellationToken) => No();

    public Task<string?> WithdrawAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<string?> JoinAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<string?> LeaveAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<string?> RejectAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<string?> PutToVoteAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<string?> AcceptAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => No();

    public Task<string?> RecordVoteAsync(DraftAccess by, Guid id, VoteResult vote, CancellationToken cancellationToken) => No();

    public Task<string?> CoSponsorAsync(DraftAccess by, CancellationToken cancellationToken) => No();

    public Task<string?> WithdrawAsync(DraftAccess by, CancellationToken cancellationToken) => No();

    private static Task<DomainResult<T>> Refuse<T>() => Task.FromResult(DomainResult<T>.Fail("Not in this test."));

    private static Task<string?> No() => Task.FromResult<string?>("Not in this test.");
}
