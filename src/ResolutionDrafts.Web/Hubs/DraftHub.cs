using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Client.Protocol;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// Live co-editing at /hubs/drafts. A transport adapter: it checks and decodes each message and
/// hands it to the draft's <see cref="DraftSession"/>, which does the work and the replying.
/// </summary>
public sealed class DraftHub(DraftSessions sessions) : Hub<IDraftClient>
{
    public const string Path = "/hubs/drafts";
    public const int MaxDisplayName = 100;
    private const int MaxClientId = 64;

    public async Task JoinDraft(JoinDraft message)
    {
        if (message.ClientId is not { Length: > 0 and <= MaxClientId })
        {
            throw new HubException($"A client id must be 1 to {MaxClientId} characters.");
        }

        var joined = Joined();
        if (!joined.TryGetValue(message.DraftId, out var membership))
        {
            var lease = await sessions.AcquireAsync(message.DraftId, Context.ConnectionAborted)
                ?? throw new HubException("There is no such draft.");
            membership = new Membership(lease, Delegation(message.DisplayName));
            joined[message.DraftId] = membership;
        }

        await membership.Lease.Session.JoinAsync(Context.ConnectionId, message, membership.Delegation, Context.ConnectionAborted);
    }

    public async Task SubmitOperation(SubmitOperationRequest request)
    {
        var membership = MembershipOf(request.DraftId);
        using var permit = Limiter().AttemptAcquire();
        if (!permit.IsAcquired)
        {
            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, ConnectionRateLimit.SlowDownMessage));
            return;
        }

        var operation = DraftOperationJson.Parse(request.Operation.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "null" : request.Operation.GetRawText());
        if (!operation.IsSuccess)
        {
            await Clients.Caller.OperationRefused(new OperationRefused(request.DraftId, request.ClientSeq, operation.Error!));
            return;
        }

        var submission = new Submission(request.ClientId, request.ClientSeq, request.BaseRevision, operation.Value!);
        await membership.Lease.Session.SubmitAsync(Context.ConnectionId, submission, membership.Delegation, Context.ConnectionAborted);
    }

    public Task UpdatePresence(UpdatePresence message) =>
        MembershipOf(message.DraftId).Lease.Session.UpdatePresenceAsync(Context.ConnectionId, message, Context.ConnectionAborted);

    public async Task LeaveDraft(LeaveDraft message)
    {
        if (Joined().Remove(message.DraftId, out var membership))
        {
            await membership.Lease.Session.LeaveAsync(Context.ConnectionId);
            await membership.Lease.DisposeAsync();
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var membership in Joined().Values)
        {
            await membership.Lease.Session.LeaveAsync(Context.ConnectionId);
            await membership.Lease.DisposeAsync();
        }

        Joined().Clear();
        Limiter().Dispose();
        await base.OnDisconnectedAsync(exception);
    }

    private static string Delegation(string? displayName)
    {
        var name = displayName?.Trim();
        return string.IsNullOrEmpty(name) ? "Anonymous" : name.Length > MaxDisplayName ? name[..MaxDisplayName] : name;
    }

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

    private sealed record Membership(SessionLease Lease, string Delegation);
}
