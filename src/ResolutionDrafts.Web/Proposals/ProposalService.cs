using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// Delegations' proposals to amend a draft: made from a proposed copy of the text (suggesting mode),
/// worded by the domain, stored with their history, and decided by the secretariat. An accepted or
/// adopted proposal is applied to the live text through the draft's co-editing session, so every
/// connected client sees it at once; proposals it makes inapplicable are marked as fallen.
/// Every method checks the caller's rights (<see cref="DraftAccess"/>) itself.
/// </summary>
public sealed class ProposalService(
    IDbContextFactory<AppDbContext> dbFactory, DraftSessions sessions, IDraftService drafts, IRevisionService revisions, IDraftEvents events, IAuditLog audit, TimeProvider clock) : IProposalService
{
    public const int MaxProposalsPerDraft = 2_000;

    private const string Conflict = "Someone changed this proposal at the same moment; reload and try again.";


    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Proposals.AsNoTracking().Where(p => p.DraftId == draftId).OrderBy(p => p.Number).ToListAsync(cancellationToken);
        return [.. records.Select(Read).OfType<ProposalView>()];
    }

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
        var live = await LiveAsync(by.DraftId, cancellationToken);
        if (live is null)
        {
            return DomainResult<ProposalView>.Fail("This draft no longer exists.");
        }

        var (original, revision) = live.Value;
        return await ProposeFromAsync(by, original, edit, null, (id, amendment, delegation, at) =>
            Proposal.Propose(id, ProposalTarget.LiveDraft(revision), [delegation], amendment, Actor(by), at, onBehalfOf), cancellationToken);
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
            Proposal.Propose(id, ProposalTarget.Document(revision.Summary.Symbol), [delegation], amendment, Actor(by), at), cancellationToken);
    }

    /// <summary>
    /// An amendment to a pending proposal: the delegation edits the paragraph as the proposal would
    /// make it; the sub-amendment is what turns the proposal's text into that. Accepted or adopted,
    /// it changes the proposal, not the live text.
    /// </summary>
    public async Task<DomainResult<ProposalView>> ProposeSubAmendmentAsync(DraftAccess by, Guid parentId, string paragraphId, string newText, CancellationToken cancellationToken)
    {
        if (ProposerProblem(by) is { } refused)
        {
            return DomainResult<ProposalView>.Fail(refused);
        }

        ProposalView? parent;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var parentRecord = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parentId && p.DraftId == by.DraftId, cancellationToken);
            parent = parentRecord is null ? null : Read(parentRecord);
        }

        if (parent is null)
        {
            return DomainResult<ProposalView>.Fail("There is no such proposal in this draft.");
        }

        return await ProposeFromAsync(by, parent.Proposed, draft => draft.SetText(paragraphId, newText), parent.Id, (id, amendment, delegation, at) =>
            Proposal.ProposeSubAmendment(id, parent.Proposal, [delegation], amendment, Actor(by), at), cancellationToken);
    }

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

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.Proposals.CountAsync(p => p.DraftId == by.DraftId, cancellationToken);
        if (count >= MaxProposalsPerDraft)
        {
            return DomainResult<ProposalView>.Fail($"A draft can have at most {MaxProposalsPerDraft} proposals.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new ProposalRecord
        {
            Id = id, DraftId = by.DraftId, Number = count + 1, ParentId = parentId, State = created.Value!.State.ToString(),
            OriginalJson = DraftJson.Serialize(original), ProposedJson = DraftJson.Serialize(proposed),
            DataJson = Serialize(created.Value), CreatedUtc = now, UpdatedUtc = now, Version = 1,
        };
        db.Proposals.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return DomainResult<ProposalView>.Fail("Another proposal was made at the same moment; please send yours again.");
        }

        await audit.WriteAsync(by.Actor, AuditActions.Proposed, by.DraftId,
            $"proposal {record.Number}{(parentId is null ? "" : " (to another proposal)")}: {amendment.Text(original.Language)}", cancellationToken);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return DomainResult<ProposalView>.Ok(Read(record)!);
    }

    public Task<string?> WithdrawAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(by, id, DraftAction.Propose, "withdrew", (p, actor, at) => p.Withdraw(actor, at), cancellationToken);

    /// <summary>The caller's delegation joins the proposal as a co-proposer.</summary>
    public Task<string?> JoinAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        by.Actor.Delegation is { } delegation
            ? ChangeAsync(by, id, DraftAction.Propose, "joined", (p, actor, at) => p.AddCoProposer(delegation, actor, at), cancellationToken)
            : Task.FromResult<string?>("Only a delegation can join a proposal.");

    /// <summary>The caller's delegation, which joined the proposal, leaves it.</summary>
    public Task<string?> LeaveAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        by.Actor.Delegation is { } delegation
            ? ChangeAsync(by, id, DraftAction.Propose, "left", (p, actor, at) => p.RemoveCoProposer(delegation, actor, at), cancellationToken)
            : Task.FromResult<string?>("Only a delegation can leave a proposal.");

    public Task<string?> RejectAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(by, id, DraftAction.DecideProposals, "rejected", (p, actor, at) => p.Reject(actor, at), cancellationToken);

    public Task<string?> PutToVoteAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(by, id, DraftAction.DecideProposals, "put to the vote", (p, actor, at) => p.PutToVote(actor, at), cancellationToken);

    /// <summary>Accepted by the secretariat: applied to the live text now.</summary>
    public Task<string?> AcceptAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        DecideAndApplyAsync(by, id, "accepted", (p, actor, at) => p.Accept(actor, at), cancellationToken);

    /// <summary>The result of a vote; adopted amendments are applied to the live text like accepted ones.</summary>
    public Task<string?> RecordVoteAsync(DraftAccess by, Guid id, VoteResult vote, CancellationToken cancellationToken) =>
        DecideAndApplyAsync(by, id, $"voted on ({vote.Yes} in favour, {vote.No} against, {vote.Abstain} abstentions)",
            (p, actor, at) => p.RecordVote(vote, actor, at), cancellationToken);

    private async Task<string?> DecideAndApplyAsync(DraftAccess by, Guid id, string verb, Func<Proposal, ProposalActor, DateTimeOffset, DomainResult> decide, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.DecideProposals))
        {
            return by.Refusal(DraftAction.DecideProposals);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id && p.DraftId == by.DraftId, cancellationToken);
        var view = record is null ? null : Read(record);
        if (view is null)
        {
            return "There is no such proposal in this draft.";
        }

        var now = clock.GetUtcNow();
        var decided = decide(view.Proposal, Actor(by), now);
        if (!decided.IsSuccess)
        {
            return decided.Error;
        }

        Draft? amendedText = null;
        if (view.Proposal.IsSubAmendment && view.Proposal.State is ProposalState.Accepted or ProposalState.Adopted)
        {
            // The proposal it amends now proposes the text as amended.
            var parentRecord = await db.Proposals.FirstOrDefaultAsync(p => p.Id == record!.ParentId, cancellationToken);
            var parent = parentRecord is null ? null : Read(parentRecord);
            if (parent is null)
            {
                return "The proposal this one amends is gone.";
            }

            var revised = parent.Proposal.Revise(AmendmentBuilder.Compute(parent.Original, view.Proposed), Actor(by), now, $"as amended by proposal {view.Number}");
            if (!revised.IsSuccess)
            {
                return revised.Error;
            }

            parentRecord!.ProposedJson = record!.ProposedJson;
            Write(parentRecord, parent.Proposal);
        }
        else if (view.Proposal.State is ProposalState.Accepted or ProposalState.Adopted)
        {
            // The text changes and the proposal is recorded as decided in one transaction: neither without the other.
            var version = record!.Version;
            var applied = await drafts.ApplyAsync(new DraftCommand(by, live =>
            {
                var amended = AmendmentApplier.Apply(live, view.Proposal.Amendment);
                if (!amended.IsSuccess)
                {
                    return DomainResult<DraftOperation>.Fail($"Proposal {view.Number} no longer applies to the live text: {amended.Error}");
                }

                amendedText = amended.Value;
                return DraftDelta.Between(live, amended.Value!);
            })
            {
                Right = DraftAction.DecideProposals,
                AttributedTo = $"{view.Delegations} (proposal {view.Number})",
                AlsoSave = async (store, _, ct) =>
                {
                    var stored = await store.Proposals.FirstOrDefaultAsync(p => p.Id == id, ct);
                    if (stored is null || stored.Version != version)
                    {
                        throw new CommandRefusedException(Conflict);
                    }

                    Write(stored, view.Proposal);
                },
            }, cancellationToken);
            if (!applied.IsSuccess)
            {
                return applied.Error;
            }
        }

        // Saved above with the text when the text changed; otherwise (a rejection, a sub-amendment) here.
        if (amendedText is null && await SaveAsync(db, record!, view.Proposal, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"proposal {view.Number} {verb}; now {NegotiationWords.State(view.Proposal.State)}", cancellationToken);
        if (amendedText is not null)
        {
            await MarkFallenAsync(by, view, amendedText, cancellationToken);
        }

        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return null;
    }

    /// <summary>
    /// The voting order: pending proposals in the secretariat's order where it set one, otherwise
    /// as <see cref="VotingOrder.Suggest"/> puts them (sub-amendments before their parent).
    /// </summary>
    public async Task<IReadOnlyList<ProposalView>> VotingOrderAsync(Guid draftId, CancellationToken cancellationToken)
    {
        var pending = (await ListAsync(draftId, cancellationToken)).Where(p => p.Proposal.IsPending).ToList();
        var live = await LiveAsync(draftId, cancellationToken);
        if (live is null)
        {
            return [];
        }

        return InVotingOrder(live.Value.Draft, pending);
    }

    /// <summary><paramref name="pending"/> in the secretariat's order where it set one, otherwise in the order suggested for <paramref name="text"/>.</summary>
    public static IReadOnlyList<ProposalView> InVotingOrder(Draft text, IReadOnlyList<ProposalView> pending)
    {
        var suggested = VotingOrder.Suggest(text, pending.Select(p => p.Proposal)).Select((e, i) => (e.Proposal.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. pending.OrderBy(p => p.VotePosition ?? int.MaxValue).ThenBy(p => suggested.GetValueOrDefault(p.Proposal.Id, int.MaxValue))];
    }

    /// <summary>The secretariat moves a proposal in the voting order; the whole order shown is kept from then on.</summary>
    public async Task<string?> MoveInVotingOrderAsync(DraftAccess by, Guid id, int delta, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.DecideProposals))
        {
            return by.Refusal(DraftAction.DecideProposals);
        }

        var order = (await VotingOrderAsync(by.DraftId, cancellationToken)).Select(p => p.Id).ToList();
        var at = order.IndexOf(id);
        if (at < 0)
        {
            return "That proposal is not pending.";
        }

        var to = Math.Clamp(at + delta, 0, order.Count - 1);
        order.RemoveAt(at);
        order.Insert(to, id);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Proposals.Where(p => p.DraftId == by.DraftId && order.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            record.VotePosition = order.IndexOf(record.Id) + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"voting order set: {string.Join(", ", order.Select(o => records.First(r => r.Id == o).Number))}", cancellationToken);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return null;
    }

    /// <summary>Pending proposals that no longer apply to the text the decided one made fall with it.</summary>
    private async Task MarkFallenAsync(DraftAccess by, ProposalView decided, Draft text, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Proposals.Where(p => p.DraftId == by.DraftId && p.Id != decided.Id).ToListAsync(cancellationToken);
        var views = records.Select(r => (Record: r, View: Read(r))).Where(x => x.View is { Proposal.IsPending: true }).ToList();
        var fallen = VotingOrder.FallenWith(text, views.Select(v => v.View!.Proposal)).Select(p => p.Id).ToHashSet();
        foreach (var (record, view) in views.Where(v => fallen.Contains(v.View!.Proposal.Id)))
        {
            if (view!.Proposal.Fall(Actor(by), clock.GetUtcNow(), becauseOf: decided.Proposal.Id).IsSuccess)
            {
                Write(record, view.Proposal);
                await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"proposal {view.Number} falls with proposal {decided.Number}", cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string?> ChangeAsync(DraftAccess by, Guid id, DraftAction needs, string verb, Func<Proposal, ProposalActor, DateTimeOffset, DomainResult> change, CancellationToken cancellationToken)
    {
        if (!by.Can(needs))
        {
            return by.Refusal(needs);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id && p.DraftId == by.DraftId, cancellationToken);
        var view = record is null ? null : Read(record);
        if (view is null)
        {
            return "There is no such proposal in this draft.";
        }

        var changed = change(view.Proposal, Actor(by), clock.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        if (await SaveAsync(db, record!, view.Proposal, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"proposal {view.Number} {verb}; now {NegotiationWords.State(view.Proposal.State)}", cancellationToken);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return null;
    }

    private async Task<string?> SaveAsync(AppDbContext db, ProposalRecord record, Proposal proposal, CancellationToken cancellationToken)
    {
        Write(record, proposal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
    }

    private void Write(ProposalRecord record, Proposal proposal)
    {
        record.State = proposal.State.ToString();
        record.DataJson = Serialize(proposal);
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        record.Version++;
    }

    private async Task<(Draft Draft, int Revision)?> LiveAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.AcquireAsync(draftId, cancellationToken);
        return lease is null ? null : await lease.Session.SnapshotAsync(cancellationToken);
    }

    private static ProposalActor Actor(DraftAccess by) => new(by.Actor.Label, by.Role == DraftRole.Delegation ? by.Actor.Delegation : null);

    /// <summary>The stored state without the instructions, which are computed from the two texts.</summary>
    private static string Serialize(Proposal proposal) => JsonSerializer.Serialize(proposal.ToData() with { Instructions = [] }, Json);

    private static ProposalView? Read(ProposalRecord record)
    {
        var original = DraftJson.DeserializeVerbatim(record.OriginalJson);
        var proposed = DraftJson.DeserializeVerbatim(record.ProposedJson);
        var data = JsonSerializer.Deserialize<ProposalData>(record.DataJson, Json);
        if (!original.IsSuccess || !proposed.IsSuccess || data is null)
        {
            return null;
        }

        var amendment = AmendmentBuilder.Compute(original.Value!, proposed.Value!);
        var restored = Proposal.Restore(data with { Instructions = amendment.Instructions });
        return restored.IsSuccess
            ? new ProposalView(record.Id, record.DraftId, record.Number, restored.Value!, original.Value!, proposed.Value!, record.CreatedUtc) { VotePosition = record.VotePosition }
            : null;
    }
}
