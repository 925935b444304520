namespace ResolutionDrafts.Domain.Style;

/// <summary>
/// A style rule the text does not follow. It is advice for the editor, never a blocker.
/// <see cref="ParagraphId"/> and <see cref="Label"/> are null for warnings about the whole draft.
/// </summary>
public sealed record StyleWarning(string Code, string? ParagraphId, string? Label, string Message)
{
    public override string ToString() => Label is null ? Message : $"{Label}: {Message}";
}
