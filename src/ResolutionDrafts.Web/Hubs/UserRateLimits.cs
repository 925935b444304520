using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// How many operations one user may submit across all their connections, so opening more tabs
/// does not multiply the per-connection limit. One token bucket per user on this node, kept by the
/// framework's <see cref="PartitionedRateLimiter"/> (which also lets the buckets of users who stopped
/// typing go); a cache in the sense of the architecture: losing it loses nothing. The rate and burst
/// are settings (<see cref="CollaborationOptions.UserOperationsPerSecond"/>, <see cref="CollaborationOptions.UserOperationBurst"/>).
/// </summary>
public sealed class UserRateLimits : IDisposable
{
    /// <summary>The defaults, as docs/security.md lists them.</summary>
    public const int DefaultPerSecond = 150;
    public const int DefaultBurst = 200;

    private readonly PartitionedRateLimiter<string> limiter;

    public UserRateLimits(IOptions<CollaborationOptions> options)
    {
        PerSecond = options.Value.UserOperationsPerSecond;
        Burst = options.Value.UserOperationBurst;
        // Refilled a tenth of a second's worth at a time (the partitioned limiter looks every 100 ms
        // and fills in proportion to the time gone), not a whole second's at once: a client told to
        // slow down is told to wait about 100 ms, not up to a second.
        var tokensPerPeriod = Math.Max(1, PerSecond / 10);
        var period = TimeSpan.FromTicks(TimeSpan.TicksPerSecond * tokensPerPeriod / PerSecond);
        limiter = PartitionedRateLimiter.Create<string, string>(userId =>
            RateLimitPartition.GetTokenBucketLimiter(userId, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Burst,
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public int PerSecond { get; }

    public int Burst { get; }

    public string SlowDownMessage => $"Slow down: your connections together may send at most {PerSecond} changes a second. This change was not applied; it is sent again in a moment.";

    public RateLimitLease Acquire(string userId) => limiter.AttemptAcquire(userId);

    public void Dispose() => limiter.Dispose();
}
