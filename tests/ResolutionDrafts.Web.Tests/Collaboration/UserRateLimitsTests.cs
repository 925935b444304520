using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Hubs;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// The per-user bucket behind "slow down": its burst, a wait of about a tenth of a second when it is
/// empty (it refills a tenth of a second's worth at a time), its rate, and each user's own bucket.
/// </summary>
public sealed class UserRateLimitsTests
{
    [Fact]
    public void TheBurst_ThenAShortWait_ThenTheRate_PerUser()
    {
        // The limits' own clock, moved by the test: what is refused is counted at the times set, whatever the machine's load.
        var clock = new ManualClock();
        using var limits = new UserRateLimits(Options.Create(new CollaborationOptions()), new RateLimitClock(clock));
        Assert.Equal((UserRateLimits.DefaultPerSecond, UserRateLimits.DefaultBurst), (limits.PerSecond, limits.Burst));

        Assert.All(Enumerable.Range(0, UserRateLimits.DefaultBurst), _ => Assert.True(limits.Acquire("cuba").IsAcquired));
        using var refused = limits.Acquire("cuba");
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(100));
        Assert.True(limits.Acquire("brazil").IsAcquired); // another user's bucket is full

        // At 150 a second: a fifth of a second brings 30, no more; ten seconds no more than the burst.
        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(30, Drain(limits, "cuba"));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(UserRateLimits.DefaultBurst, Drain(limits, "cuba"));
        Assert.Equal(0, Drain(limits, "cuba"));
    }

    private static int Drain(UserRateLimits limits, string user)
    {
        var acquired = 0;
        while (acquired <= 10_000 && limits.Acquire(user).IsAcquired)
        {
            acquired++;
        }

        return acquired;
    }

    [Theory]
    [InlineData(20, 10)]
    [InlineData(5, 1)]
    [InlineData(33, 40)]
    public void TheSettings_AreTheBucket(int perSecond, int burst)
    {
        // The clock stands still: nothing refills between two acquisitions, however slow the machine.
        using var limits = new UserRateLimits(Options.Create(new CollaborationOptions { UserOperationsPerSecond = perSecond, UserOperationBurst = burst }), new RateLimitClock(new ManualClock()));

        var acquired = 0;
        while (limits.Acquire("cuba").IsAcquired && acquired <= burst)
        {
            acquired++;
        }

        Assert.Equal(burst, acquired);
        Assert.Contains($"at most {perSecond} changes a second", limits.SlowDownMessage, StringComparison.Ordinal);
    }
}
