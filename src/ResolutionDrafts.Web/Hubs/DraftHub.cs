using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Client.Protocol;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// Live co-editing at /hubs/drafts. A transport adapter: it checks who is calling and what they
/// may do (<see cref="DraftAccessService"/>), decodes each message and hands it to the draft's
/// <see cref="DraftSession"/>, which does the work and the replying. Only signed-in users connect;
/// the author of every change is the signed-in user, never a name in the message.
/// </summary>
[Authorize]
public sealed class DraftHub(DraftSessions sessions, DraftAccessService access, UserRateLimits userLimits, IAuditLog audit) : Hub<IDraftClient>
{
    public const string Path = "/hubs/drafts";
    public const string NoSuchDraft = "There is no such draft, or you are not a member of it.";
    private const int MaxClientId = 64;

    public async Task JoinDraft(JoinDraft message)
    {
        if (message.ClientId is not { Length: > 0 and <= MaxClientId })
        {
            throw new HubException($"A client id must be 1 to {MaxClientId} characters.");
        }

        var actor = Caller();
        var joined = Joined();
        if (!joined.TryGetValue(message.DraftId, out var membership))
        {
            var rights = await access.ForAsync(actor, message.DraftId, Context.ConnectionAborted);
            if (rights is null || !rights.Can(DraftAction.Read))
            {
                throw new HubException(NoSuchDraft);
            }

            var lease = await sessions.AcquireAsync(message.DraftId, Context.ConnectionAborted) ?? throw new HubException(NoSuchDraft);
            membership = new Membership(lease, actor);
            joined[message.DraftId] = membership;
            await audit.WriteAsync(actor, AuditActions.Joined, message.DraftId, $"live editing as {rights.Role}", Context.ConnectionAborted);
        }

        await membership.Lease.Session.JoinAsync(Context.ConnectionId, message, actor.Label, actor.UserId, Context.ConnectionAborted);
    }

    public async Task SubmitOperation(SubmitOperationRequest request)
    {
        var membership = MembershipOf(request.DraftId);
        using (var permit = Limiter().AttemptAcquire())
        using (var userPermit = userLimits.Acquire(membership.Actor.UserId))
        {
            if (!permit.IsAcquired || !userPermit.IsAcquired)
            {
                var message = permit.IsAcquired ? UserRateLimits.SlowDownMessage : ConnectionRateLimit.SlowDownMessage;
                await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, message));
                return;
            }
        }

        var operation = DraftOperationJson.Parse(request.Operation.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "null" : request.Operation.GetRawText());
        if (!operation.IsSuccess)
        {
            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, operation.Error!));
            return;
        }

        // Asked on every operation (from a short-lived cache): a role taken away applies within seconds.
        var rights = await access.ForAsync(membership.Actor, request.DraftId, Context.ConnectionAborted);
        var missing = rights is null ? DraftAction.Read : OperationActions.Missing(rights, operation.Value!);
        if (missing is { } action)
        {
            var refusal = rights is null ? NoSuchDraft : rights.Refusal(action);
            if (membership.Refusals++ == 0)
            {
                await audit.WriteAsync(membership.Actor, AuditActions.Refused, request.DraftId, refusal, Context.ConnectionAborted);
            }

            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, refusal));
            return;
        }

        var submission = new Submission(request.ClientId, request.ClientSeq, request.BaseRevision, operation.Value!);
        await membership.Lease.Session.SubmitAsync(Context.ConnectionId, submission, membership.Actor.Label, Context.ConnectionAborted);
        membership.Submitted++;
    }

    public Task UpdatePresence(UpdatePresence message) =>
        MembershipOf(message.DraftId).Lease.Session.UpdatePresenceAsync(Context.ConnectionId, message, Context.ConnectionAborted);

    public async Task LeaveDraft(LeaveDraft message)
    {
        if (Joined().Remove(message.DraftId, out var membership))
        {
            await CloseAsync(message.DraftId, membership);
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (draftId, membership) in Joined())
        {
            await CloseAsync(draftId, membership);
        }

        Joined().Clear();
        Limiter().Dispose();
        await base.OnDisconnectedAsync(exception);
    }

    private async Task CloseAsync(Guid draftId, Membership membership)
    {
        await membership.Lease.Session.LeaveAsync(Context.ConnectionId);
        await membership.Lease.DisposeAsync();
        if (membership.Submitted > 0)
        {
            // Edits are summarised per session: one line, not one per keystroke.
            await audit.WriteAsync(membership.Actor, AuditActions.EditSession, draftId, $"{membership.Submitted} changes sent in one live session", CancellationToken.None);
        }
    }

    private Actor Caller() => Actor.From(Context.User) ?? throw new HubException("Sign in first.");

    private Membership MembershipOf(Guid draftId) =>
        Joined().TryGetValue(draftId, out var membership) ? membership : throw new HubException("Join the draft first.");

    private System.Threading.RateLimiting.TokenBucketRateLimiter Limiter()
    {
        if (Context.Items.TryGetValue(typeof(ConnectionRateLimit), out var value) && value is System.Threading.RateLimiting.TokenBucketRateLimiter limiter)
        {
            return limiter;
        }

        limiter = ConnectionRateLimit.Create();
        Context.Items[typeof(ConnectionRateLimit)] = limiter;
        return limiter;
    }

    private Dictionary<Guid, Membership> Joined()
    {
        if (Context.Items.TryGetValue(typeof(Membership), out var value) && value is Dictionary<Guid, Membership> joined)
        {
            return joined;
        }

        joined = [];
        Context.Items[typeof(Membership)] = joined;
        return joined;
    }

    private sealed class Membership(SessionLease lease, Actor actor)
    {
        public SessionLease Lease { get; } = lease;

        public Actor Actor { get; } = actor;

        public int Submitted { get; set; }

        public int Refusals { get; set; }
    }
}
