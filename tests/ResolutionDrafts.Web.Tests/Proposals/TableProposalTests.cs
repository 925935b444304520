using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// A delegation proposes a change to a table's cell (ADR 0029) as the page sends it; the proposal is worded the UN way,
/// the live table stays until the secretariat accepts, and accepting changes that one cell. Cells confirmed together are
/// one proposal; a table proposed whole is worded and accepted like any other amendment.
/// </summary>
public sealed class TableProposalTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync()
    {
        var draft = SampleDrafts.Demo();
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1));
        draftId = await app.CreateDraftAsync(draft, openToDirectEditing: false);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<Draft> Live() => (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;

    [Fact]
    public async Task CubaProposesACell_TheSecretariatAccepts_AndOnlyThatCellChanges()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var edit = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op1", "0.009", Cell: new TableCellAt("r3", 1)))!;

        var made = await Proposals.ProposeEditAsync(cuba, edit, null, CancellationToken.None);

        Assert.True(made.IsSuccess, made.Error);
        Assert.Equal("In the table in operative paragraph 1, in the row “Albania”, replace “0.008” with “0.009”.", made.Value!.Wording("en"));
        Assert.Equal("0.008", (await Live()).FindNode("op1")!.Table!.Rows[2].Cells[1].Text);

        var accepted = await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, CancellationToken.None);

        Assert.True(accepted.IsSuccess, accepted.Error);
        var table = (await Live()).FindNode("op1")!.Table!;
        Assert.Equal("0.009", table.Rows[2].Cells[1].Text);
        Assert.Equal("0.006", table.Rows[1].Cells[1].Text);
    }

    [Fact]
    public async Task CellsProposedTogether_AreOneProposal_AndATableProposedWholeIsWorded_AndAccepted()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var cells = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op1",
            Cells: [new TableCellEdit("r2", 1, "0.007"), new TableCellEdit("r3", 1, " 0.009 ")]))!;

        var together = await Proposals.ProposeEditAsync(cuba, cells, null, CancellationToken.None);
        var whole = await Proposals.ProposeEditAsync(cuba, d => d.SetTable("op2", DraftTable.Of([["Fund", "1"]])), null, CancellationToken.None);

        Assert.True(together.IsSuccess, together.Error);
        Assert.Equal(2, together.Value!.Proposal.Amendment.Instructions.Count);
        Assert.True(whole.IsSuccess, whole.Error);
        Assert.Equal("At the end of operative paragraph 2, insert the following table: “Fund | 1”.", whole.Value!.Wording("en"));
        Assert.Null((await Live()).FindNode("op2")!.Table);

        Assert.True((await Proposals.AcceptAsync(secretariat, together.Value.Id, CancellationToken.None)).IsSuccess);
        Assert.True((await Proposals.AcceptAsync(secretariat, whole.Value.Id, CancellationToken.None)).IsSuccess);

        var live = await Live();
        Assert.Equal(["0.007", "0.009"], live.FindNode("op1")!.Table!.Rows.Skip(1).Select(r => r.Cells[1].Text));
        Assert.Equal("Fund", live.FindNode("op2")!.Table!.Rows[0].Cells[0].Text);
    }

    [Fact]
    public async Task RowsProposedFromThePage_AreWordedAsRowsInserted_AndAccepted_AndAnEmptyOneIsRefused()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var rows = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op1",
            NewRows: [new TableRowProposed("r2", "n1", [new TableCell("Atlantis"), new TableCell("0.001")]), new TableRowProposed("n1", "n2", [new TableCell("Avalon"), new TableCell("0.002")])]))!;
        var empty = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op1",
            NewRows: [new TableRowProposed("r2", "n3", [new TableCell(" "), new TableCell("")])]))!;

        var made = await Proposals.ProposeEditAsync(cuba, rows, null, CancellationToken.None);
        var refused = await Proposals.ProposeEditAsync(cuba, empty, null, CancellationToken.None);

        Assert.True(made.IsSuccess, made.Error);
        Assert.Equal("In the table in operative paragraph 1, after the row “Afghanistan”, insert the following rows: “Atlantis | 0.001”; “Avalon | 0.002”.", made.Value!.Wording("en"));
        Assert.Equal("A new row is empty: type its cells, or drop it.", refused.Error);
        Assert.True((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, CancellationToken.None)).IsSuccess);
        Assert.Equal(["Member State", "Afghanistan", "Atlantis", "Avalon", "Albania"], (await Live()).FindNode("op1")!.Table!.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public async Task ANewParagraphWithATable_IsProposedWithIt_AndAcceptingAddsBoth()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var made = await Proposals.ProposeEditAsync(cuba, d =>
        {
            var added = d.InsertParagraph(ParagraphKind.Operative, "Approves the posts as follows:", 1, id: "posts");
            return added.IsSuccess ? d.SetTable("posts", DraftTable.Of([["Category", "Posts"], ["P-4", "3"]], headerRows: 1)) : DomainResult.Fail(added.Error!);
        }, null, CancellationToken.None);

        Assert.True(made.IsSuccess, made.Error);
        Assert.EndsWith("reading: “Approves the posts as follows:”, followed by the table, headed “Category | Posts”: “P-4 | 3”.", made.Value!.Wording("en"), StringComparison.Ordinal);

        var accepted = await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, CancellationToken.None);

        Assert.True(accepted.IsSuccess, accepted.Error);
        var table = (await Live()).FindNode("posts")!.Table!;
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal([["Category", "Posts"], ["P-4", "3"]], table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
    }

    [Fact]
    public async Task ARowMovedFromThePage_IsWordedAsAMove_AndAccepted_AndTheHeaderStaysPut()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var up = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeMoveTableRowUp, "op1", Cell: new TableCellAt("r3", 0)))!;
        var intoHeader = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeMoveTableRowUp, "op1", Cell: new TableCellAt("r2", 0)))!;

        var refused = await Proposals.ProposeEditAsync(cuba, intoHeader, null, CancellationToken.None);
        var made = await Proposals.ProposeEditAsync(cuba, up, null, CancellationToken.None);

        Assert.False(refused.IsSuccess);
        Assert.Contains("already the first of the table's body", refused.Error, StringComparison.Ordinal);
        Assert.True(made.IsSuccess, made.Error);
        // Right under the header: to the beginning of the table, not "to after the row “Member State”" (ADR 0030, amendment 3).
        Assert.Equal("In the table in operative paragraph 1, move the row “Albania” to the beginning of the table.", made.Value!.Wording("en"));
        Assert.Equal("在执行部分第1段的表格中，将“Albania”一行移至表格开头。", made.Value.Wording("zh"));
        Assert.True((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, CancellationToken.None)).IsSuccess);
        var table = (await Live()).FindNode("op1")!.Table!;
        Assert.Equal(["Member State", "Albania", "Afghanistan"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal(1, table.HeaderRows);
    }

    [Fact]
    public async Task ARowAtTheHeadAndANewTableOfARun_ProposedFromThePage_AreWordedAndAccepted_AndTheSubHeadingEmptiedStays()
    {
        // ADR 0030, amendments 1 and 2: op2 holds a run of two tables under sub-headings.
        var run = new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat of the Pension Board", 2)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("a1", [new TableCell("Senior Programme Management Officer"), new TableCell("1")]),
            new TableRow("c2", [new TableCell("C. Office of Investment Management", 2)], TableRowKind.Caption),
            new TableRow("h2", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell("Deputy Director"), new TableCell("1")]),
        ]);
        var draft = SampleDrafts.Demo();
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1));
        Assert.True(draft.SetTable("op2", run).IsSuccess);
        draftId = await app.CreateDraftAsync(draft, openToDirectEditing: false);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var cuba = await app.AccessAsync("cuba", draftId);

        var head = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op1",
            NewRows: [new TableRowProposed(TableRowProposed.AtHead, "n0", [new TableCell("Aaland"), new TableCell("0.003")])]))!, null, CancellationToken.None);
        var table = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op2",
            NewRows:
            [
                new TableRowProposed("b1", "cx", [new TableCell("D. Office of Internal Oversight Services", 2)], TableRowKind.Caption),
                new TableRowProposed("cx", "hx", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
                new TableRowProposed("hx", "bx", [new TableCell("Auditor"), new TableCell("3")]),
            ]))!, null, CancellationToken.None);
        var emptied = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeRemoveTableRow, "op2", Cell: new TableCellAt("b1", 0)))!, null, CancellationToken.None);

        Assert.True(head.IsSuccess, head.Error);
        Assert.Equal("In the table in operative paragraph 1, at the beginning, insert a row reading: “Aaland | 0.003”.", head.Value!.Wording("en"));
        Assert.True(table.IsSuccess, table.Error);
        Assert.Equal("In operative paragraph 2, after the table under “C. Office of Investment Management”, insert a new table under the sub-heading “D. Office of Internal Oversight Services”, headed “Title of post | Number”: “Auditor | 3”.", table.Value!.Wording("en"));
        Assert.True(emptied.IsSuccess, emptied.Error);
        Assert.Equal("In the table under “C. Office of Investment Management” in operative paragraph 2, delete the row “Deputy Director”.", emptied.Value!.Wording("en"));

        foreach (var made in new[] { head.Value, table.Value, emptied.Value })
        {
            var accepted = await Proposals.AcceptAsync(secretariat, made.Id, CancellationToken.None);
            Assert.True(accepted.IsSuccess, accepted.Error);
        }

        var live = await Live();
        Assert.Equal(["Member State", "Aaland", "Afghanistan", "Albania"], live.FindNode("op1")!.Table!.Rows.Select(r => r.Cells[0].Text));
        var tables = live.FindNode("op2")!.Table!;
        // Table C emptied keeps its sub-heading and header, between A and the new D; three tables, not C and D merged.
        Assert.Equal(["c1", "h1", "a1", "c2", "h2", "cx", "hx", "bx"], tables.Rows.Select(r => r.Id));
        Assert.Equal(3, tables.Parts().Count);
        Assert.Equal("D. Office of Internal Oversight Services", tables.CaptionOf("bx"));
    }

    [Fact]
    public async Task OneTableOfARun_ProposedDeleted_IsOneProposal_AndAcceptedTakesItsRowsAndSubHeading_WhileAnotherProposalOnItFalls()
    {
        // ADR 0030, amendment 3: "In operative paragraph 2, delete the table under “C. …”", accepted as a batch of row removals.
        var run = new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat of the Pension Board", 2)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("a1", [new TableCell("Senior Programme Management Officer"), new TableCell("1")]),
            new TableRow("c2", [new TableCell("C. Office of Investment Management", 2)], TableRowKind.Caption),
            new TableRow("h2", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell("Deputy Director"), new TableCell("1")]),
            new TableRow("n1", [new TableCell("Abbreviations: D, Director.", 2)], TableRowKind.Note),
        ]);
        var draft = SampleDrafts.Demo();
        Assert.True(draft.SetTable("op2", run).IsSuccess);
        draftId = await app.CreateDraftAsync(draft, openToDirectEditing: false);
        var cuba = await app.AccessAsync("cuba", draftId);
        var brazil = await app.AccessAsync("brazil", draftId);

        var deleted = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeRemoveTableUnder, "op2", Cell: new TableCellAt("c2", 0)))!, null, CancellationToken.None);
        var cell = await Proposals.ProposeEditAsync(brazil, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeTableCell, "op2", "2", Cell: new TableCellAt("b1", 1)))!, null, CancellationToken.None);
        var notASubHeading = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeRemoveTableUnder, "op2", Cell: new TableCellAt("b1", 0)))!, null, CancellationToken.None);

        Assert.True(deleted.IsSuccess, deleted.Error);
        Assert.Equal("In operative paragraph 2, delete the table under “C. Office of Investment Management”.", deleted.Value!.Wording("en"));
        Assert.Equal("在执行部分第2段中，删除“C. Office of Investment Management”下的表格。", deleted.Value.Wording("zh"));
        Assert.True(cell.IsSuccess, cell.Error);
        Assert.False(notASubHeading.IsSuccess);
        Assert.Equal(7, (await Live()).FindNode("op2")!.Table!.Rows.Count); // the live table stays until accepted

        var accepted = await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), deleted.Value.Id, CancellationToken.None);

        Assert.True(accepted.IsSuccess, accepted.Error);
        Assert.Equal(["c1", "h1", "a1"], (await Live()).FindNode("op2")!.Table!.Rows.Select(r => r.Id));
        var fallen = await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), cell.Value!.Id, CancellationToken.None);
        Assert.False(fallen.IsSuccess);
    }
}
