using System.Collections.Concurrent;
using System.Text.Json;
using ResolutionDrafts.Contracts.Protocol;
using StackExchange.Redis;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// Who is in a draft on the other app nodes. A session keeps its own node's connections in memory and
/// tells this directory of them; the join reply and the pages list both. On one node there is nobody
/// elsewhere (<see cref="OneNodePresence"/>).
/// </summary>
public interface IPresenceDirectory
{
    /// <summary>The draft's connections on other nodes, without their client ids.</summary>
    Task<IReadOnlyList<PresenceEntry>> ElsewhereAsync(Guid draftId);

    Task PutAsync(Guid draftId, PresenceEntry entry);

    Task RemoveAsync(Guid draftId, string connectionId);
}

/// <summary>One node: everyone in a draft is in its session's memory.</summary>
public sealed class OneNodePresence : IPresenceDirectory
{
    public Task<IReadOnlyList<PresenceEntry>> ElsewhereAsync(Guid draftId) => Task.FromResult<IReadOnlyList<PresenceEntry>>([]);

    public Task PutAsync(Guid draftId, PresenceEntry entry) => Task.CompletedTask;

    public Task RemoveAsync(Guid draftId, string connectionId) => Task.CompletedTask;
}

/// <summary>
/// Presence of several nodes in Redis: per draft a hash <c>rd:presence:{draft}</c> of
/// <c>{node}|{connection}</c> → entry, and per node a key <c>rd:node:{node}</c> that the node renews
/// every <see cref="Heartbeat"/> and that expires after <see cref="NodeLifetime"/>. Entries of a node
/// whose key has expired (killed, cut off) are ignored and removed by whoever reads them; a graceful
/// stop deletes its key at once. If Redis lost everything (a restart without persistence), each node
/// finds its key gone at the next beat and writes its entries again. While Redis is away, presence
/// is each node's own; nothing else depends on it.
/// </summary>
internal sealed class RedisPresence(RedisConnection redis, ILogger<RedisPresence> logger) : IPresenceDirectory, IHostedService, IDisposable
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan NodeLifetime = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan DraftKeyLifetime = TimeSpan.FromHours(12);

    private readonly string node = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<(Guid DraftId, string ConnectionId), PresenceEntry> mine = new();
    private readonly CancellationTokenSource stopping = new();
    private Task? beating;

    private IDatabase Db => redis.Multiplexer.GetDatabase();

    public async Task<IReadOnlyList<PresenceEntry>> ElsewhereAsync(Guid draftId)
    {
        if (!redis.Multiplexer.IsConnected)
        {
            return [];
        }

        try
        {
            var fields = await Db.HashGetAllAsync(Key(draftId));
            var byNode = fields
                .Select(f => (Field: (string)f.Name!, Value: (string?)f.Value))
                .Where(f => f.Field.Contains('|', StringComparison.Ordinal) && !f.Field.StartsWith(node + "|", StringComparison.Ordinal))
                .GroupBy(f => f.Field[..f.Field.IndexOf('|', StringComparison.Ordinal)])
                .ToList();
            var entries = new List<PresenceEntry>();
            foreach (var group in byNode)
            {
                if (!await Db.KeyExistsAsync(NodeKey(group.Key)))
                {
                    // That node has stopped renewing its key: its connections are gone.
                    await Db.HashDeleteAsync(Key(draftId), [.. group.Select(f => (RedisValue)f.Field)], CommandFlags.FireAndForget);
                    continue;
                }

                entries.AddRange(group.Select(f => f.Value is null ? null : JsonSerializer.Deserialize<PresenceEntry>(f.Value)).OfType<PresenceEntry>());
            }

            return entries;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or JsonException)
        {
            logger.LogWarning("Draft {DraftId}: presence on other nodes was not read: {Reason}", draftId, e.Message);
            return [];
        }
    }

    public async Task PutAsync(Guid draftId, PresenceEntry entry)
    {
        entry = entry with { ClientId = "" };
        mine[(draftId, entry.ConnectionId)] = entry;
        await WriteAsync(draftId, entry);
    }

    public async Task RemoveAsync(Guid draftId, string connectionId)
    {
        mine.TryRemove((draftId, connectionId), out _);
        if (!redis.Multiplexer.IsConnected)
        {
            return;
        }

        try
        {
            await Db.HashDeleteAsync(Key(draftId), Field(connectionId), CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Draft {DraftId}: presence was not removed from Redis: {Reason}", draftId, e.Message);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        beating = BeatAsync(stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (beating is not null)
        {
            await beating;
        }

        try
        {
            if (redis.Multiplexer.IsConnected)
            {
                // Others stop listing this node's connections now rather than when its key expires.
                await Db.KeyDeleteAsync(NodeKey(node));
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogInformation("This node's presence key was left to expire: {Reason}", e.Message);
        }
    }

    public void Dispose() => stopping.Dispose();

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (redis.Multiplexer.IsConnected)
                {
                    var renewed = await Db.KeyExpireAsync(NodeKey(node), NodeLifetime);
                    if (!renewed)
                    {
                        // First beat, or Redis forgot this node (restarted, or the node was cut off longer than its lifetime).
                        await Db.StringSetAsync(NodeKey(node), "1", NodeLifetime);
                        foreach (var ((draftId, _), entry) in mine)
                        {
                            await WriteAsync(draftId, entry);
                        }
                    }
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning("This node's presence was not renewed in Redis: {Reason}", e.Message);
            }

            try
            {
                await Task.Delay(Heartbeat, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WriteAsync(Guid draftId, PresenceEntry entry)
    {
        if (!redis.Multiplexer.IsConnected)
        {
            return;
        }

        try
        {
            var key = Key(draftId);
            await Db.HashSetAsync(key, Field(entry.ConnectionId), JsonSerializer.Serialize(entry), flags: CommandFlags.FireAndForget);
            await Db.KeyExpireAsync(key, DraftKeyLifetime, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Draft {DraftId}: presence was not written to Redis: {Reason}", draftId, e.Message);
        }
    }

    private static RedisKey Key(Guid draftId) => $"rd:presence:{draftId:N}";

    private static RedisKey NodeKey(string node) => $"rd:node:{node}";

    private RedisValue Field(string connectionId) => $"{node}|{connectionId}";
}
