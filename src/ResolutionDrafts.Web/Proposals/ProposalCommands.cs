using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;
using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// What delegations do with proposals: make one from a proposed copy of the text (suggesting mode),
/// worded by the domain; withdraw their own; join or leave another's. Each checks the caller's rights.
/// </summary>
public sealed class ProposalCommands(
    IDbContextFactory<AppDbContext> dbFactory, ProposalStore store, ProposalQueries queries, ProposalChanges changes, IRevisionService revisions, IDraftEvents events, IAuditLog audit, TimeProvider clock)
{
    /// <summary>A proposal that replaces one paragraph's text (or a sub-paragraph's): the suggesting-mode edit of one paragraph.</summary>
    public Task<DomainResult<ProposalView>> ProposeTextAsync(DraftAccess by, string paragraphId, string newText, string? onBehalfOf, CancellationToken cancellationToken) =>
        ProposeEditAsync(by, draft => draft.SetText(paragraphId, newText), onBehalfOf, cancellationToken);

    /// <summary>A proposal made by <paramref name="edit"/> on a copy of the live text: a new paragraph, a deletion, a move, or several.</summary>
    public async Task<DomainResult<ProposalView>> ProposeEditAsync(DraftAccess by, Func<Draft, DomainResult> edit, string? onBehalfOf, CancellationToken cancellationToken)
    {
        if (ProposerProblem(by) is { } refused)
        {
            return DomainResult<ProposalView>.Fail(refused);
        }

        // One snapshot: the edit is made on, and the amendment computed against, the same text.
        var live = await queries.LiveAsync(by.DraftId, cancellationToken);
        if (live is null)
        {
            return DomainResult<ProposalView>.Fail("This draft no longer exists.");
        }

        var (original, revision) = live.Value;
        return await ProposeFromAsync(by, original, edit, null, (id, amendment, delegation, at) =>
            Proposal.Propose(id, ProposalTarget.LiveDraft(revision), [delegation], amendment, ProposalChanges.Actor(by), at, onBehalfOf), cancellationToken);
    }

    /// <summary>
    /// A proposal to an issued revision (as amendments in the General Assembly are made to an issued
    /// L document): worded against the revision's text and named by its symbol; accepted, it is
    /// applied to the live text where the words it quotes still are.
    /// </summary>
    public async Task<DomainResult<ProposalView>> ProposeToRevisionAsync(DraftAccess by, Guid revisionId, Func<Draft, DomainResult> edit, CancellationToken cancellationToken)
    {
        if (ProposerProblem(by) is { } refused)
        {
            return DomainResult<ProposalView>.Fail(refused);
        }

        var revision = await revisions.LoadAsync(revisionId, cancellationToken);
        if (revision is null || revision.Summary.DraftId != by.DraftId)
        {
            return DomainResult<ProposalView>.Fail("There is no such revision of this draft.");
        }

        return await ProposeFromAsync(by, revision.Draft, edit, null, (id, amendment, delegation, at) =>
            Proposal.Propose(id, ProposalTarget.Document(revision.Summary.Symbol), [delegation], amendment, ProposalChanges.Actor(by), at), cancellationToken);
    }

    /// <summary>
    /// An amendment to a pending proposal: the delegation edits the paragraph as the proposal would
    /// make it; the sub-amendment is what turns the proposal's text into that. Accepted or adopted,
    /// it changes the proposal, not the live text. A wording taken from agreed language records its
    /// <paramref name="source"/> in the sub-amendment's copy, as a proposal's copy does: accepted, the
    /// copy becomes the proposal's, and accepting that carries the source into the text (ADR 0011).
    /// </summary>
    public async Task<DomainResult<ProposalView>> ProposeSubAmendmentAsync(DraftAccess by, Guid parentId, string paragraphId, string newText, AgreedLanguage? source, CancellationToken cancellationToken)
    {
        if (ProposerProblem(by) is { } refused)
        {
            return DomainResult<ProposalView>.Fail(refused);
        }

        ProposalView? parent;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            parent = (await store.FindAsync(db, by.DraftId, parentId, cancellationToken)).View;
        }

        if (parent is null)
        {
            return DomainResult<ProposalView>.Fail("There is no such proposal in this draft.");
        }

        return await ProposeFromAsync(by, parent.Proposed, draft => WithSource(draft, draft.SetText(paragraphId, FootnoteReferences.RaisedFiguresAsReferences(draft.FindNode(paragraphId)?.Text ?? "", newText)), paragraphId, source), parent.Id, (id, amendment, delegation, at) =>
            Proposal.ProposeSubAmendment(id, parent.Proposal, [delegation], amendment, ProposalChanges.Actor(by), at), cancellationToken);
    }

    /// <summary>The secretariat gives the amendment the symbol it is issued under (printed on its L document), or takes it away.</summary>
    public Task<DomainResult> SetSymbolAsync(DraftAccess by, Guid id, string? symbol, CancellationToken cancellationToken) =>
        changes.ChangeAsync(by, id, DraftAction.DecideProposals, string.IsNullOrWhiteSpace(symbol) ? "lost its symbol" : $"given the symbol {symbol.Trim()}",
            (p, actor, at) => p.SetSymbol(symbol, actor, at), cancellationToken);

    public Task<DomainResult> WithdrawAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        changes.ChangeAsync(by, id, DraftAction.Propose, "withdrew", (p, actor, at) => p.Withdraw(actor, at), cancellationToken);

    /// <summary>The caller's delegation joins the proposal as a co-proposer.</summary>
    public Task<DomainResult> JoinAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        by.Actor.Delegation is { } delegation
            ? changes.ChangeAsync(by, id, DraftAction.Propose, "joined", (p, actor, at) => p.AddCoProposer(delegation, actor, at), cancellationToken)
            : Task.FromResult(DomainResult.Fail("Only a delegation can join a proposal."));

    /// <summary>The caller's delegation, which joined the proposal, leaves it.</summary>
    public Task<DomainResult> LeaveAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        by.Actor.Delegation is { } delegation
            ? changes.ChangeAsync(by, id, DraftAction.Propose, "left", (p, actor, at) => p.RemoveCoProposer(delegation, actor, at), cancellationToken)
            : Task.FromResult(DomainResult.Fail("Only a delegation can leave a proposal."));

    /// <summary>
    /// A pending proposal the caller's delegation holds (as proposer or co-proposer) that gives the same
    /// instructions to the same text (the live draft, the same issued revision, the same parent
    /// proposal): a second one would be counted, voted on and printed twice. Null when there is none.
    /// </summary>
    private static ProposalView? SameProposal(DraftAccess by, Proposal proposal, string language, IReadOnlyList<ProposalView> pending)
    {
        var delegation = by.Actor.Delegation!;
        var wording = proposal.Amendment.Text(language);
        return pending.FirstOrDefault(p =>
            p.Proposal.IsPending
            && p.Proposal.Proposers.Contains(delegation, StringComparer.OrdinalIgnoreCase)
            && p.Proposal.ParentId == proposal.ParentId
            && p.Proposal.Target.Symbol == proposal.Target.Symbol
            && p.Proposal.Amendment.Text(language) == wording);
    }

    private static DomainResult WithSource(Draft draft, DomainResult edited, string id, AgreedLanguage? source) =>
        !edited.IsSuccess || source is null ? edited : draft.SetSource(id, source);

    private static string? ProposerProblem(DraftAccess by) =>
        !by.Can(DraftAction.Propose) ? by.Refusal(DraftAction.Propose)
        : by.Actor.Delegation is null ? "Proposals are made by a delegation; your account belongs to none."
        : null;

    /// <summary>
    /// What every way of proposing shares: <paramref name="edit"/> on a copy of <paramref name="original"/>,
    /// the amendment between the two, the proposal <paramref name="create"/> makes of it, stored.
    /// </summary>
    private async Task<DomainResult<ProposalView>> ProposeFromAsync(
        DraftAccess by, Draft original, Func<Draft, DomainResult> edit, Guid? parentId,
        Func<string, Amendment, string, DateTimeOffset, DomainResult<Proposal>> create, CancellationToken cancellationToken)
    {
        var proposed = original.Clone();
        var edited = edit(proposed);
        if (!edited.IsSuccess)
        {
            return DomainResult<ProposalView>.Fail(edited.Error!);
        }

        var amendment = AmendmentBuilder.Compute(original, proposed);
        if (amendment.Unworded.Count > 0)
        {
            // A change no instruction words is refused with why, rather than proposed without it.
            return DomainResult<ProposalView>.Fail(string.Join(" ", amendment.Unworded));
        }

        if (amendment.IsEmpty)
        {
            return DomainResult<ProposalView>.Fail("The proposed text is the same as the text it is made to: there is nothing to propose.");
        }

        var id = Guid.NewGuid();
        var created = create(id.ToString(), amendment, by.Actor.Delegation!, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return DomainResult<ProposalView>.Fail(created.Error!);
        }

        // Checked in the same turn as the insert (ProposalStore.AddAsync): the same proposal sent twice at one instant is
        // made once, and the second told so.
        var stored = await store.AddAsync(by.DraftId, id, parentId, created.Value!, original, proposed, cancellationToken,
            pending => SameProposal(by, created.Value!, original.Language, pending) is { } earlier
                ? $"{by.Actor.Delegation} already proposed this: proposal {earlier.Number}. It is still open; a second one would be counted and voted on twice."
                : null);
        if (!stored.IsSuccess)
        {
            return stored;
        }

        await audit.WriteAsync(by.Actor, AuditActions.Proposed, by.DraftId,
            $"proposal {stored.Value!.Number}{(parentId is null ? "" : " (to another proposal)")}: {amendment.Text(original.Language)}", cancellationToken);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return stored;
    }
}
