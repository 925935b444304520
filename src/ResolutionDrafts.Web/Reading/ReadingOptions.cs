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

    /// <summary>
    /// Presence changes (a caret moved, someone came or left) that arrive within this time after the
    /// first are one look at who is in the draft: "In this draft" is printed again only when the
    /// people in it changed, and typists move their carets many times a second.
    /// </summary>
    public TimeSpan PresenceCoalesce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Reading streams one user may hold open on this node at once (every tab, browser and device of
    /// theirs, every draft). The next is refused with "You have N reading pages open; close one"
    /// (docs/operations.md, "Limits"). A reader costs little, but not nothing: one script must not
    /// hold hundreds.
    /// </summary>
    public int StreamsPerUser { get; set; } = 12;

    /// <summary>
    /// Print the shipped demo drafts for reading once when the app has started (<see cref="ReadingWarmUp"/>),
    /// so the first reader of a draft on this node waits only for that draft's print.
    /// </summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>Messages a slow reader may fall behind before the oldest are dropped (its page then fetches the whole document).</summary>
    public int Backlog { get; set; } = 64;
}
