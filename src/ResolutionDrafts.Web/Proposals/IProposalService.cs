using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>Proposals to amend a draft, as pages use them; <see cref="ProposalService"/> is the implementation.</summary>
public interface IProposalService
{
    Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken);

    Task<DomainResult<ProposalView>> ProposeTextAsync(DraftAccess by, string paragraphId, string newText, string? onBehalfOf, CancellationToken cancellationToken);

    Task<DomainResult<ProposalView>> ProposeEditAsync(DraftAccess by, Func<Draft, DomainResult> edit, string? onBehalfOf, CancellationToken cancellationToken);

    Task<DomainResult<ProposalView>> ProposeToRevisionAsync(DraftAccess by, Guid revisionId, Func<Draft, DomainResult> edit, CancellationToken cancellationToken);

    /// <summary>An amendment to a pending proposal; <paramref name="source"/>: the agreed language its wording was taken from, kept as a proposal keeps it (ADR 0011).</summary>
    Task<DomainResult<ProposalView>> ProposeSubAmendmentAsync(DraftAccess by, Guid parentId, string paragraphId, string newText, AgreedLanguage? source, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProposalView>> VotingOrderAsync(Guid draftId, CancellationToken cancellationToken);

    Task<DomainResult> MoveInVotingOrderAsync(DraftAccess by, Guid id, int delta, CancellationToken cancellationToken);

    Task<DomainResult> WithdrawAsync(DraftAccess by, Guid id, CancellationToken cancellationToken);

    /// <summary>The secretariat gives the amendment the symbol it is issued under, printed at the top right of its L document; blank takes it away.</summary>
    Task<DomainResult> SetSymbolAsync(DraftAccess by, Guid id, string? symbol, CancellationToken cancellationToken);

    Task<DomainResult> JoinAsync(DraftAccess by, Guid id, CancellationToken cancellationToken);

    /// <summary>The caller's delegation, which joined the proposal, leaves it.</summary>
    Task<DomainResult> LeaveAsync(DraftAccess by, Guid id, CancellationToken cancellationToken);

    Task<DomainResult> RejectAsync(DraftAccess by, Guid id, CancellationToken cancellationToken);

    Task<DomainResult> PutToVoteAsync(DraftAccess by, Guid id, CancellationToken cancellationToken);

    Task<DomainResult> AcceptAsync(DraftAccess by, Guid id, CancellationToken cancellationToken);

    Task<DomainResult> RecordVoteAsync(DraftAccess by, Guid id, VoteResult vote, CancellationToken cancellationToken);
}
