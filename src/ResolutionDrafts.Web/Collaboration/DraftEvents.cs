using System.Collections.Concurrent;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>What happened to a draft that open pages must hear of.</summary>
public enum DraftEventKind
{
    /// <summary>The live text changed (written to the change log).</summary>
    Text,

    /// <summary>Someone joined, left or moved their caret.</summary>
    Presence,

    /// <summary>A proposal was made, decided, withdrawn, joined or left.</summary>
    Proposals,

    /// <summary>Membership or the direct-editing setting changed: pages read their access again.</summary>
    Members,

    /// <summary>
    /// The facilitator turned "follow me" on or off or moved to another paragraph (Room/MeetingRoom):
    /// projection screens and delegates following along go there. <see cref="DraftEvent.Detail"/> says where.
    /// </summary>
    Follow,
}

/// <param name="ThisNodeOnly">
/// For this node's pages only, not to be relayed to other nodes: the text event of a session that
/// caught up with what another node wrote (that node has told everyone already). Presence is relayed:
/// pages on every node list who is where (<see cref="IPresenceDirectory"/>).
/// </param>
/// <param name="Detail">What the event carries besides its kind, for kinds that need it (Follow: where to); one line of text.</param>
public sealed record DraftEvent(Guid DraftId, DraftEventKind Kind, bool ThisNodeOnly = false, string? Detail = null);

/// <summary>
/// The one way the server tells open pages about a draft (live hub clients hear changes through
/// their SignalR group). Subscribers are this node's; a publisher does not know who listens. With
/// several nodes, an implementation relays events through Redis as well, and nothing else changes.
/// </summary>
public interface IDraftEvents
{
    Task PublishAsync(DraftEvent draftEvent);

    /// <summary>Calls <paramref name="handler"/> for every event of <paramref name="draftId"/> until disposed.</summary>
    IDisposable Subscribe(Guid draftId, Func<DraftEvent, Task> handler);
}

/// <summary>
/// Events within one app node: per draft, a copy-on-write list of handlers, so publishing takes no
/// lock. A handler that throws is logged and does not keep the others from hearing.
/// </summary>
public sealed class LocalDraftEvents(ILogger<LocalDraftEvents> logger) : IDraftEvents
{
    private readonly ConcurrentDictionary<Guid, Func<DraftEvent, Task>[]> handlers = new();

    public async Task PublishAsync(DraftEvent draftEvent)
    {
        if (!handlers.TryGetValue(draftEvent.DraftId, out var current))
        {
            return;
        }

        foreach (var handler in current)
        {
            try
            {
                await handler(draftEvent);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Draft {DraftId}: a subscriber failed on a {Kind} event", draftEvent.DraftId, draftEvent.Kind);
            }
        }
    }

    public IDisposable Subscribe(Guid draftId, Func<DraftEvent, Task> handler)
    {
        handlers.AddOrUpdate(draftId, _ => [handler], (_, current) => [.. current, handler]);
        return new Subscription(this, draftId, handler);
    }

    private void Unsubscribe(Guid draftId, Func<DraftEvent, Task> handler)
    {
        while (handlers.TryGetValue(draftId, out var current))
        {
            Func<DraftEvent, Task>[] rest = [.. current.Where(h => h != handler)];
            if (rest.Length == 0 ? handlers.TryRemove(new KeyValuePair<Guid, Func<DraftEvent, Task>[]>(draftId, current)) : handlers.TryUpdate(draftId, rest, current))
            {
                return;
            }
        }
    }

    private sealed class Subscription(LocalDraftEvents owner, Guid draftId, Func<DraftEvent, Task> handler) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Unsubscribe(draftId, handler);
            }
        }
    }
}
