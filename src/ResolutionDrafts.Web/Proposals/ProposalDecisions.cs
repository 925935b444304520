using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// What the secretariat decides: reject, put to the vote, accept, record a vote, set the voting order.
/// An accepted or adopted proposal is applied to the live text through the one door for changes
/// (<see cref="IDraftService.ApplyAsync(DraftCommand, CancellationToken)"/>) with its new state in the
/// same transaction; proposals it makes inapplicable are marked as fallen.
/// </summary>
public sealed class ProposalDecisions(
    IDbContextFactory<AppDbContext> dbFactory, ProposalStore store, ProposalQueries queries, ProposalChanges changes, IDraftService drafts, IDraftEvents events, IAuditLog audit, TimeProvider clock)
{
    public Task<DomainResult> RejectAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        changes.ChangeAsync(by, id, DraftAction.DecideProposals, "rejected", (p, actor, at) => p.Reject(actor, at), cancellationToken);

    public Task<DomainResult> PutToVoteAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        changes.ChangeAsync(by, id, DraftAction.DecideProposals, "put to the vote", (p, actor, at) => p.PutToVote(actor, at), cancellationToken);

    /// <summary>Accepted by the secretariat: applied to the live text now.</summary>
    public Task<DomainResult> AcceptAsync(DraftAccess by, Guid id, CancellationToken cancellationToken) =>
        DecideAndApplyAsync(by, id, "accepted", (p, actor, at) => p.Accept(actor, at), cancellationToken);

    /// <summary>The result of a vote; adopted amendments are applied to the live text like accepted ones.</summary>
    public Task<DomainResult> RecordVoteAsync(DraftAccess by, Guid id, VoteResult vote, CancellationToken cancellationToken) =>
        DecideAndApplyAsync(by, id, $"voted on ({vote.Yes} in favour, {vote.No} against, {vote.Abstain} abstentions)",
            (p, actor, at) => p.RecordVote(vote, actor, at), cancellationToken);

    /// <summary>The secretariat moves a proposal in the voting order; the whole order shown is kept from then on.</summary>
    public async Task<DomainResult> MoveInVotingOrderAsync(DraftAccess by, Guid id, int delta, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.DecideProposals))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.DecideProposals));
        }

        var order = (await queries.VotingOrderAsync(by.DraftId, cancellationToken)).Select(p => p.Id).ToList();
        var at = order.IndexOf(id);
        if (at < 0)
        {
            return DomainResult.Fail("That proposal is not pending.");
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
        return DomainResult.Ok();
    }

    private async Task<DomainResult> DecideAndApplyAsync(DraftAccess by, Guid id, string verb, Func<Proposal, ProposalActor, DateTimeOffset, DomainResult> decide, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.DecideProposals))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.DecideProposals));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (record, view) = await store.FindAsync(db, by.DraftId, id, cancellationToken);
        if (view is null)
        {
            return DomainResult.Fail("There is no such proposal in this draft.");
        }

        var now = clock.GetUtcNow();
        var decided = decide(view.Proposal, ProposalChanges.Actor(by), now);
        if (!decided.IsSuccess)
        {
            return decided;
        }

        Draft? amendedText = null;
        if (view.Proposal.IsSubAmendment && view.Proposal.State is ProposalState.Accepted or ProposalState.Adopted)
        {
            // The proposal it amends now proposes the text as amended.
            var (parentRecord, parent) = await store.FindAsync(db, by.DraftId, record!.ParentId ?? Guid.Empty, cancellationToken);
            if (parent is null)
            {
                return DomainResult.Fail("The proposal this one amends is gone.");
            }

            var revised = parent.Proposal.Revise(AmendmentBuilder.Compute(parent.Original, view.Proposed), ProposalChanges.Actor(by), now, $"as amended by proposal {view.Number}");
            if (!revised.IsSuccess)
            {
                return revised;
            }

            parentRecord!.ProposedJson = record.ProposedJson;
            store.Write(parentRecord, parent.Proposal);
        }
        else if (view.Proposal.State is ProposalState.Accepted or ProposalState.Adopted)
        {
            // The text changes and the proposal is recorded as decided in one transaction: neither without the other.
            var version = record!.Version;
            var applied = await drafts.ApplyAsync(new DraftCommand(by, live =>
            {
                // Named after the live text first: another accepted proposal may have renumbered its paragraphs,
                // or (ADR 0016) given its part to another paragraph. Names only: the words it quotes, and a whole
                // paragraph, heading or title it replaces, must still read as when it was proposed.
                var proposed = view.Proposal.Amendment.Instructions;
                var rebased = AmendmentRebase.Onto(live, proposed);
                var amended = rebased.IsSuccess
                    ? AmendmentApplier.Apply(live, rebased.Value!.Instructions.Select((r, k) => r.Kind is AmendmentKind.ReplaceParagraph or AmendmentKind.ReplaceHeading or AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine
                        ? r with { OldText = proposed[k].OldText } : r).ToList())
                    : DomainResult<Draft>.Fail(rebased.Error!);
                if (!amended.IsSuccess)
                {
                    return DomainResult<DraftOperation>.Fail($"Proposal {view.Number} no longer applies to the live text: {amended.Error}");
                }

                // The words come from the amendment; agreed language the proposer used comes with them (ADR 0011).
                ProposedSources.CarryInto(amended.Value!, view.Original, view.Proposed);
                amendedText = amended.Value;
                return DraftDelta.Between(live, amended.Value!);
            })
            {
                Right = DraftAction.DecideProposals,
                AttributedTo = $"{view.Delegations} (proposal {view.Number})",
                AlsoSave = async (stored, _, ct) =>
                {
                    var row = await stored.Proposals.FirstOrDefaultAsync(p => p.Id == id, ct);
                    if (row is null || row.Version != version)
                    {
                        throw new CommandRefusedException(ProposalStore.Conflict);
                    }

                    store.Write(row, view.Proposal);
                },
            }, cancellationToken);
            if (!applied.IsSuccess)
            {
                return applied.Untyped();
            }
        }

        // Saved above with the text when the text changed; otherwise (a rejection, a sub-amendment) here.
        if (amendedText is null && await store.SaveAsync(db, record!, view.Proposal, cancellationToken) is { IsSuccess: false } conflict)
        {
            return conflict;
        }

        await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"proposal {view.Number} {verb}; now {NegotiationWords.State(view.Proposal.State)}", cancellationToken);
        if (amendedText is not null)
        {
            await MarkFallenAsync(by, view, amendedText, cancellationToken);
        }

        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return DomainResult.Ok();
    }

    /// <summary>Pending proposals that no longer apply to the text the decided one made fall with it.</summary>
    private async Task MarkFallenAsync(DraftAccess by, ProposalView decided, Draft text, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Proposals.Where(p => p.DraftId == by.DraftId && p.Id != decided.Id).ToListAsync(cancellationToken);
        var views = records.Select(r => (Record: r, View: store.Read(r))).Where(x => x.View is { Proposal.IsPending: true }).ToList();
        var fallen = VotingOrder.FallenWith(text, views.Select(v => v.View!.Proposal)).Select(p => p.Id).ToHashSet();
        foreach (var (record, view) in views.Where(v => fallen.Contains(v.View!.Proposal.Id)))
        {
            if (view!.Proposal.Fall(ProposalChanges.Actor(by), clock.GetUtcNow(), becauseOf: decided.Proposal.Id).IsSuccess)
            {
                store.Write(record, view.Proposal);
                await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"proposal {view.Number} falls with proposal {decided.Number}", cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
