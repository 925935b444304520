using System.Collections.Concurrent;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// Tells the pages that show a draft that it changed, so they refresh without polling. It holds
/// only subscriptions of this process; across app nodes the same signal will travel over the
/// SignalR backplane (see docs/decisions/0003-storage.md).
/// </summary>
public sealed class DraftChangeNotifier
{
    private readonly ConcurrentDictionary<Guid, ImmutableHandlers> handlers = new();

    public IDisposable Subscribe(Guid draftId, Func<long, Task> onChanged)
    {
        handlers.AddOrUpdate(draftId, _ => new ImmutableHandlers([onChanged]), (_, h) => h.With(onChanged));
        return new Subscription(this, draftId, onChanged);
    }

    public async Task NotifyAsync(Guid draftId, long version)
    {
        if (!handlers.TryGetValue(draftId, out var current))
        {
            return;
        }

        foreach (var handler in current.Items)
        {
            await handler(version);
        }
    }

    private void Unsubscribe(Guid draftId, Func<long, Task> onChanged) =>
        handlers.AddOrUpdate(draftId, _ => new ImmutableHandlers([]), (_, h) => h.Without(onChanged));

    private sealed record ImmutableHandlers(IReadOnlyList<Func<long, Task>> Items)
    {
        public ImmutableHandlers With(Func<long, Task> handler) => new([.. Items, handler]);

        public ImmutableHandlers Without(Func<long, Task> handler) => new(Items.Where(h => h != handler).ToList());
    }

    private sealed class Subscription(DraftChangeNotifier owner, Guid draftId, Func<long, Task> onChanged) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Unsubscribe(draftId, onChanged);
            }
        }
    }
}
