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
}
