using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// A change to one paragraph's text, ot.js style: a walk over the whole text that retains,
/// inserts and deletes UTF-16 code units. Immutable and always normalised (see
/// <see cref="TextOperationBuilder"/>). On the wire it is an array: a positive integer retains,
/// a string inserts, a negative integer deletes — <c>[5, "and ", -3, 12]</c>.
/// </summary>
[JsonConverter(typeof(TextOperationJsonConverter))]
public sealed class TextOperation : IEquatable<TextOperation>
{
    private readonly TextComponent[] components;

    internal TextOperation(TextComponent[] components, int baseLength, int targetLength)
    {
        this.components = components;
        BaseLength = baseLength;
        TargetLength = targetLength;
    }

    public IReadOnlyList<TextComponent> Components => components;

    /// <summary>The length of the text this operation applies to.</summary>
    public int BaseLength { get; }

    /// <summary>The length of the text it produces.</summary>
    public int TargetLength { get; }

    /// <summary>True when applying it changes nothing.</summary>
    public bool IsIdentity => components.All(c => c.IsRetain);

    public static TextOperationBuilder Builder() => new();

    /// <summary>The operation that keeps a text of <paramref name="length"/> code units as it is.</summary>
    public static TextOperation Identity(int length) => new TextOperationBuilder().Retain(length).Build();

    /// <summary>Replaces <paramref name="deleteCount"/> code units at <paramref name="position"/> with <paramref name="insert"/>.</summary>
    public static TextOperation Splice(int textLength, int position, int deleteCount, string insert) =>
        new TextOperationBuilder()
            .Retain(position)
            .Insert(insert)
            .Delete(deleteCount)
            .Retain(textLength - position - deleteCount)
            .Build();

    /// <summary>
    /// Whether this operation fits <paramref name="text"/>: the lengths agree and no boundary
    /// falls between the halves of a surrogate pair.
    /// </summary>
    public DomainResult CheckAgainst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length != BaseLength)
        {
            return DomainResult.Fail(
                $"The text operation is for a text of {BaseLength:N0} characters; the paragraph has {text.Length:N0}.");
        }

        var position = 0;
        foreach (var c in components)
        {
            if (Utf16.SplitsPair(text, position))
            {
                return DomainResult.Fail($"The text operation cuts a character in two at position {position}.");
            }

            position += c.IsInsert ? 0 : c.Length;
        }

        return DomainResult.Ok();
    }

    public DomainResult<string> Apply(string text)
    {
        var check = CheckAgainst(text);
        if (!check.IsSuccess)
        {
            return check;
        }

        var result = new StringBuilder(TargetLength);
        var position = 0;
        foreach (var c in components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    result.Append(text, position, c.Length);
                    position += c.Length;
                    break;
                case TextComponentKind.Insert:
                    result.Append(c.Text);
                    break;
                default:
                    position += c.Length;
                    break;
            }
        }

        return DomainResult<string>.Ok(result.ToString());
    }

    /// <summary>The operation that undoes this one on the text it produced from <paramref name="text"/>.</summary>
    public DomainResult<TextOperation> Invert(string text)
    {
        var check = CheckAgainst(text);
        if (!check.IsSuccess)
        {
            return check;
        }

        var inverse = new TextOperationBuilder();
        var position = 0;
        foreach (var c in components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    inverse.Retain(c.Length);
                    position += c.Length;
                    break;
                case TextComponentKind.Insert:
                    inverse.Delete(c.Length);
                    break;
                default:
                    inverse.InsertUnchecked(text.Substring(position, c.Length));
                    position += c.Length;
                    break;
            }
        }

        return DomainResult<TextOperation>.Ok(inverse.Build());
    }

    /// <summary>
    /// Where a caret at <paramref name="position"/> ends up after this operation; text inserted
    /// exactly at the caret pushes it along (as ot.js does for remote edits).
    /// </summary>
    public int TransformPosition(int position)
    {
        var remaining = position;
        var result = position;
        foreach (var c in components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    remaining -= c.Length;
                    break;
                case TextComponentKind.Insert:
                    result += c.Length;
                    break;
                default:
                    result -= Math.Min(remaining, c.Length);
                    remaining -= c.Length;
                    break;
            }

            if (remaining < 0)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>One operation with the effect of <paramref name="first"/> then <paramref name="second"/>.</summary>
    public static DomainResult<TextOperation> Compose(TextOperation first, TextOperation second) =>
        TextAlgebra.Compose(first, second);

    /// <summary>
    /// Transforms two operations made on the same text so each can follow the other:
    /// apply(apply(s, a), b') == apply(apply(s, b), a'). When both insert at the same position,
    /// <paramref name="a"/>'s text comes first; the server passes the operation it ordered first as
    /// <paramref name="a"/>, so the earlier arrival keeps its place.
    /// </summary>
    public static DomainResult<(TextOperation A, TextOperation B)> Transform(TextOperation a, TextOperation b) =>
        TextAlgebra.Transform(a, b);

    /// <summary>Reads the wire form (<c>[5, "and ", -3, 12]</c>), refusing anything malformed with a clear message.</summary>
    public static DomainResult<TextOperation> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var operation = JsonSerializer.Deserialize<TextOperation>(json);
            return operation is null
                ? DomainResult<TextOperation>.Fail("A text operation is an array, not null.")
                : DomainResult<TextOperation>.Ok(operation);
        }
        catch (JsonException e)
        {
            return DomainResult<TextOperation>.Fail(TextOperationJsonConverter.Describe(e));
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, DraftOperationJson.Options);

    public bool Equals(TextOperation? other) =>
        other is not null && BaseLength == other.BaseLength && components.AsSpan().SequenceEqual(other.components);

    public override bool Equals(object? obj) => Equals(obj as TextOperation);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BaseLength);
        foreach (var c in components)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => ToJson();
}
