using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Hubs;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// A clock for the rate limits (<see cref="RateLimitClock"/>) that stands still until a test moves it, so a test of a limit
/// counts what is refused at the times it sets, however fast or loaded the machine is; <see cref="Run"/> lets it go on
/// with real time from where it stands (for retries after the part that is counted).
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly object gate = new();
    private long ticks = TimeSpan.TicksPerDay;
    private long? runningSince;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return ticks + (runningSince is { } since ? Stopwatch.GetElapsedTime(since).Ticks : 0);
        }
    }

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) + TimeSpan.FromTicks(GetTimestamp());

    /// <summary>Moves the clock on by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            ticks += by.Ticks;
        }
    }

    /// <summary>Lets the clock go on with real time from now.</summary>
    public void Run()
    {
        lock (gate)
        {
            runningSince ??= Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Stops the clock where it stands, after <see cref="Run"/> (a test counting refusals again).</summary>
    public void Stop()
    {
        lock (gate)
        {
            if (runningSince is { } since)
            {
                ticks += Stopwatch.GetElapsedTime(since).Ticks;
                runningSince = null;
            }
        }
    }

    /// <summary>Puts this clock under the app's rate limits.</summary>
    public void Register(IServiceCollection services) => services.AddSingleton(new RateLimitClock(this));
}
