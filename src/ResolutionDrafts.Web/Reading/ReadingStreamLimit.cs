using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// How many reading streams each user holds open on this node (<see cref="ReadingOptions.StreamsPerUser"/>):
/// every tab of every browser and device of theirs, on any draft. Per node, like the hub's limits
/// (docs/operations.md, "Several nodes"): the balancer keeps one browser on one node.
/// </summary>
public sealed class ReadingStreamLimit(IOptions<ReadingOptions> options)
{
    private readonly Dictionary<string, int> open = [];
    private readonly Lock sync = new();

    public int PerUser => options.Value.StreamsPerUser;

    /// <summary>A hold on one of the user's streams, released when disposed; null when they already hold <see cref="PerUser"/>.</summary>
    public IDisposable? TryOpen(string userId)
    {
        lock (sync)
        {
            var count = open.GetValueOrDefault(userId);
            if (count >= PerUser)
            {
                return null;
            }

            open[userId] = count + 1;
        }

        return new Hold(this, userId);
    }

    /// <summary>The streams <paramref name="userId"/> holds open on this node now.</summary>
    public int OpenFor(string userId)
    {
        lock (sync)
        {
            return open.GetValueOrDefault(userId);
        }
    }

    /// <summary>What the reading page shows when its stream is refused.</summary>
    public string Refusal => $"You have {PerUser} reading pages open; close one to follow this one live, then reload it.";

    private void Close(string userId)
    {
        lock (sync)
        {
            if (open.TryGetValue(userId, out var count) && count > 1)
            {
                open[userId] = count - 1;
            }
            else
            {
                open.Remove(userId);
            }
        }
    }

    private sealed class Hold(ReadingStreamLimit limit, string userId) : IDisposable
    {
        private int closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref closed, 1) == 0)
            {
                limit.Close(userId);
            }
        }
    }
}
