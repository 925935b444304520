namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>A cell of a paragraph's table (ADR 0029): its row's id and its place in the row.</summary>
public sealed record TableCellAt(string RowId, int Column);

/// <summary>A cell's proposed text (ADR 0029): the cells a delegation changed, proposed together when it confirms.</summary>
public sealed record TableCellEdit(string RowId, int Column, string Text);

/// <summary>
/// A row a delegation proposes (ADR 0030): after the row <see cref="AfterRowId"/> (of the live table, or a row proposed
/// before it in the same proposal; <see cref="AtHead"/>, "", at the head of the table's body), with its id and cells as
/// typed, and its kind: a sub-heading or a header row of a new table of a run (ADR 0030, amendment 2), else a body row.
/// </summary>
public sealed record TableRowProposed(string AfterRowId, string Id, IReadOnlyList<ResolutionDrafts.Domain.Drafts.TableCell> Cells,
    ResolutionDrafts.Domain.Drafts.TableRowKind Kind = ResolutionDrafts.Domain.Drafts.TableRowKind.Body)
{
    /// <summary>The <see cref="AfterRowId"/> of a row proposed at the head of the table's body.</summary>
    public const string AtHead = "";
}
