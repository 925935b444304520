namespace ResolutionDrafts.Web.Collaboration;

/// <summary>The pages watching one session. Copy-on-write, so notifying needs no lock.</summary>
internal sealed class DraftSessionWatchers
{
    private volatile IReadOnlyList<Func<Task>> handlers = [];

    public IDisposable Add(Func<Task> handler)
    {
        lock (this)
        {
            handlers = [.. handlers, handler];
        }

        return new Subscription(this, handler);
    }

    public async Task NotifyAsync()
    {
        foreach (var handler in handlers)
        {
            await handler();
        }
    }

    private void Remove(Func<Task> handler)
    {
        lock (this)
        {
            handlers = handlers.Where(h => h != handler).ToList();
        }
    }

    private sealed class Subscription(DraftSessionWatchers owner, Func<Task> handler) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Remove(handler);
            }
        }
    }
}
