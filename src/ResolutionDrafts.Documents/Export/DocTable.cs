namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// A table printed after the body paragraphs: column widths as shares of the text width, and rows
/// whose header rows repeat at the top of every page.
/// </summary>
internal sealed record DocTable(IReadOnlyList<int> ColumnShares, IReadOnlyList<DocTableRow> Rows);

/// <summary>A row of a <see cref="DocTable"/>; one cell per column.</summary>
internal sealed record DocTableRow(IReadOnlyList<DocTableCell> Cells, bool IsHeader = false);

/// <summary>A cell and its paragraphs.</summary>
internal sealed record DocTableCell(IReadOnlyList<DocParagraph> Paragraphs);
