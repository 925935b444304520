using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// The Redis backplane (<paramref name="backplane"/>, SignalR's <c>RedisHubLifetimeManager</c>) with
/// one change: a group message reaches this node's own members of the group directly, in the order it
/// was sent, and only the other nodes' members through Redis. The backplane alone sends a group
/// message to Redis and delivers it to every member, this node's too, when Redis sends it back; while
/// Redis is away (a restart, a network cut) such messages are lost, so a delegate whose own connection
/// never dropped would miss the acknowledgement of her own change and wait for it for ever.
/// Now what a node's session sends its own connections cannot be lost between nodes; what the other
/// nodes miss they fill in from the database (docs/decisions/0008, "When something fails").
/// The publish to Redis is not awaited by the sender (a session holds its lock while it sends):
/// StackExchange.Redis keeps the publishes in the order they were made, and a failure is logged.
/// Everything else (single connections, users, all, groups' subscriptions) is the backplane's.
/// </summary>
public sealed class LocalFirstHubLifetimeManager<THub>(HubLifetimeManager<THub> backplane, ILogger<LocalFirstHubLifetimeManager<THub>> logger)
    : HubLifetimeManager<THub>, IDisposable
    where THub : Hub
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(10);
    private readonly HubConnectionStore connections = new();
    private readonly Lock sync = new();

    /// <summary>This node's connections in each group (only groups with one here).</summary>
    private readonly Dictionary<string, HashSet<HubConnectionContext>> groups = new(StringComparer.Ordinal);
    private long failedPublishes;
    private long lastFailureLogged;

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        connections.Add(connection);
        await backplane.OnConnectedAsync(connection);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        connections.Remove(connection);
        lock (sync)
        {
            foreach (var (name, members) in groups.Where(g => g.Value.Contains(connection)).ToList())
            {
                members.Remove(connection);
                if (members.Count == 0)
                {
                    groups.Remove(name);
                }
            }
        }

        await backplane.OnDisconnectedAsync(connection);
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        // The backplane subscribes this node to the group's channel: the other nodes' messages reach it there.
        await backplane.AddToGroupAsync(connectionId, groupName, cancellationToken);
        if (connections[connectionId] is { } connection)
        {
            lock (sync)
            {
                if (!groups.TryGetValue(groupName, out var members))
                {
                    groups[groupName] = members = [];
                }

                members.Add(connection);
            }
        }
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        if (connections[connectionId] is { } connection)
        {
            lock (sync)
            {
                if (groups.TryGetValue(groupName, out var members) && members.Remove(connection) && members.Count == 0)
                {
                    groups.Remove(groupName);
                }
            }
        }

        await backplane.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
    }

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendGroupExceptAsync(groupName, methodName, args, [], cancellationToken);

    public override async Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default)
    {
        HubConnectionContext[] here;
        lock (sync)
        {
            here = groups.TryGetValue(groupName, out var members) ? [.. members] : [];
        }

        // Redis first, without waiting: the publish keeps its place in StackExchange.Redis's queue,
        // and this node's members are excluded (they hear it below, not a second time from Redis).
        List<string> excluded = [.. excludedConnectionIds, .. here.Select(c => c.ConnectionId)];
        Observe(backplane.SendGroupExceptAsync(groupName, methodName, args, excluded, CancellationToken.None), groupName);

        if (here.Length == 0)
        {
            return;
        }

        // One serialisation for every member, as SignalR's own group send does.
        var message = new SerializedHubMessage(new InvocationMessage(methodName, args));
        List<Task>? writing = null;
        foreach (var connection in here)
        {
            if (!excludedConnectionIds.Contains(connection.ConnectionId))
            {
                var write = connection.WriteAsync(message, cancellationToken);
                if (!write.IsCompletedSuccessfully)
                {
                    (writing ??= []).Add(write.AsTask());
                }
            }
        }

        if (writing is not null)
        {
            await Task.WhenAll(writing);
        }
    }

    public override async Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        foreach (var group in groupNames)
        {
            await SendGroupAsync(group, methodName, args, cancellationToken);
        }
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendAllAsync(methodName, args, cancellationToken);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        backplane.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

    /// <summary>A connection of this node is written to directly by the backplane too; another node's goes through Redis.</summary>
    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendUserAsync(userId, methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendUsersAsync(userIds, methodName, args, cancellationToken);

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        backplane.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        backplane.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        backplane.TryGetReturnType(invocationId, out type);

    public void Dispose() => (backplane as IDisposable)?.Dispose();

    /// <summary>Logs a publish that failed (Redis away longer than its backlog waits), at most once per <see cref="QuietFor"/>.</summary>
    private void Observe(Task publish, string groupName)
    {
        if (publish.IsCompletedSuccessfully)
        {
            return;
        }

        _ = publish.ContinueWith(
            t =>
            {
                var failed = Interlocked.Increment(ref failedPublishes);
                var now = Environment.TickCount64;
                var last = Interlocked.Read(ref lastFailureLogged);
                if ((last == 0 || now - last >= QuietFor.TotalMilliseconds) && Interlocked.CompareExchange(ref lastFailureLogged, now, last) == last)
                {
                    logger.LogWarning("Messages to the other nodes did not reach Redis ({Failed} so far; last for {Group}): {Reason}. They catch up from the database.",
                        failed, groupName, t.Exception?.GetBaseException().Message);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
