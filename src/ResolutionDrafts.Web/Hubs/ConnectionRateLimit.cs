using System.Threading.RateLimiting;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// How many operations one connection may submit. A person's client has one operation in flight
/// and merges keystrokes while it waits, so it stays far below this; a flood is refused before it
/// reaches the draft's session, where it would hold up everyone else.
/// </summary>
internal static class ConnectionRateLimit
{
    public const int PerSecond = 40;
    public const int Burst = 80;

    public static string SlowDownMessage => $"Slow down: at most {PerSecond} changes a second. This change was not applied; reload the draft.";

    public static TokenBucketRateLimiter Create() => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Burst,
        TokensPerPeriod = PerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });
}
