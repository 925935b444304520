using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// This node's reading broadcasts, one per draft with readers: started by the first reader (a page
/// or a stream), kept <see cref="ReadingOptions.Grace"/> after the last leaves, so a page and the
/// stream it opens a moment later share one broadcast and one sequence of versions.
/// </summary>
public sealed class ReadingBroadcasts(IServiceProvider services, IOptions<ReadingOptions> options) : IAsyncDisposable
{
    private readonly Dictionary<Guid, Entry> entries = [];
    private readonly Lock sync = new();

    /// <summary>Drafts with a broadcast on this node now (for tests and the metrics).</summary>
    public int Count
    {
        get
        {
            lock (sync)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The draft's broadcast, held until the lease is disposed; null when there is no such draft.</summary>
    public async Task<ReadingLease?> AcquireAsync(Guid draftId, CancellationToken cancellationToken)
    {
        Entry? entry;
        lock (sync)
        {
            if (!entries.TryGetValue(draftId, out entry))
            {
                // Started without the caller's token: other readers will share it after this one leaves.
                entry = new Entry(ReadingBroadcast.StartAsync(draftId, services, CancellationToken.None));
                entries[draftId] = entry;
            }

            entry.Users++;
            entry.Idle?.Cancel();
            entry.Idle = null;
        }

        ReadingBroadcast? broadcast;
        try
        {
            broadcast = await entry.Starting.WaitAsync(cancellationToken);
        }
        catch
        {
            lock (sync)
            {
                if (entry.Starting.IsFaulted && entries.GetValueOrDefault(draftId) == entry)
                {
                    entries.Remove(draftId); // the next reader tries again
                }
            }

            Release(draftId, entry);
            throw;
        }

        if (broadcast is null)
        {
            lock (sync)
            {
                entry.Users--;
                if (entries.GetValueOrDefault(draftId) == entry)
                {
                    entries.Remove(draftId); // no such draft: the next reader asks again
                }
            }

            return null;
        }

        return new ReadingLease(broadcast, () => Release(draftId, entry));
    }

    private void Release(Guid draftId, Entry entry)
    {
        CancellationTokenSource idle;
        lock (sync)
        {
            if (--entry.Users > 0)
            {
                return;
            }

            idle = entry.Idle = new CancellationTokenSource();
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(options.Value.Grace, idle.Token);
            }
            catch (OperationCanceledException)
            {
                return; // a reader came back
            }

            lock (sync)
            {
                if (entry.Users > 0 || entries.GetValueOrDefault(draftId) != entry)
                {
                    return;
                }

                entries.Remove(draftId);
            }

            if (entry.Starting.IsCompletedSuccessfully && entry.Starting.Result is { } broadcast)
            {
                await broadcast.DisposeAsync();
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        List<Entry> all;
        lock (sync)
        {
            all = [.. entries.Values];
            entries.Clear();
        }

        foreach (var entry in all)
        {
            entry.Idle?.Cancel();
            if (entry.Starting.IsCompletedSuccessfully && entry.Starting.Result is { } broadcast)
            {
                await broadcast.DisposeAsync();
            }
        }
    }

    private sealed class Entry(Task<ReadingBroadcast?> starting)
    {
        public Task<ReadingBroadcast?> Starting { get; } = starting;

        public int Users { get; set; }

        public CancellationTokenSource? Idle { get; set; }
    }
}
