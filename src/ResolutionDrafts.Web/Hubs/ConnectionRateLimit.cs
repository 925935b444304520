using System.Threading.RateLimiting;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// How often one connection may submit operations, move its caret and join drafts. A person's
/// client has one operation in flight and merges keystrokes while it waits, paces its submissions
/// inside <see cref="PerSecond"/> and <see cref="Burst"/> (wwwroot/js/live/client.js, SEND_LIMIT: an
/// acknowledgement can come back faster than a fast typist's next key), sends a caret move at
/// most once per acknowledgement or keystroke, and joins once per connection (again after a
/// refusal, every few seconds), so it stays below these; a flood is refused before it reaches
/// the draft's session, where it would hold up everyone else (every caret move and every join
/// costs a message to everyone, or a whole snapshot). An operation over the limit is answered
/// "slow down" (<c>RefusalReasons.SlowDown</c>, with a wait): nothing of it was applied, and the
/// client sends it again after the wait instead of reloading.
/// </summary>
internal sealed class ConnectionRateLimit : IDisposable
{
    public const int PerSecond = 40;
    public const int Burst = 80;
    public const int PresencePerSecond = 20;
    public const int PresenceBurst = 40;
    public const int JoinsPerMinute = 30;
    public const int JoinBurst = 10;

    public static string SlowDownMessage => $"Slow down: at most {PerSecond} changes a second. This change was not applied; it is sent again in a moment.";

    public static string TooManyPresenceUpdates => $"Slow down: at most {PresencePerSecond} caret updates a second; this one was not sent.";

    public static string TooManyJoins => $"Too many joins on one connection (at most {JoinBurst} at once, then {JoinsPerMinute} a minute); try again in a few seconds.";

    public ConnectionRateLimit(TimeProvider clock)
    {
        Operations = new ClockedTokenBucket(Burst, PerSecond, clock);
        Presence = new ClockedTokenBucket(PresenceBurst, PresencePerSecond, clock);
        Joins = new ClockedTokenBucket(JoinBurst, JoinsPerMinute / 60.0, clock);
    }

    /// <summary>Refilled by the clock the app's limits take (<see cref="RateLimitClock"/>), continuously.</summary>
    public RateLimiter Operations { get; }

    public RateLimiter Presence { get; }

    public RateLimiter Joins { get; }

    public void Dispose()
    {
        Operations.Dispose();
        Presence.Dispose();
        Joins.Dispose();
    }
}
