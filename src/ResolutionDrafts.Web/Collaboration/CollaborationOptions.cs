namespace ResolutionDrafts.Web.Collaboration;

/// <summary>Bound from the "Collaboration" configuration section.</summary>
public sealed class CollaborationOptions
{
    public const string Section = "Collaboration";

    /// <summary>
    /// The longest an applied operation waits to be written and sent together with others. A session
    /// that has been quiet for this long writes and sends at once; under load it writes and sends once
    /// per window, so its cost grows with the number of editors, not with its square. Zero: every
    /// operation on its own. See docs/hub-protocol.md ("Batches") and docs/benchmarks.md.
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// How many live changes one user's connections together may send a second on this node
    /// (<see cref="Hubs.UserRateLimits"/>); beyond it a change is answered "slow down" and sent again
    /// by the client after the wait. 150 by default: more than five tabs typing as fast as anyone types.
    /// </summary>
    public int UserOperationsPerSecond { get; set; } = 150;

    /// <summary>How many changes over <see cref="UserOperationsPerSecond"/> a user may send at once (a bucket that refills at that rate).</summary>
    public int UserOperationBurst { get; set; } = 200;
}
