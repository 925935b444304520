using System.Threading.RateLimiting;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// How many operations one user may submit across all their connections, so opening more tabs
/// does not multiply the per-connection limit. One token bucket per user on this node, kept by the
/// framework's <see cref="PartitionedRateLimiter"/> (which also lets the buckets of users who stopped
/// typing go); a cache in the sense of the architecture: losing it loses nothing.
/// </summary>
public sealed class UserRateLimits : IDisposable
{
    public const int PerSecond = 150;
    public const int Burst = 200;

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(userId =>
        RateLimitPartition.GetTokenBucketLimiter(userId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public static string SlowDownMessage => $"Slow down: your connections together may send at most {PerSecond} changes a second. This change was not applied; reload the draft.";

    public RateLimitLease Acquire(string userId) => limiter.AttemptAcquire(userId);

    public void Dispose() => limiter.Dispose();
}
