using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The JSON form of operations on the wire: camelCase names, a "type" discriminator, enums as
/// camelCase strings ("operative"), text operations as ot.js arrays. A hub uses the same settings
/// through <see cref="Configure"/>, so what it decodes is what <see cref="Parse"/> accepts.
/// </summary>
public static class DraftOperationJson
{
    /// <summary>Messages larger than this are refused before parsing (a full paragraph, escaped, fits well within it).</summary>
    public const int MaxChars = 512 * 1024;

    /// <summary>How deep an operation's JSON may nest (a batch inside a batch counts two levels).</summary>
    public const int MaxNesting = 32;

    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Adds the operation wire settings to <paramref name="options"/> (for example SignalR's payload options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.AllowOutOfOrderMetadataProperties = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.MaxDepth = MaxNesting;
        return options;
    }

    public static string Serialize(DraftOperation operation) => JsonSerializer.Serialize(operation, Options);

    /// <summary>Reads one operation, refusing malformed or invalid input with a message a person can act on.</summary>
    public static DomainResult<DraftOperation> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxChars)
        {
            return DomainResult<DraftOperation>.Fail($"The operation is larger than {MaxChars / 1024} KB.");
        }

        DraftOperation? operation;
        try
        {
            operation = JsonSerializer.Deserialize<DraftOperation>(json, Options);
        }
        catch (JsonException e) when (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return DomainResult<DraftOperation>.Fail($"The operation is nested more than {MaxNesting} levels deep; a batch holds operations, not batches within batches.");
        }
        catch (JsonException e)
        {
            return DomainResult<DraftOperation>.Fail(TextOperationJsonConverter.Describe(e, "operation"));
        }
        catch (NotSupportedException)
        {
            return DomainResult<DraftOperation>.Fail("Not a valid operation: it needs a \"type\" such as \"editText\" or \"insertParagraph\".");
        }

        if (operation is null)
        {
            return DomainResult<DraftOperation>.Fail("Not a valid operation: it is null.");
        }

        var shape = operation.Validate();
        return shape.IsSuccess ? DomainResult<DraftOperation>.Ok(operation) : DomainResult<DraftOperation>.Fail(shape.Error!);
    }
}
