namespace ResolutionDrafts.Web.Reading;

/// <summary>Bound from the "Reading" configuration section: how the read-along page's stream behaves (ADR 0017).</summary>
public sealed class ReadingOptions
{
    public const string Section = "Reading";

    /// <summary>
    /// Changes that arrive within this time after the first are rendered and sent together: at 25
    /// edits a second in the room, one render and one message per window instead of one per edit.
    /// </summary>
    public TimeSpan Coalesce { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// A quiet stream sends a comment this often: a closed connection is noticed, and a reader whose
    /// sign-in or membership ended is told so even when nothing changes.
    /// </summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a draft's broadcast outlives its last reader (a reader who reloads finds it still there).</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages a slow reader may fall behind before the oldest are dropped (its page then fetches the whole document).</summary>
    public int Backlog { get; set; } = 64;
}
