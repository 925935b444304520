namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The opening of a part of a resolution adopted in parts (A/RES/75/101 A–B): its title
/// ("Information in the service of humanity") and its own author line ("The General Assembly,").
/// It sits on the first paragraph of the part (<see cref="Paragraph.Part"/>), as a heading does;
/// the part runs to the next paragraph that opens one. Its letter (A, B, C …) is its place among
/// the parts, computed like a label (<see cref="Numbering.PartLetters"/>), never stored (ADR 0016).
/// </summary>
public sealed record DraftPart(string Title, string AuthorLine)
{
    /// <summary>
    /// An adopted text's meeting printed at the end of this part ("41st plenary meeting"), when it is not the draft's own
    /// (<see cref="DraftMetadata.MeetingLine"/>, printed at the end of the last part and, when a part has none of its own, of
    /// every part, as the UN prints A/RES/75/101 A–B). ADR 0034, amendment 2.
    /// </summary>
    public string? MeetingLine { get; init; }

    /// <summary>The date under this part's <see cref="MeetingLine"/>; with it, or the draft's.</summary>
    public string? MeetingDate { get; init; }

    /// <summary>The meeting and date printed at the end of this part: its own, else the draft's.</summary>
    public (string? Line, string? Date) MeetingOr(DraftMetadata metadata) =>
        MeetingLine is null && MeetingDate is null ? (metadata.MeetingLine, metadata.MeetingDate) : (MeetingLine, MeetingDate);

    /// <summary>Why this cannot open a part (a title or author line too long, or with a line break), or null.</summary>
    public string? Problem() =>
        Title is null || AuthorLine is null ? "A part needs a title and an author line (either may be empty)." :
        ShortText.Problem(Title, "A part's title") ?? ShortText.Problem(AuthorLine, "A part's author line")
        ?? ShortText.Problem(MeetingLine, "A part's meeting line") ?? ShortText.Problem(MeetingDate, "A part's meeting date");

    /// <summary>The same part with each field as a one-line field, for text from outside.</summary>
    public DraftPart Cleaned() => new(ShortText.Clean(Title ?? ""), ShortText.Clean(AuthorLine ?? ""))
    {
        MeetingLine = MeetingLine is null ? null : ShortText.Clean(MeetingLine),
        MeetingDate = MeetingDate is null ? null : ShortText.Clean(MeetingDate),
    };
}
