using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// SignalR's JSON protocol, except that a message nested deeper than its reader allows (64 levels,
/// fixed) does not close the sender's connection: the message is read again with room to spare,
/// its operation replaced by <see cref="TooDeep"/>, and the hub refuses that with a reason, as it
/// refuses any other bad operation (docs/hub-protocol.md). Anything else is the JSON protocol's.
/// </summary>
internal sealed class NestingGuardedJsonProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    /// <summary>What the hub receives in place of an operation that was nested too deep to read.</summary>
    public const string TooDeep = "rd:operation-nested-too-deep";

    private const byte RecordSeparator = 0x1e;
    private const int DeepestReadable = 1024;

    private readonly JsonHubProtocol inner = new(options);

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HubMessage? message)
    {
        var attempt = input;
        try
        {
            var parsed = inner.TryParseMessage(ref attempt, binder, out message);
            input = attempt;
            return parsed;
        }
        catch (InvalidDataException e) when (e.InnerException is JsonException || e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            var reader = new SequenceReader<byte>(input);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> payload, RecordSeparator) || Flattened(payload) is not { } rewritten)
            {
                throw;
            }

            var replaced = new ReadOnlySequence<byte>([.. rewritten, RecordSeparator]);
            var parsed = inner.TryParseMessage(ref replaced, binder, out message);
            input = input.Slice(reader.Position);
            return parsed;
        }
    }

    /// <summary>The message with its first argument's operation replaced by <see cref="TooDeep"/>, or null when it is not such a message.</summary>
    private static byte[]? Flattened(ReadOnlySequence<byte> payload)
    {
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = DeepestReadable });
            if (JsonNode.Parse(ref reader) is not JsonObject envelope
                || envelope["arguments"] is not JsonArray { Count: > 0 } arguments || arguments[0] is not JsonObject first || !first.ContainsKey("operation"))
            {
                return null;
            }

            first["operation"] = TooDeep;
            return JsonSerializer.SerializeToUtf8Bytes(envelope);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
