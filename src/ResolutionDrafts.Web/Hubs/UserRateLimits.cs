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

    public UserRateLimits(IOptions<CollaborationOptions> options, RateLimitClock? clock = null)
    {
        PerSecond = options.Value.UserOperationsPerSecond;
        Burst = options.Value.UserOperationBurst;
        Clock = (clock ?? RateLimitClock.System).Time;
        // Refilled continuously by the clock (ClockedTokenBucket): a client told to slow down is told to wait until one
        // change is allowed again, a few milliseconds, not up to a second.
        limiter = PartitionedRateLimiter.Create<string, string>(userId =>
            RateLimitPartition.Get(userId, _ => new ClockedTokenBucket(Burst, PerSecond, Clock)));
    }

    /// <summary>The clock the limits refill by, the system's unless a test sets its own (<see cref="RateLimitClock"/>).</summary>
    public TimeProvider Clock { get; }

    public int PerSecond { get; }

    public int Burst { get; }

    public string SlowDownMessage => $"Slow down: your connections together may send at most {PerSecond} changes a second. This change was not applied; it is sent again in a moment.";

    public RateLimitLease Acquire(string userId) => limiter.AttemptAcquire(userId);

    public void Dispose() => limiter.Dispose();
}
