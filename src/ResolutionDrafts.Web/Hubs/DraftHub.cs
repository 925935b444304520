using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;

using ResolutionDrafts.Web.Operations;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// Live co-editing at /hubs/drafts. A transport adapter: it checks who is calling and what they
/// may do (<see cref="DraftAccessService"/>), decodes each message and hands it to the draft's
/// <see cref="DraftSession"/>, which does the work and the replying. Only signed-in users connect;
/// the author of every change is the signed-in user, never a name in the message.
/// </summary>
[Authorize]
public sealed class DraftHub(DraftSessions sessions, DraftAccessService access, UserRateLimits userLimits, SignInCheck signIns, IAuditLog audit, AppMetrics metrics) : Hub<IDraftClient>
{
    public const string Path = "/hubs/drafts";
    public const string NoSuchDraft = "There is no such draft, or you are not a member of it.";
    public const string SignedOut = "Your sign-in has ended (signed out, password changed or account locked); sign in again.";
    private const int MaxClientId = 64;

    public async Task JoinDraft(JoinDraft message)
    {
        if (message.ClientId is not { Length: > 0 and <= MaxClientId })
        {
            throw new HubException($"A client id must be 1 to {MaxClientId} characters.");
        }

        var actor = await CallerAsync();
        if (!Limits().Joins.AttemptAcquire().IsAcquired)
        {
            throw new HubException(ConnectionRateLimit.TooManyJoins);
        }

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
            await audit.WriteAsync(actor, AuditActions.Joined, message.DraftId, $"live editing as {DraftAccess.Describe(rights.Role)}", Context.ConnectionAborted);
        }

        var joinedNow = await membership.Lease.Session.JoinAsync(Context.ConnectionId, message, actor.Label, actor.UserId, Context.ConnectionAborted);
        if (joinedNow.Error is { } refusal)
        {
            if (membership.ClientId is null && joined.Remove(message.DraftId))
            {
                await CloseAsync(message.DraftId, membership);
            }

            throw new HubException(refusal);
        }

        membership.ClientId = message.ClientId;
    }

    public async Task SubmitOperation(SubmitOperationRequest request)
    {
        var membership = MembershipOf(request.DraftId);
        await CallerAsync();
        if (request.ClientId != membership.ClientId)
        {
            // Only the client id this connection joined with, which is bound to this account.
            metrics.Refused("client-id", request.ClientId, request.ClientSeq);
            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq,
                "A change must be sent under the client id this connection joined the draft with; nothing was done."));
            return;
        }

        using (var permit = Limits().Operations.AttemptAcquire())
        using (var userPermit = permit.IsAcquired ? userLimits.Acquire(membership.Actor.UserId) : null)
        {
            if (!permit.IsAcquired || userPermit is { IsAcquired: false })
            {
                // Retryable: nothing of the batch is applied or remembered (the session never sees it), so
                // the client sends the same submission (client id and seq) again after the wait and the
                // server still applies it exactly once. docs/hub-protocol.md, section 9.
                var over = permit.IsAcquired ? userPermit! : permit;
                var message = permit.IsAcquired ? userLimits.SlowDownMessage : ConnectionRateLimit.SlowDownMessage;
                metrics.RateLimited(permit.IsAcquired ? "hub-user" : "hub-connection");
                metrics.Refused("rate-limit", request.ClientId, request.ClientSeq);
                await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, message, RefusalReasons.SlowDown, RetryAfterMs(over)));
                return;
            }
        }

        var operation = request.Operation.ValueKind == System.Text.Json.JsonValueKind.String && request.Operation.GetString() == NestingGuardedJsonProtocol.TooDeep
            ? DomainResult<DraftOperation>.Fail($"The operation is nested more than {DraftOperationJson.MaxNesting} levels deep; a batch holds operations, not batches within batches.")
            : DraftOperationJson.Parse(request.Operation.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "null" : request.Operation.GetRawText());
        if (!operation.IsSuccess)
        {
            metrics.Refused("invalid", request.ClientId, request.ClientSeq);
            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, operation.Error!));
            return;
        }

        // Asked on every operation (from a short-lived cache): a role taken away applies within seconds.
        var rights = await access.ForAsync(membership.Actor, request.DraftId, Context.ConnectionAborted);
        var missing = rights is null ? DraftAction.Read : OperationActions.Missing(rights, operation.Value!);
        if (missing is { } action)
        {
            var refusal = rights is null ? NoSuchDraft : rights.Refusal(action);
            metrics.Refused(rights is null ? "not-member" : "permission", request.ClientId, request.ClientSeq);
            if (membership.Refusals++ == 0)
            {
                await audit.WriteAsync(membership.Actor, AuditActions.Refused, request.DraftId, refusal, Context.ConnectionAborted);
            }

            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, refusal));
            return;
        }

        if (OperationActions.ChangesNothing(operation.Value!))
        {
            // It would still be a revision under the sender's name: never stored.
            metrics.Refused("no-op", request.ClientId, request.ClientSeq);
            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, "This change changes nothing; nothing was saved."));
            return;
        }

        var submission = new Submission(request.ClientId, request.ClientSeq, request.BaseRevision, operation.Value!);
        await membership.Lease.Session.SubmitAsync(Context.ConnectionId, submission, membership.Actor.Label, membership.Actor.UserId, Context.ConnectionAborted);
        membership.Submitted++;
    }

    public async Task UpdatePresence(UpdatePresence message)
    {
        var membership = MembershipOf(message.DraftId);
        await CallerAsync();
        // Everyone in the draft hears each update: a flood is cut off here, and the caller told.
        if (!Limits().Presence.AttemptAcquire().IsAcquired)
        {
            throw new HubException(ConnectionRateLimit.TooManyPresenceUpdates);
        }

        await membership.Lease.Session.UpdatePresenceAsync(Context.ConnectionId, message, Context.ConnectionAborted);
    }

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
        Limits().Dispose();
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

    /// <summary>
    /// The signed-in caller, whose sign-in is checked again (from a cache of a few seconds): a
    /// connection made before a sign-out, a password change or a lock is closed on its next message.
    /// </summary>
    private async Task<Actor> CallerAsync()
    {
        var actor = Actor.From(Context.User) ?? throw new HubException("Sign in first.");
        if (!await signIns.IsCurrentAsync(Context.User, Context.ConnectionAborted))
        {
            Context.Abort();
            throw new HubException(SignedOut);
        }

        return actor;
    }

    /// <summary>How long to wait before sending again, as the refusing bucket says (a second if it does not), within 10 ms to 5 s.</summary>
    internal static int RetryAfterMs(System.Threading.RateLimiting.RateLimitLease refusal) =>
        refusal.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait)
            ? (int)Math.Clamp(Math.Ceiling(wait.TotalMilliseconds), 10, 5000)
            : 1000;

    private Membership MembershipOf(Guid draftId) =>
        Joined().TryGetValue(draftId, out var membership) ? membership : throw new HubException("Join the draft first.");

    private ConnectionRateLimit Limits()
    {
        if (Context.Items.TryGetValue(typeof(ConnectionRateLimit), out var value) && value is ConnectionRateLimit limits)
        {
            return limits;
        }

        limits = new ConnectionRateLimit(userLimits.Clock);
        Context.Items[typeof(ConnectionRateLimit)] = limits;
        return limits;
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

        /// <summary>The client id this connection joined with: the only one it may submit under.</summary>
        public string? ClientId { get; set; }

        public int Submitted { get; set; }

        public int Refusals { get; set; }
    }
}
