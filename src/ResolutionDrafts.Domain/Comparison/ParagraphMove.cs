namespace ResolutionDrafts.Domain.Comparison;

/// <summary>A moved paragraph, by label: OP7 moved to OP9.</summary>
public sealed record ParagraphMove(string Id, string OldLabel, string NewLabel);
