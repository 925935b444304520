using System.Text.Json;
using System.Text.Json.Serialization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The ot.js wire form of a <see cref="TextOperation"/>: <c>[5, "and ", -3, 12]</c>. Reading
/// refuses what a well-behaved client never sends (zero, empty strings, fractions, lone
/// surrogates, texts over <see cref="DraftLimits.MaxTextLength"/>) with a message saying what and where.
/// </summary>
public sealed class TextOperationJsonConverter : JsonConverter<TextOperation>
{
    public override TextOperation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A text operation is an array like [5, \"text\", -3].");
        }

        var builder = new TextOperationBuilder();
        var baseLength = 0;
        var targetLength = 0;
        for (var i = 0; ; i++)
        {
            if (!reader.Read())
            {
                throw new JsonException("The text operation array is not closed.");
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    return builder.Build();
                case JsonTokenType.Number:
                    if (!reader.TryGetInt32(out var n) || n == 0 || n == int.MinValue)
                    {
                        throw new JsonException($"Item {i} of the text operation must be a whole number other than 0 (retain if positive, delete if negative).");
                    }

                    baseLength += Math.Abs(n);
                    targetLength += n > 0 ? n : 0;
                    CheckLengths(baseLength, targetLength);
                    _ = n > 0 ? builder.Retain(n) : builder.Delete(-n);
                    break;
                case JsonTokenType.String:
                    var text = ReadText(ref reader, i);
                    targetLength += text.Length;
                    CheckLengths(baseLength, targetLength);
                    builder.Insert(text);
                    break;
                default:
                    throw new JsonException($"Item {i} of the text operation must be a number or a string, not {reader.TokenType}.");
            }
        }
    }

    public override void Write(Utf8JsonWriter writer, TextOperation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var c in value.Components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    writer.WriteNumberValue(c.Length);
                    break;
                case TextComponentKind.Insert:
                    writer.WriteStringValue(c.Text);
                    break;
                default:
                    writer.WriteNumberValue(-c.Length);
                    break;
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>The reader's own message, without the path noise, for a person reading an error.</summary>
    internal static string Describe(JsonException e, string what = "text operation")
    {
        var where = e.Path is { Length: > 1 } path ? $" (at {path})" : "";
        return $"Not a valid {what}{where}: {e.Message.Split(" Path:")[0]}";
    }

    private static string ReadText(ref Utf8JsonReader reader, int item)
    {
        // Six bytes (\uXXXX) is the most one code unit can take; refuse a huge string before decoding it.
        var encodedLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (encodedLength > 6L * DraftLimits.MaxTextLength)
        {
            throw new JsonException(
                $"Item {item} of the text operation inserts more than {DraftLimits.MaxTextLength:N0} characters, the most a paragraph can have.");
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException($"Item {item} of the text operation is not valid text: it has half of a character (a lone surrogate) or a bad escape.");
        }

        if (text.Length == 0)
        {
            throw new JsonException($"Item {item} of the text operation inserts an empty string.");
        }

        var lone = Utf16.FirstLoneSurrogate(text);
        if (lone >= 0)
        {
            throw new JsonException($"Item {item} of the text operation has half of a character (a lone surrogate) at {lone}.");
        }

        return text;
    }

    private static void CheckLengths(int baseLength, int targetLength)
    {
        if (baseLength > DraftLimits.MaxTextLength || targetLength > DraftLimits.MaxTextLength)
        {
            throw new JsonException(
                $"The text operation covers more than {DraftLimits.MaxTextLength:N0} characters, the most a paragraph can have.");
        }
    }
}
