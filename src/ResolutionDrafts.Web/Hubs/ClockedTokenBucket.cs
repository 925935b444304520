using System.Threading.RateLimiting;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// The clock the rate limits refill by (<see cref="ClockedTokenBucket"/>): the system's, unless a test puts its own in the
/// services, so a test of a limit counts what is refused at a time it sets, however fast or loaded the machine is.
/// </summary>
public sealed record RateLimitClock(TimeProvider Time)
{
    public static RateLimitClock System { get; } = new(TimeProvider.System);
}

/// <summary>
/// A token bucket that refills continuously by a <see cref="TimeProvider"/>: <c>burst</c> tokens at most, <c>perSecond</c>
/// a second. The framework's <see cref="TokenBucketRateLimiter"/> reads the machine's own clock; this one takes the limits
/// the same way (no queue: over the limit is refused at once, with the wait until a token is back as
/// <see cref="MetadataName.RetryAfter"/>).
/// </summary>
public sealed class ClockedTokenBucket : RateLimiter
{
    private readonly object gate = new();
    private readonly int burst;
    private readonly double perSecond;
    private readonly TimeProvider clock;
    private double tokens;
    private long last;
    private long? fullSince;

    public ClockedTokenBucket(int burst, double perSecond, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perSecond, 0);
        (this.burst, this.perSecond, this.clock) = (burst, perSecond, clock);
        tokens = burst;
        last = clock.GetTimestamp();
        fullSince = last;
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                Refill();
                return fullSince is { } since ? clock.GetElapsedTime(since) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)tokens };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            Refill();
            if (permitCount == 0 ? tokens >= 1 : tokens >= permitCount)
            {
                tokens -= permitCount;
                fullSince = tokens >= burst ? fullSince : null;
                return Lease.Acquired;
            }

            var wait = TimeSpan.FromSeconds(Math.Max(permitCount, 1) - tokens) / perSecond;
            return new Lease(false, wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Refill()
    {
        var now = clock.GetTimestamp();
        var gone = clock.GetElapsedTime(last, now);
        last = now;
        if (gone <= TimeSpan.Zero || tokens >= burst)
        {
            return;
        }

        tokens = Math.Min(burst, tokens + (gone.TotalSeconds * perSecond));
        if (tokens >= burst)
        {
            fullSince = now;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
