namespace ResolutionDrafts.Domain.Drafts;

/// <summary>A footnote; texts refer to it as <c>[^Number]</c>, as often as they need.</summary>
public sealed record Footnote(int Number, string Text);
