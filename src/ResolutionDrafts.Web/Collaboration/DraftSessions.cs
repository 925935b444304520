using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// The open sessions of this app node: one per draft someone has open, loaded from the database on
/// first use and unloaded (with a final snapshot) when the last user leaves. Nothing here is needed
/// to rebuild a draft: the database holds it all.
/// </summary>
public sealed class DraftSessions(
    SessionStore store, ISessionBroadcaster broadcaster, IDraftEvents events, IPresenceDirectory elsewhere, IOptions<CollaborationOptions> options, TimeProvider clock, ILogger<DraftSession> logger)
{
    private readonly Lock sync = new();
    private readonly Dictionary<Guid, Entry> sessions = [];

    /// <summary>How many drafts have a session open on this node (a metric).</summary>
    public int OpenCount
    {
        get
        {
            lock (sync)
            {
                return sessions.Count;
            }
        }
    }

    /// <summary>The open session of a draft, loading it if need be; null when there is no such draft.</summary>
    public async Task<SessionLease?> AcquireAsync(Guid draftId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (sync)
        {
            if (!sessions.TryGetValue(draftId, out entry!))
            {
                entry = new Entry(DraftSession.LoadAsync(draftId, store, broadcaster, events, elsewhere, logger, options.Value.BatchWindow, clock, CancellationToken.None));
                sessions[draftId] = entry;
            }

            entry.Users++;
        }

        DraftSession? session;
        try
        {
            session = await entry.Loading.WaitAsync(cancellationToken);
        }
        catch
        {
            await ReleaseAsync(draftId);
            throw;
        }

        if (session is null)
        {
            await ReleaseAsync(draftId);
            return null;
        }

        return new SessionLease(this, session);
    }

    /// <summary>Runs <paramref name="work"/> on the draft's session, opening it for the time it takes.</summary>
    public async Task<T?> WithSessionAsync<T>(Guid draftId, Func<DraftSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var lease = await AcquireAsync(draftId, cancellationToken);
        return lease is null ? default : await work(lease.Session);
    }

    /// <summary>Takes a user out of the draft's live session if it is open on this node (a member removed).</summary>
    public async Task EvictAsync(Guid draftId, string userId)
    {
        Entry? entry;
        lock (sync)
        {
            sessions.TryGetValue(draftId, out entry);
        }

        if (entry is { Loading.IsCompletedSuccessfully: true } && entry.Loading.Result is { } session)
        {
            await session.EvictAsync(userId);
        }
    }

    /// <summary>
    /// Membership changed on another node: the users of this node's connections to the draft whom
    /// <paramref name="stillMayRead"/> no longer lets read it are taken out of its live session.
    /// </summary>
    public async Task EvictFormerMembersAsync(Guid draftId, Func<IReadOnlyList<string>, Task<IReadOnlySet<string>>> stillMayRead)
    {
        Entry? entry;
        lock (sync)
        {
            sessions.TryGetValue(draftId, out entry);
        }

        if (entry is not { Loading.IsCompletedSuccessfully: true } || entry.Loading.Result is not { } session)
        {
            return;
        }

        var connected = await session.UsersAsync();
        if (connected.Count == 0)
        {
            return;
        }

        var remaining = await stillMayRead(connected);
        foreach (var userId in connected.Where(u => !remaining.Contains(u)))
        {
            await session.EvictAsync(userId);
        }
    }

    /// <summary>Another node wrote to the draft: its session here, if open, takes in the new entries.</summary>
    public async Task CatchUpAsync(Guid draftId)
    {
        Entry? entry;
        lock (sync)
        {
            sessions.TryGetValue(draftId, out entry);
        }

        if (entry is { Loading.IsCompletedSuccessfully: true } && entry.Loading.Result is { } session)
        {
            await session.CatchUpFromStoreAsync();
        }
    }

    /// <summary>People on another node that stopped: this node's connections to the draft are told they left.</summary>
    public async Task ForgetElsewhereAsync(Guid draftId, IReadOnlyList<string> connectionIds)
    {
        Entry? entry;
        lock (sync)
        {
            sessions.TryGetValue(draftId, out entry);
        }

        if (entry is { Loading.IsCompletedSuccessfully: true } && entry.Loading.Result is { } session)
        {
            await session.ForgetElsewhereAsync(connectionIds);
        }
    }

    /// <summary>A person of this node takes another colour (reconciled after Redis was away): the open session tells everyone.</summary>
    public async Task RecolourAsync(Guid draftId, string person, string colour)
    {
        if (Open(draftId) is { } session)
        {
            await session.RecolourAsync(person, colour);
        }
    }

    /// <summary>The open session tells every node's clients again who is here (after Redis was away, they heard nothing).</summary>
    public async Task AnnouncePresenceAsync(Guid draftId)
    {
        if (Open(draftId) is { } session)
        {
            await session.AnnouncePresenceAsync();
        }
    }

    private DraftSession? Open(Guid draftId)
    {
        Entry? entry;
        lock (sync)
        {
            sessions.TryGetValue(draftId, out entry);
        }

        return entry is { Loading.IsCompletedSuccessfully: true } ? entry.Loading.Result : null;
    }

    /// <summary>Every session open on this node takes in what other nodes wrote (after Redis was away).</summary>
    public async Task CatchUpAllAsync()
    {
        List<DraftSession> open;
        lock (sync)
        {
            open = [.. sessions.Values.Where(e => e.Loading.IsCompletedSuccessfully && e.Loading.Result is not null).Select(e => e.Loading.Result!)];
        }

        foreach (var session in open)
        {
            try
            {
                await session.CatchUpFromStoreAsync();
            }
            catch (Exception e)
            {
                logger.LogWarning("Draft {DraftId}: the session did not catch up from the database: {Reason}", session.DraftId, e.Message);
            }
        }
    }

    internal async Task ReleaseAsync(Guid draftId)
    {
        Entry? closing = null;
        lock (sync)
        {
            if (sessions.TryGetValue(draftId, out var entry) && --entry.Users == 0)
            {
                sessions.Remove(draftId);
                closing = entry;
            }
        }

        if (closing is { Loading.IsCompletedSuccessfully: true } && closing.Loading.Result is { } session)
        {
            await session.CloseAsync();
        }
    }

    private sealed class Entry(Task<DraftSession?> loading)
    {
        public Task<DraftSession?> Loading { get; } = loading;

        public int Users { get; set; }
    }
}
