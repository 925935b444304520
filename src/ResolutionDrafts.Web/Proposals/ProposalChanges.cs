using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// A change of one proposal's state that touches nothing else (withdrawn, joined, rejected, put to the
/// vote): the caller's right, the domain's rule, the row saved against its version, the audit log, and
/// everyone's pages told.
/// </summary>
public sealed class ProposalChanges(IDbContextFactory<AppDbContext> dbFactory, ProposalStore store, IDraftEvents events, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Who acts on a proposal, as its history records them: a delegation's member speaks for the delegation.</summary>
    public static ProposalActor Actor(DraftAccess by) => new(by.Actor.Label, by.Role == DraftRole.Delegation ? by.Actor.Delegation : null);

    public async Task<DomainResult> ChangeAsync(DraftAccess by, Guid id, DraftAction needs, string verb, Func<Proposal, ProposalActor, DateTimeOffset, DomainResult> change, CancellationToken cancellationToken)
    {
        if (!by.Can(needs))
        {
            return DomainResult.Fail(by.Refusal(needs));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (record, view) = await store.FindAsync(db, by.DraftId, id, cancellationToken);
        if (view is null)
        {
            return DomainResult.Fail("There is no such proposal in this draft.");
        }

        var changed = change(view.Proposal, Actor(by), clock.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed;
        }

        if (await store.SaveAsync(db, record!, view.Proposal, cancellationToken) is { IsSuccess: false } conflict)
        {
            return conflict;
        }

        await audit.WriteAsync(by.Actor, AuditActions.ProposalDecided, by.DraftId, $"proposal {view.Number} {verb}; now {NegotiationWords.State(view.Proposal.State)}", cancellationToken);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Proposals));
        return DomainResult.Ok();
    }
}
