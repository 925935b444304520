using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>The page's changes to a paragraph's table (ADR 0029), as operations through the one door.</summary>
public static class TableChanges
{
    /// <summary>Sets a cell's text; nothing to do when it already reads so.</summary>
    public static Func<Draft, DomainResult<DraftOperation>> Cell(string nodeId, string rowId, int column, string text) => draft =>
    {
        var row = draft.FindNode(nodeId)?.Table?.Rows.FirstOrDefault(r => r.Id == rowId);
        if (row is null)
        {
            return DomainResult<DraftOperation>.Fail("That table row is no longer there: someone removed it.");
        }

        return column < row.Cells.Count && row.Cells[column].Text == text
            ? DomainResult<DraftOperation>.Ok(new NoOp())
            : DomainResult<DraftOperation>.Ok(new SetTableCell(nodeId, rowId, column, text.Trim()));
    };
}
