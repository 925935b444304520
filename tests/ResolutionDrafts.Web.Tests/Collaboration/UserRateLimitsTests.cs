using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Hubs;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// The per-user bucket behind "slow down": its burst, a wait of about a tenth of a second when it is
/// empty (it refills a tenth of a second's worth at a time), its rate, and each user's own bucket.
/// </summary>
public sealed class UserRateLimitsTests
{
    [Fact]
    public async Task TheBurst_ThenAShortWait_ThenTheRate_PerUser()
    {
        using var limits = new UserRateLimits(Options.Create(new CollaborationOptions()));
        Assert.Equal((UserRateLimits.DefaultPerSecond, UserRateLimits.DefaultBurst), (limits.PerSecond, limits.Burst));

        var clock = Stopwatch.StartNew();
        Assert.All(Enumerable.Range(0, UserRateLimits.DefaultBurst), _ => Assert.True(limits.Acquire("cuba").IsAcquired));
        using var refused = limits.Acquire("cuba");
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(100));
        Assert.True(limits.Acquire("brazil").IsAcquired); // another user's bucket is full

        await Task.Delay(TimeSpan.FromMilliseconds(350));
        var more = 0;
        while (limits.Acquire("cuba").IsAcquired)
        {
            more++;
        }

        // Refilled at 150 a second: at least what 0.2 s brings (the limiter looks every 100 ms), at most what the time gone does.
        Assert.InRange(more, 30, (int)Math.Ceiling(clock.Elapsed.TotalSeconds * UserRateLimits.DefaultPerSecond) + 1);
    }

    [Theory]
    [InlineData(20, 10)]
    [InlineData(5, 1)]
    [InlineData(33, 40)]
    public void TheSettings_AreTheBucket(int perSecond, int burst)
    {
        using var limits = new UserRateLimits(Options.Create(new CollaborationOptions { UserOperationsPerSecond = perSecond, UserOperationBurst = burst }));

        var acquired = 0;
        while (limits.Acquire("cuba").IsAcquired && acquired <= burst)
        {
            acquired++;
        }

        Assert.Equal(burst, acquired);
        Assert.Contains($"at most {perSecond} changes a second", limits.SlowDownMessage, StringComparison.Ordinal);
    }
}
