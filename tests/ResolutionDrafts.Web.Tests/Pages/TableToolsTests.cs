using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// The table's tools on the page (ADR 0029): editors and the secretariat add a row after any row and remove a row or the
/// whole table (after confirming); a delegation proposes a cell's new text from the cell itself; readers get no tools.
/// </summary>
public sealed class TableToolsTests : BunitContext
{
    private static Draft Scale()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale shall be as follows:", id: "op1");
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1));
        return draft;
    }

    private (IRenderedComponent<DraftTableBlock> Block, List<ParagraphCommand> Sent) Rendered(Draft draft, bool editable, bool canPropose, string? refusal = null)
    {
        var sent = new List<ParagraphCommand>();
        // As the page answers a proposal: why it was refused, or null when it was made.
        var view = new DraftView(draft) { Editable = editable, CanPropose = canPropose, Dispatch = c => { sent.Add(c); c.Answered?.Invoke(refusal); return Task.CompletedTask; } };
        var page = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));
        return (page.FindComponent<DraftTableBlock>(), sent);
    }

    [Fact]
    public void AnEditor_AddsAndRemovesRows_AndRemovesTheTableOnlyAfterConfirming()
    {
        var (block, sent) = Rendered(Scale(), editable: true, canPropose: false);

        block.Find("tr[data-row='r2'] button[title='Add a row after Afghanistan']").Click();
        block.Find("tr[data-row='r3'] button[title='Remove the row Albania']").Click();
        block.Find(".table-tools button.danger").Click();
        Assert.Equal(2, sent.Count); // asking to remove the table sends nothing yet
        block.Find(".table-tools button.confirm").Click();

        Assert.Equal(
            [
                new ParagraphCommand(ParagraphAction.AddTableRow, "op1", Cell: new TableCellAt("r2", 0)),
                new ParagraphCommand(ParagraphAction.RemoveTableRow, "op1", Cell: new TableCellAt("r3", 0)),
                new ParagraphCommand(ParagraphAction.RemoveTable, "op1"),
            ],
            sent);
    }

    [Fact]
    public void TheRowTools_MakeOperationsThatApply_AnEmptyRowShapedAsTheBody_AndNeverTheLastRow()
    {
        var draft = Scale();

        var add = TableChanges.AddRowAfter("op1", "r1")(draft);
        Assert.True(add.IsSuccess, add.Error);
        Assert.True(add.Value!.Apply(draft).IsSuccess);
        var table = draft.Paragraphs[0].Table!;
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["", ""], table.Rows[1].Cells.Select(c => c.Text)); // under the header, first in the body
        Assert.True(TableChanges.RemoveRow("op1", "r3")(draft).Value!.Apply(draft).IsSuccess);
        Assert.DoesNotContain(draft.Paragraphs[0].Table!.Rows, r => r.Id == "r3");
        Assert.Equal("That table row is no longer there: someone removed it.", TableChanges.RemoveRow("op1", "r3")(draft).Error);
        Assert.True(TableChanges.RemoveTable("op1")(draft).Value!.Apply(draft).IsSuccess);
        Assert.Null(draft.Paragraphs[0].Table);

        var single = Draft.Create("en").Value!;
        single.InsertParagraph(ParagraphKind.Operative, "Decides as follows:", id: "op1");
        single.SetTable("op1", DraftTable.Of([["Only", "1"]]));
        Assert.Equal("That is the table's last row: remove the table instead.", TableChanges.RemoveRow("op1", single.Paragraphs[0].Table!.Rows[0].Id)(single).Error);
    }

    [Fact]
    public void ADelegation_ChangesCells_AndProposesThemOnlyWhenItConfirms_AndGetsNoEditorsRowTools()
    {
        var (block, sent) = Rendered(Scale(), editable: false, canPropose: true);

        Assert.DoesNotContain(block.FindAll(".row-tools button"), b => b.GetAttribute("title")!.StartsWith("Add a row", StringComparison.Ordinal));
        Assert.DoesNotContain(block.FindAll(".table-tools button"), b => b.TextContent == "Add a row");
        var cell = block.Find("textarea[data-cell='r3:1']");
        Assert.Equal("Propose a change to OP1, row Albania, cell 2", cell.GetAttribute("aria-label"));
        cell.Change("0.008"); // unchanged: nothing to propose
        Assert.Empty(block.FindAll(".table-proposal"));
        block.Find("textarea[data-cell='r3:1']").Change("0.009");
        block.Find("textarea[data-cell='r2:1']").Change("0.007");

        // Leaving the box proposes nothing: the change waits for "Propose", as a paragraph's text does.
        Assert.Empty(sent);
        var pending = block.Find(".table-proposal");
        Assert.Contains("in the row “Albania”, 0.008 → 0.009", pending.TextContent, StringComparison.Ordinal);
        Assert.Contains("in the row “Afghanistan”, 0.006 → 0.007", pending.TextContent, StringComparison.Ordinal);
        Assert.Equal("0.009", block.Find("textarea[data-cell='r3:1']").GetAttribute("value"));
        block.Find(".table-proposal input[aria-label='On behalf of (table)']").Change("the Group of 77");
        block.Find(".table-proposal button.primary").Click();

        var command = Assert.Single(sent);
        Assert.Equal(ParagraphAction.ProposeTableCell, command.Action);
        Assert.Equal("op1", command.Id);
        Assert.Equal("the Group of 77", command.OnBehalfOf);
        Assert.Equal([new TableCellEdit("r2", 1, "0.007"), new TableCellEdit("r3", 1, "0.009")], command.Cells!.OrderBy(c => c.RowId));
        // The live table stays as it is until the secretariat accepts: the boxes show the live text again.
        Assert.Equal("0.008", block.Find("textarea[data-cell='r3:1']").GetAttribute("value"));
        Assert.Empty(block.FindAll(".table-proposal"));
    }

    [Fact]
    public void ARefusedCellProposal_KeepsTheCellsTyped_AndSaysWhy_AndProposingAgainSendsThemAgain()
    {
        var (block, sent) = Rendered(Scale(), editable: false, canPropose: true, refusal: "That table row is no longer there.");
        block.Find("textarea[data-cell='r3:1']").Change("0.009");
        block.Find("textarea[data-cell='r2:1']").Change("0.007");
        block.Find(".table-proposal input[aria-label='On behalf of (table)']").Change("the Group of 77");

        block.Find(".table-proposal button.primary").Click();

        Assert.Single(sent);
        // Nothing the delegate typed is lost: the boxes, the list of changes and "on behalf of" stay, with the reason.
        Assert.Equal("0.009", block.Find("textarea[data-cell='r3:1']").GetAttribute("value"));
        Assert.Equal("0.007", block.Find("textarea[data-cell='r2:1']").GetAttribute("value"));
        var pending = block.Find(".table-proposal");
        Assert.Contains("in the row “Albania”, 0.008 → 0.009", pending.TextContent, StringComparison.Ordinal);
        Assert.Equal("the Group of 77", block.Find(".table-proposal input[aria-label='On behalf of (table)']").GetAttribute("value"));
        Assert.Equal("Not proposed: That table row is no longer there. Your changes are kept: mend them and propose again, or cancel.",
            block.Find(".table-proposal [role='alert']").TextContent);

        block.Find(".table-proposal button.primary").Click();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Cells!.OrderBy(c => c.RowId), sent[1].Cells!.OrderBy(c => c.RowId));
        Assert.Equal("the Group of 77", sent[1].OnBehalfOf);
    }

    [Fact]
    public void ADelegation_AddsRowsAfterAGivenRow_TypesThem_AndProposesThemWithItsCells()
    {
        var (block, sent) = Rendered(Scale(), editable: false, canPropose: true);

        block.Find("button[title='Propose a new row after Afghanistan']").Click();
        block.Find("button[title='Propose a new row after Afghanistan']").Click();
        Assert.Empty(sent); // nothing is sent before "Propose"
        var rows = block.FindAll("tbody tr").Select(r => r.GetAttribute("data-row") ?? "new").ToList();
        Assert.Equal(["r2", "new", "new", "r3"], rows); // both under Afghanistan, the second below the first
        var added = block.FindAll("tr.proposed-row").Select(r => r.GetAttribute("data-new-row")!).ToList();
        block.Find($"textarea[data-new-cell='{added[0]}:0']").Change(" Atlantis ");
        block.Find($"textarea[data-new-cell='{added[0]}:1']").Change("0.001");
        block.Find($"textarea[data-new-cell='{added[1]}:0']").Change("Avalon");
        block.Find($"textarea[data-new-cell='{added[1]}:1']").Change("0.002");
        block.Find("textarea[data-cell='r3:1']").Change("0.009");
        Assert.Contains("a new row after “Afghanistan”: Atlantis | 0.001", block.Find(".table-proposal").TextContent, StringComparison.Ordinal);

        block.Find(".table-proposal button.primary").Click();

        var command = Assert.Single(sent);
        Assert.Equal([new TableCellEdit("r3", 1, "0.009")], command.Cells);
        Assert.Equal(2, command.NewRows!.Count);
        Assert.Equal(("r2", "Atlantis|0.001"), (command.NewRows[0].AfterRowId, string.Join("|", command.NewRows[0].Cells.Select(c => c.Text))));
        Assert.Equal((added[0], "Avalon|0.002"), (command.NewRows[1].AfterRowId, string.Join("|", command.NewRows[1].Cells.Select(c => c.Text))));
        Assert.Empty(block.FindAll("tr.proposed-row"));
    }

    [Fact]
    public void ADelegationsProposedRow_CanBeDropped_AndARefusalKeepsIt()
    {
        var (block, sent) = Rendered(Scale(), editable: false, canPropose: true, refusal: "A new row is empty: type its cells, or drop it.");
        block.Find("button[title='Propose a new row after Albania']").Click();
        block.Find(".table-proposal button.primary").Click();

        Assert.Single(sent);
        Assert.Single(block.FindAll("tr.proposed-row")); // kept, with the reason
        Assert.Contains("A new row is empty", block.Find(".table-proposal [role='alert']").TextContent, StringComparison.Ordinal);

        block.Find("button[title='Drop the new row after Albania']").Click();
        Assert.Empty(block.FindAll("tr.proposed-row"));
        Assert.Empty(block.FindAll(".table-proposal"));
    }

    [Fact]
    public void ADelegationsPendingCellChange_IsDroppedByCancel_WithNothingSent()
    {
        var (block, sent) = Rendered(Scale(), editable: false, canPropose: true);
        block.Find("textarea[data-cell='r3:1']").Change("0.009");

        block.FindAll(".table-proposal button").Single(b => b.TextContent == "Cancel").Click();

        Assert.Empty(sent);
        Assert.Empty(block.FindAll(".table-proposal"));
        Assert.Equal("0.008", block.Find("textarea[data-cell='r3:1']").GetAttribute("value"));
    }

    [Fact]
    public void ADelegation_ProposesARowMovedOrDeleted_AndTheTableDeletedAfterConfirming()
    {
        var (block, sent) = Rendered(Scale(), editable: false, canPropose: true);

        block.Find("button[title='Propose moving the row Albania up']").Click();
        block.Find("button[title='Propose deleting the row Afghanistan']").Click();
        block.Find("button[title='Propose deleting the table in OP1 (the paragraph stays)']").Click();
        Assert.Equal(2, sent.Count); // deleting the table waits for its confirmation
        block.FindAll(".table-tools button").Single(b => b.TextContent.StartsWith("Confirm", StringComparison.Ordinal)).Click();

        Assert.Equal(
            [
                new ParagraphCommand(ParagraphAction.ProposeMoveTableRowUp, "op1", Cell: new TableCellAt("r3", 0)),
                new ParagraphCommand(ParagraphAction.ProposeRemoveTableRow, "op1", Cell: new TableCellAt("r2", 0)),
                new ParagraphCommand(ParagraphAction.ProposeRemoveTable, "op1"),
            ],
            sent);
    }
}
