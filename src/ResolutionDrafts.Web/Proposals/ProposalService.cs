using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// Delegations' proposals to amend a draft, as pages and endpoints use them: one entry in front of
/// the parts that do the work — <see cref="ProposalQueries"/> (the list, the voting order),
/// <see cref="ProposalCommands"/> (what delegations do), <see cref="ProposalDecisions"/> (what the
/// secretariat decides) and <see cref="ProposalStore"/> (rows to domain objects). Every method checks
/// the caller's rights (<see cref="DraftAccess"/>) itself.
/// </summary>
public sealed class ProposalService(ProposalQueries queries, ProposalCommands commands, ProposalDecisions decisions) : IProposalService
{
    public Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken) => queries.ListAsync(draftId, cancellationToken);

    public Task<IReadOnlyList<ProposalView>> VotingOrderAsync(Guid draftId, CancellationToken cancellationToken) => queries.VotingOrderAsync(draftId, cancellationToken);

    /// <inheritdoc cref="ProposalCommands.ProposeTextAsync"/>
    public Task<DomainResult<ProposalView>> ProposeTextAsync(DraftAccess by, string paragraphId, string newText, string? onBehalfOf, CancellationToken cancellationToken) =>
        commands.ProposeTextAsync(by, paragraphId, newText, onBehalfOf, cancellationToken);

    /// <inheritdoc cref="ProposalCommands.ProposeEditAsync"/>
    public Task<DomainResult<ProposalView>> ProposeEditAsync(DraftAccess by, Func<Draft, DomainResult> edit, string? onBehalfOf, CancellationToken cancellationToken) =>
        commands.ProposeEditAsync(by, edit, onBehalfOf, cancellationToken);

    /// <inheritdoc cref="ProposalCommands.ProposeToRevisionAsync"/>
    public Task<DomainResult<ProposalView>> ProposeToRevisionAsync(DraftAccess by, Guid revisionId, Func<Draft, DomainResult> edit, CancellationToken cancellationToken) =>
        commands.ProposeToRevisionAsync(by, revisionId, edit, cancellationToken);

    /// <inheritdoc cref="ProposalCommands.ProposeSubAmendmentAsync"/>
    public Task<DomainResult<ProposalView>> ProposeSubAmendmentAsync(DraftAccess by, Guid parentId, string paragraphId, string newText, AgreedLanguage? source, CancellationToken cancellationToken) =>
        commands.ProposeSubAmendmentAsync(by, parentId, paragraphId, newText, source, cancellationToken);

    public Task<DomainResult> WithdrawAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => commands.WithdrawAsync(by, id, cancellationToken);

    public Task<DomainResult> SetSymbolAsync(DraftAccess by, Guid id, string? symbol, CancellationToken cancellationToken) => commands.SetSymbolAsync(by, id, symbol, cancellationToken);

    public Task<DomainResult> JoinAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => commands.JoinAsync(by, id, cancellationToken);

    public Task<DomainResult> LeaveAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => commands.LeaveAsync(by, id, cancellationToken);

    public Task<DomainResult> RejectAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => decisions.RejectAsync(by, id, cancellationToken);

    public Task<DomainResult> PutToVoteAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => decisions.PutToVoteAsync(by, id, cancellationToken);

    public Task<DomainResult> AcceptAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) => decisions.AcceptAsync(by, id, cancellationToken);

    public Task<DomainResult> RecordVoteAsync(DraftAccess by, Guid id, VoteResult vote, CancellationToken cancellationToken) => decisions.RecordVoteAsync(by, id, vote, cancellationToken);

    public Task<DomainResult> MoveInVotingOrderAsync(DraftAccess by, Guid id, int delta, CancellationToken cancellationToken) => decisions.MoveInVotingOrderAsync(by, id, delta, cancellationToken);
}
