using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// The reading stream's messages, as Server-Sent Events, encoded once and written to every reader
/// (docs/hub-protocol.md, "Reading along"):
/// <c>hello</c> {version, revision} when a stream opens;
/// <c>change</c> {version, previous, revision, paragraphs: {id: html}, order: [ids] or null};
/// <c>document</c> {version, previous, revision, html}, when the lines above or below the paragraphs changed;
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

    public static byte[] Change(ReadingState previous, ReadingState next, IReadOnlyDictionary<string, string> paragraphs, IReadOnlyList<string>? order) =>
        Event("change", new { version = next.Version, previous = previous.Version, revision = next.Revision, paragraphs, order }, next.Version);

    public static byte[] Document(ReadingState previous, ReadingState next, string html) =>
        Event("document", new { version = next.Version, previous = previous.Version, revision = next.Revision, html }, next.Version);

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
