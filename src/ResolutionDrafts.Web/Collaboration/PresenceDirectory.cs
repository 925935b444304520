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

    /// <summary>
    /// The colour of a person joining, decided for every node at once: their colour if they are in the
    /// draft on another node (a second tab), else <paramref name="entry"/>'s if nobody in the draft has it
    /// (<paramref name="takenHere"/>: the colours of the others on this node), else the first free one.
    /// The entry is put in the directory with it in the same step, so two people joining on two nodes at
    /// the same instant never get one colour. On one node, <paramref name="entry"/>'s colour.
    /// </summary>
    Task<string> ClaimColourAsync(Guid draftId, PresenceEntry entry, IReadOnlyCollection<string> takenHere);
}

/// <summary>One node: everyone in a draft is in its session's memory.</summary>
public sealed class OneNodePresence : IPresenceDirectory
{
    public Task<IReadOnlyList<PresenceEntry>> ElsewhereAsync(Guid draftId) => Task.FromResult<IReadOnlyList<PresenceEntry>>([]);

    public Task PutAsync(Guid draftId, PresenceEntry entry) => Task.CompletedTask;

    public Task RemoveAsync(Guid draftId, string connectionId) => Task.CompletedTask;

    public Task<string> ClaimColourAsync(Guid draftId, PresenceEntry entry, IReadOnlyCollection<string> takenHere) => Task.FromResult(entry.Colour);
}

/// <summary>
/// Presence of several nodes in Redis: per draft a hash <c>rd:presence:{draft}</c> of
/// <c>{node}|{connection}</c> → entry, and per node a key <c>rd:node:{node}</c> that the node renews
/// every <see cref="Heartbeat"/> and that expires after <see cref="NodeLifetime"/>. Entries of a node
/// whose key has expired (killed, cut off) are ignored and removed by whoever reads them; a graceful
/// stop deletes its key at once. If Redis lost everything (a restart without persistence), each node
/// finds its key gone at the next beat and writes its entries again. While Redis is away, presence
/// is each node's own; nothing else depends on it.
/// Hub clients heard of the other nodes' people through the backplane, and a killed node never says
/// they left: at each beat this node looks at the drafts it has connections in, and when a node whose
/// people it has seen there has had no key for <see cref="DeadAfter"/>, its open session tells this
/// node's connections that they left (<see cref="DraftSession.ForgetElsewhereAsync"/>).
/// Colours chosen while Redis was away are reconciled when it is back (RedisPresence.Reconcile.cs).
/// </summary>
internal sealed partial class RedisPresence(RedisConnection redis, IServiceProvider services, TimeProvider clock, ILogger<RedisPresence> logger) : IPresenceDirectory, IHostedService, IDisposable
{
    /// <summary>
    /// How long a node's key must have been missing before its people are taken for gone: longer than
    /// a beat, so a Redis that restarted empty (every node's key gone until its next beat) is not
    /// taken for every other node dying.
    /// </summary>
    public static readonly TimeSpan DeadAfter = 2 * TimeSpan.FromSeconds(2);

    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan NodeLifetime = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan DraftKeyLifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// The colour decided and the entry written in one step in Redis (a script runs alone): the colours of
    /// the people in the draft on live nodes, the joiner's own if they are there already, else the
    /// preferred colour if free, else the first free one of the palette (the rule of <see cref="PresenceColours.Choose"/>).
    /// KEYS[1] the draft's hash; ARGV: person, preferred, field, entry (JSON), palette (JSON), taken here (JSON), lifetime (s).
    /// </summary>
    private const string ClaimScript = """
        local taken = {}
        for _, c in ipairs(cjson.decode(ARGV[6])) do taken[c] = true end
        local fields = redis.call('HGETALL', KEYS[1])
        local alive = {}
        local chosen = nil
        for i = 1, #fields, 2 do
          local f = fields[i]
          local bar = string.find(f, '|', 1, true)
          if bar and f ~= ARGV[3] then
            local n = string.sub(f, 1, bar - 1)
            if alive[n] == nil then alive[n] = redis.call('EXISTS', 'rd:node:' .. n) == 1 end
            if alive[n] then
              local ok, e = pcall(cjson.decode, fields[i + 1])
              if ok and type(e) == 'table' and type(e.Colour) == 'string' then
                if e.Delegation == ARGV[1] then chosen = e.Colour end
                taken[e.Colour] = true
              end
            end
          end
        end
        if not chosen then
          if not taken[ARGV[2]] then
            chosen = ARGV[2]
          else
            for _, c in ipairs(cjson.decode(ARGV[5])) do
              if not taken[c] then chosen = c break end
            end
            chosen = chosen or ARGV[2]
          end
        end
        local entry = cjson.decode(ARGV[4])
        entry.Colour = chosen
        redis.call('HSET', KEYS[1], ARGV[3], cjson.encode(entry))
        redis.call('EXPIRE', KEYS[1], ARGV[7])
        return chosen
        """;

