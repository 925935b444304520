using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResolutionDrafts.Contracts.Protocol;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// Colours chosen while Redis was away (ADR 0020 "shared colours", issue 17): each node then chose
/// alone, so two people on two nodes may hold one colour, and the other nodes' clients never heard of
/// those who joined meanwhile. When Redis is back the node writes what it holds again and tells its
/// people anew, at a few beats in a row (pub/sub keeps nothing for a node not yet subscribed again); and at every beat it looks at each draft it has people in: a person of this node who
/// shares a colour with someone who joined earlier (anywhere) takes a free colour, a second tab that
/// joined after the person's first tab on another node takes that tab's colour
/// (<see cref="PresenceColours.Reconcile"/>); the session pushes the new colour to the clients. Each
/// entry in Redis carries its join time (<c>Joined</c>, Unix ms) beside the entry's own fields, so every
/// node agrees on who came first.
/// </summary>
internal sealed partial class RedisPresence
{
    /// <summary>When each of this node's connections joined a draft (Unix ms).</summary>
    private readonly ConcurrentDictionary<(Guid DraftId, string ConnectionId), long> joined = new();

    /// <summary>Something of this node's presence was not written to Redis (it was away): written again, and reconciled, at the next beat.</summary>
    private volatile bool unsynced;

    /// <summary>
    /// Beats left at which this node tells the draft groups again who is here. Pub/sub keeps nothing: a
    /// node whose subscription to the backplane is not back yet when this one tells would miss it, so
    /// after Redis returns, or a colour changes, it is told at <see cref="AnnounceBeats"/> beats in a row.
    /// </summary>
    private int announceBeats;

    private const int AnnounceBeats = 3;

    /// <summary>The entry as stored in Redis: its own fields and its join time.</summary>
    private string Stored(Guid draftId, PresenceEntry entry)
    {
        var json = JsonSerializer.SerializeToNode(entry)!.AsObject();
        json["Joined"] = joined.GetValueOrDefault((draftId, entry.ConnectionId), clock.GetUtcNow().ToUnixTimeMilliseconds());
        return json.ToJsonString();
    }

    private async Task ReconcileAsync(bool redisCameBack)
    {
        if (redisCameBack)
        {
            announceBeats = AnnounceBeats;
        }

        var announce = announceBeats > 0;
        announceBeats = Math.Max(0, announceBeats - 1);
        var drafts = mine.Keys.Select(k => k.DraftId).Distinct().ToList();
        var alive = new Dictionary<string, bool>(StringComparer.Ordinal);
        var sessions = services.GetRequiredService<DraftSessions>();
        foreach (var draftId in drafts)
        {
            var elsewhere = new List<PresenceClaim>();
            foreach (var field in await Db.HashGetAllAsync(Key(draftId)))
            {
                var name = field.Name.ToString();
                if (!name.Contains('|', StringComparison.Ordinal) || name.StartsWith(node + "|", StringComparison.Ordinal))
                {
                    continue;
                }

                var other = NodeOf(name);
                if (!alive.TryGetValue(other, out var isAlive))
                {
                    alive[other] = isAlive = await Db.KeyExistsAsync(NodeKey(other));
                }

                if (isAlive && Claim(field.Value.ToString(), other) is { } claim)
                {
                    elsewhere.Add(claim);
                }
            }

            var here = mine.Where(m => m.Key.DraftId == draftId).ToList();
            var people = here.GroupBy(m => m.Value.Delegation, StringComparer.Ordinal)
                .Select(g => new PresenceClaim(g.Key, g.First().Value.Colour, g.Min(m => joined.GetValueOrDefault(m.Key, long.MaxValue)), node))
                .ToList();
            for (var i = 0; i < people.Count; i++)
            {
                var person = people[i];
                var others = elsewhere.Concat(people.Where(p => p.Person != person.Person)).ToList();
                if (PresenceColours.Reconcile(person, others) is not { } colour || colour == person.Colour)
                {
                    continue;
                }

                logger.LogInformation("Draft {DraftId}: a colour chosen while Redis was away was someone else's first; one person now has another", draftId);
                foreach (var (key, entry) in here.Where(m => m.Value.Delegation == person.Person))
                {
                    var recoloured = entry with { Colour = colour };
                    mine[key] = recoloured;
                    await WriteAsync(draftId, recoloured);
                }

                people[i] = person with { Colour = colour }; // the next of this node's people sees the new colour
                await sessions.RecolourAsync(draftId, person.Person, colour);
                announceBeats = AnnounceBeats;
            }

            if (announce)
            {
                await sessions.AnnouncePresenceAsync(draftId);
            }
        }
    }

    private static PresenceClaim? Claim(string json, string onNode)
    {
        try
        {
            var entry = JsonNode.Parse(json)?.AsObject();
            return entry?["Delegation"]?.GetValue<string>() is { } person && entry["Colour"]?.GetValue<string>() is { } colour
                ? new PresenceClaim(person, colour, entry["Joined"] is JsonValue at && at.TryGetValue<long>(out var ms) ? ms : 0, onNode)
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
