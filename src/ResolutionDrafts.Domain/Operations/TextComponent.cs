namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// One step of a <see cref="TextOperation"/>: keep <see cref="Length"/> code units, insert
/// <see cref="Text"/>, or delete <see cref="Length"/> code units. Lengths are UTF-16 code units,
/// the unit of JavaScript strings, so the browser and the server count the same way.
/// </summary>
public readonly record struct TextComponent
{
    private TextComponent(TextComponentKind kind, int length, string? text)
    {
        Kind = kind;
        Length = length;
        Text = text;
    }

    public TextComponentKind Kind { get; }

    /// <summary>Code units kept or deleted; for an insert, the inserted text's length.</summary>
    public int Length { get; }

    /// <summary>The inserted text; null for retain and delete.</summary>
    public string? Text { get; }

    public bool IsRetain => Kind == TextComponentKind.Retain;

    public bool IsInsert => Kind == TextComponentKind.Insert;

    public bool IsDelete => Kind == TextComponentKind.Delete;

    public static TextComponent Retain(int count) =>
        count > 0 ? new(TextComponentKind.Retain, count, null) : throw new ArgumentOutOfRangeException(nameof(count), "A retain keeps at least one code unit.");

    public static TextComponent Insert(string text) =>
        !string.IsNullOrEmpty(text) ? new(TextComponentKind.Insert, text.Length, text) : throw new ArgumentException("An insert adds at least one code unit.", nameof(text));

    public static TextComponent Delete(int count) =>
        count > 0 ? new(TextComponentKind.Delete, count, null) : throw new ArgumentOutOfRangeException(nameof(count), "A delete removes at least one code unit.");

    public override string ToString() => Kind switch
    {
        TextComponentKind.Retain => $"retain {Length}",
        TextComponentKind.Insert => $"insert \"{Text}\"",
        _ => $"delete {Length}",
    };
}