    private readonly string node = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<(Guid DraftId, string ConnectionId), PresenceEntry> mine = new();
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Per draft this node has connections in: the other nodes' entries (<c>{node}|{connection}</c>) seen at the last sweep.</summary>
    private readonly Dictionary<Guid, HashSet<string>> seenElsewhere = [];

    /// <summary>Nodes whose key was found missing (at a sweep or a read), and since when.</summary>
    private readonly ConcurrentDictionary<string, DateTime> missingSince = new(StringComparer.Ordinal);
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
            var now = DateTime.UtcNow;
            foreach (var group in byNode)
            {
                if (await Db.KeyExistsAsync(NodeKey(group.Key)))
                {
                    missingSince.TryRemove(group.Key, out _);
                }
                else if (now - missingSince.GetOrAdd(group.Key, now) >= DeadAfter)
                {
                    // That node has stopped renewing its key: its connections are gone.
                    await Db.HashDeleteAsync(Key(draftId), [.. group.Select(f => (RedisValue)f.Field)], CommandFlags.FireAndForget);
                    continue;
                }

                // (A key missing for less than DeadAfter is a beat late on a busy node, or a Redis that restarted
                // empty, as the sweep takes it: its people stay. Dropped at once, they were gone from every page
                // on the other nodes until they next moved, though their node had not stopped.)
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
        joined.TryAdd((draftId, entry.ConnectionId), clock.GetUtcNow().ToUnixTimeMilliseconds());
        mine[(draftId, entry.ConnectionId)] = entry;
        await WriteAsync(draftId, entry);
    }

