namespace ResolutionDrafts.Domain.Style;

/// <summary>
/// A style rule the text does not follow. It is advice for the editor, never a blocker.
/// <see cref="ParagraphId"/> and <see cref="Label"/> are null for warnings about the whole draft.
/// </summary>
public sealed record StyleWarning(string Code, string? ParagraphId, string? Label, string Message)
{
    /// <summary>
    /// Not a warning but a note: an adopted text ends a paragraph otherwise than the rule says, as the UN adopted it
    /// (76/246 section III's paragraph ends with ",", its Chinese 三 PP1 with "；"). Nothing to mend: the adopted text
    /// is the UN's own; the note says where it departs from the rule.
    /// </summary>
    public bool IsNote { get; init; }

    public override string ToString() => (IsNote ? "note: " : "") + (Label is null ? Message : $"{Label}: {Message}");
}
