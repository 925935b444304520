namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Builds a <see cref="TextOperation"/> in normalised form as it goes: no zero-length steps,
/// neighbours of the same kind merged, and an insert always before an adjacent delete (so two
/// operations that do the same thing compare equal).
/// </summary>
public sealed class TextOperationBuilder
{
    private readonly List<TextComponent> components = [];
    private int baseLength;
    private int targetLength;

    public TextOperationBuilder Retain(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return this;
        }

        baseLength += count;
        targetLength += count;
        if (components.Count > 0 && components[^1].IsRetain)
        {
            components[^1] = TextComponent.Retain(components[^1].Length + count);
        }
        else
        {
            components.Add(TextComponent.Retain(count));
        }

        return this;
    }

    /// <summary>Inserts <paramref name="text"/>; refuses a lone surrogate, which no editor can show.</summary>
    public TextOperationBuilder Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lone = Utf16.FirstLoneSurrogate(text);
        if (lone >= 0)
        {
            throw new ArgumentException($"The inserted text has a lone surrogate at {lone}.", nameof(text));
        }

        return InsertUnchecked(text);
    }

    public TextOperationBuilder Delete(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return this;
        }

        baseLength += count;
        if (components.Count > 0 && components[^1].IsDelete)
        {
            components[^1] = TextComponent.Delete(components[^1].Length + count);
        }
        else
        {
            components.Add(TextComponent.Delete(count));
        }

        return this;
    }

    public TextOperation Build() => new([.. components], baseLength, targetLength);

    // Compose may cut an insert where the later operation's boundary falls; the pieces are whole
    // again once merged, so the lone-surrogate check belongs to the public entry only.
    internal TextOperationBuilder InsertUnchecked(string text)
    {
        if (text.Length == 0)
        {
            return this;
        }

        targetLength += text.Length;
        var last = components.Count - 1;
        if (last >= 0 && components[last].IsInsert)
        {
            components[last] = TextComponent.Insert(components[last].Text + text);
        }
        else if (last >= 0 && components[last].IsDelete)
        {
            // Insert-then-delete and delete-then-insert do the same; keep one canonical order.
            if (last >= 1 && components[last - 1].IsInsert)
            {
                components[last - 1] = TextComponent.Insert(components[last - 1].Text + text);
            }
            else
            {
                components.Insert(last, TextComponent.Insert(text));
            }
        }
        else
        {
            components.Add(TextComponent.Insert(text));
        }

        return this;
    }
}