    public async Task RemoveAsync(Guid draftId, string connectionId)
    {
        mine.TryRemove((draftId, connectionId), out _);
        joined.TryRemove((draftId, connectionId), out _);
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

    public async Task<string> ClaimColourAsync(Guid draftId, PresenceEntry entry, IReadOnlyCollection<string> takenHere)
    {
        joined.TryAdd((draftId, entry.ConnectionId), clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (!redis.Multiplexer.IsConnected)
        {
            // Chosen alone: kept here to be written and reconciled when Redis is back, even if the join
            // then fails to tell the group (its broadcast waits on Redis) and never puts the entry itself.
            mine[(draftId, entry.ConnectionId)] = entry with { ClientId = "" };
            unsynced = true;
            return entry.Colour;
        }

        try
        {
            var result = await Db.ScriptEvaluateAsync(
                ClaimScript,
                new RedisKey[] { Key(draftId) },
                new RedisValue[]
                {
                    entry.Delegation, entry.Colour, Field(entry.ConnectionId), Stored(draftId, entry with { ClientId = "" }),
                    JsonSerializer.Serialize(PresenceColours.Palette), JsonSerializer.Serialize(takenHere), (long)DraftKeyLifetime.TotalSeconds,
                });
            return result.IsNull ? entry.Colour : (string)result!;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Redis away: the colour is this node's choice, as presence is while Redis is away.
            mine[(draftId, entry.ConnectionId)] = entry with { ClientId = "" };
            unsynced = true;
            logger.LogWarning("Draft {DraftId}: the colour was chosen on this node alone: {Reason}", draftId, e.Message);
            return entry.Colour;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        beating = BeatAsync(stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The container disposed this node's presence before the host stopped it (a test host torn
            // down while Redis was away): nothing is left to stop.
            return;
        }

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
                    var rewrite = unsynced;
                    if (!renewed)
                    {
                        // First beat, or Redis forgot this node (restarted, or the node was cut off longer than its lifetime).
                        await Db.StringSetAsync(NodeKey(node), "1", NodeLifetime);
                    }

                    if (!renewed || rewrite)
                    {
                        // Also what changed here while Redis was away (joins, moves): written now, then told again.
                        unsynced = false;
                        foreach (var ((draftId, _), entry) in mine)
                        {
                            await WriteAsync(draftId, entry);
                        }
                    }

                    try
                    {
                        // Its key found gone (expired while the node was busy, or a Redis that forgot it): the other nodes
                        // may have taken this node's people for gone, and their pages and clients are told again.
                        await ReconcileAsync(rewrite || !renewed);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogWarning("Colours chosen while Redis was away were not reconciled: {Reason}", e.Message);
                    }

                    try
                    {
                        await SweepAsync();
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogWarning("The other nodes' presence was not checked: {Reason}", e.Message);
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

    /// <summary>
    /// For each draft this node has connections in: which of the other nodes' people are gone with
    /// their node (its key missing for <see cref="DeadAfter"/>); this node's connections are told.
    /// </summary>
    private async Task SweepAsync()
    {
        var drafts = mine.Keys.Select(k => k.DraftId).ToHashSet();
        foreach (var forgotten in seenElsewhere.Keys.Where(d => !drafts.Contains(d)).ToList())
        {
            seenElsewhere.Remove(forgotten);
        }

        var now = DateTime.UtcNow;
        var alive = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var draftId in drafts)
        {
            var fields = (await Db.HashKeysAsync(Key(draftId)))
                .Select(f => f.ToString())
                .Where(f => f.Contains('|', StringComparison.Ordinal) && !f.StartsWith(node + "|", StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            var before = seenElsewhere.GetValueOrDefault(draftId) ?? [];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var gone = new List<string>();
            foreach (var field in fields.Concat(before).Distinct(StringComparer.Ordinal))
            {
                var other = NodeOf(field);
                if (!alive.TryGetValue(other, out var isAlive))
                {
                    isAlive = await Db.KeyExistsAsync(NodeKey(other));
                    alive[other] = isAlive;
                    if (isAlive)
                    {
                        missingSince.TryRemove(other, out _);
                    }
                    else
                    {
                        missingSince.TryAdd(other, now);
                    }
                }

                if (isAlive)
                {
                    if (fields.Contains(field))
                    {
                        seen.Add(field); // gone from the hash while its node lives: that node told everyone
                    }
                }
                else if (now - missingSince.GetOrAdd(other, now) < DeadAfter)
                {
                    seen.Add(field); // perhaps only a Redis that restarted empty: looked at again next beat
                }
                else if (before.Contains(field))
                {
                    gone.Add(field[(field.IndexOf('|', StringComparison.Ordinal) + 1)..]);
                }
            }

            seenElsewhere[draftId] = seen;
            if (gone.Count > 0)
            {
                logger.LogInformation("Draft {DraftId}: {Count} people on a node that stopped are no longer shown", draftId, gone.Count);
                await Db.HashDeleteAsync(Key(draftId), [.. before.Where(f => gone.Contains(f[(f.IndexOf('|', StringComparison.Ordinal) + 1)..])).Select(f => (RedisValue)f)], CommandFlags.FireAndForget);
                await services.GetRequiredService<DraftSessions>().ForgetElsewhereAsync(draftId, gone);
            }
        }
    }

    private static string NodeOf(string field) => field[..field.IndexOf('|', StringComparison.Ordinal)];

    private async Task WriteAsync(Guid draftId, PresenceEntry entry)
    {
        if (!redis.Multiplexer.IsConnected)
        {
            unsynced = true;
            return;
        }

        try
        {
            var key = Key(draftId);
            await Db.HashSetAsync(key, Field(entry.ConnectionId), Stored(draftId, entry), flags: CommandFlags.FireAndForget);
            await Db.KeyExpireAsync(key, DraftKeyLifetime, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            unsynced = true;
            logger.LogWarning("Draft {DraftId}: presence was not written to Redis: {Reason}", draftId, e.Message);
        }
    }

    private static RedisKey Key(Guid draftId) => $"rd:presence:{draftId:N}";

    private static RedisKey NodeKey(string node) => $"rd:node:{node}";

    private RedisValue Field(string connectionId) => $"{node}|{connectionId}";
}
