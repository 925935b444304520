using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// The reading stream's messages, as Server-Sent Events, encoded once and written to every reader
/// (docs/hub-protocol.md, "Reading along"):
/// <c>hello</c> {version, revision} when a stream opens;
/// <c>change</c> {version, previous, revision, paragraphs: {id: html}, order: [ids] or null, panels};
/// <c>document</c> {version, previous, revision, html, panels}, when the lines above or below the paragraphs changed;
/// <c>panels</c> {version, previous, revision, panels}, when only a side panel changed (who is in the draft, the proposals);
/// in all three, <c>panels</c> is {name: html} of the side panels that changed (presence, proposals, style), or null;
/// <c>follow</c> {on, paragraphId}, where the facilitator leads the room (Room/MeetingRoom), after the hello and at each move;
/// <c>ended</c> {reason}, before the server closes a stream for good (sign-in or membership ended).
/// </summary>
public static class ReadingMessages
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // An event stream, never parsed as HTML: the markup need not be escaped again inside the JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Hello(ReadingState state) =>
        Event("hello", new { version = state.Version, revision = state.Revision }, state.Version);

    public static byte[] Change(ReadingState previous, ReadingState next, IReadOnlyDictionary<string, string> paragraphs, IReadOnlyList<string>? order, IReadOnlyDictionary<string, string>? panels = null) =>
        Event("change", new { version = next.Version, previous = previous.Version, revision = next.Revision, paragraphs, order, panels = NullIfEmpty(panels) }, next.Version);

    public static byte[] Document(ReadingState previous, ReadingState next, string html, IReadOnlyDictionary<string, string>? panels = null) =>
        Event("document", new { version = next.Version, previous = previous.Version, revision = next.Revision, html, panels = NullIfEmpty(panels) }, next.Version);

    public static byte[] Panels(ReadingState previous, ReadingState next, IReadOnlyDictionary<string, string> panels) =>
        Event("panels", new { version = next.Version, previous = previous.Version, revision = next.Revision, panels }, next.Version);

    /// <summary>Why a stream was not opened, or was closed for good; the page shows it as it is.</summary>
    public static byte[] Ended(string reason, string code) => Event("ended", new { reason, code }, null);

    private static IReadOnlyDictionary<string, string>? NullIfEmpty(IReadOnlyDictionary<string, string>? panels) => panels is { Count: > 0 } ? panels : null;

    public static byte[] Follow(bool on, string? paragraphId) => Event("follow", new { on, paragraphId }, null);

    public static byte[] Ended(string reason) => Event("ended", new { reason }, null);

    /// <summary>A comment line: keeps proxies from closing a quiet stream, and shows a closed one.</summary>
    public static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    private static byte[] Event(string name, object data, string? id)
    {
        var text = new StringBuilder();
        if (id is not null)
        {
            text.Append("id: ").Append(id).Append('\n');
        }

        // JSON has no raw line breaks, so the data is one "data:" line.
        text.Append("event: ").Append(name).Append("\ndata: ").Append(JsonSerializer.Serialize(data, Json)).Append("\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
