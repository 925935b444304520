namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A changed draft-level field. <see cref="Field"/> is the field's name in the draft JSON format
/// ("title", "symbol", "authorLine", "session", "agendaItem.number", ...); null means absent.
/// </summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue, IReadOnlyList<TextSegment> Segments);
