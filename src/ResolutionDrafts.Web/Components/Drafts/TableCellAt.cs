namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>A cell of a paragraph's table (ADR 0029): its row's id and its place in the row.</summary>
public sealed record TableCellAt(string RowId, int Column);
