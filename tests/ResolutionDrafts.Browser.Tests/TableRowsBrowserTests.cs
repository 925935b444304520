using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Issue 16, tables round 2: Cuba proposes a row after a given row and a changed cell from the page; when the
/// secretariat removes the row the new one follows before Cuba presses "Propose", the proposal is refused with the
/// reason and nothing Cuba typed is lost (the cell, the new row); dropping the row and proposing again makes the proposal.
/// </summary>
public sealed class TableRowsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task CubaProposesARow_ARefusalKeepsWhatWasTyped_AndProposingAgainMakesIt()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var table = DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"], ["Algeria", "0.109"]], headerRows: 1);
        var secretariat = await app.AccessAsync("secretariat", id);
        Assert.True((await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op1", table)), secretariat, CancellationToken.None)).IsSuccess);
        var cuba = await app.NewPageAsync(1300, 1000, "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);

        var cell = cuba.GetByLabel("Propose a change to OP1, row Afghanistan, cell 2");
        await cell.FillAsync("0.007");
        await cell.PressAsync("Tab");
        await cuba.Locator("button[title='Propose a new row after Albania']").ClickAsync();
        var first = cuba.GetByLabel("New row after Albania, cell 1");
        await first.FillAsync("Atlantis");
        await first.PressAsync("Tab");
        var second = cuba.GetByLabel("New row after Albania, cell 2");
        await second.FillAsync("0.001");
        await second.PressAsync("Tab");
        var pending = cuba.Locator(".table-proposal");
        await Assertions.Expect(pending).ToContainTextAsync("a new row after “Albania”: Atlantis | 0.001");
        await cuba.Locator("[data-testid=table-op1]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-row-pending.png") });

        // Meanwhile the secretariat removes Albania: the row Cuba's new row follows.
        Assert.True((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.TableChanges.RemoveRow("op1", "r3"), secretariat, CancellationToken.None)).IsSuccess);
        await Assertions.Expect(cuba.Locator("[data-testid=table-op1] tr[data-row='r3']")).ToHaveCountAsync(0, new() { Timeout = 5000 });
        await pending.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        await Assertions.Expect(pending.Locator("[role=alert]")).ToContainTextAsync("Not proposed: The row a new row follows is no longer in the table. Your changes are kept");
        await Assertions.Expect(cuba.GetByLabel("Propose a change to OP1, row Afghanistan, cell 2")).ToHaveValueAsync("0.007");
        await Assertions.Expect(cuba.GetByLabel("New row after Albania, cell 1")).ToHaveValueAsync("Atlantis");
        Assert.Empty(await app.Service<ResolutionDrafts.Web.Proposals.ProposalService>().ListAsync(id, CancellationToken.None));
        await cuba.Locator("[data-testid=table-op1]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-row-refused.png") });

        // The row goes after Algeria instead: dropped, added again there, typed, proposed with the cell.
        await cuba.Locator("button[title='Drop the new row after Albania']").ClickAsync();
        await cuba.Locator("button[title='Propose a new row after Algeria']").ClickAsync();
        var again = cuba.GetByLabel("New row after Algeria, cell 1");
        await again.FillAsync("Atlantis");
        await again.PressAsync("Tab");
        var figure = cuba.GetByLabel("New row after Algeria, cell 2");
        await figure.FillAsync("0.001");
        await figure.PressAsync("Tab");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync(
            "In the table in operative paragraph 1, in the row “Afghanistan”, replace “0.006” with “0.007”.");
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync("after the row “Algeria”, insert a row reading: “Atlantis | 0.001”.");
        await Assertions.Expect(cuba.Locator("[data-testid=table-op1] tr.proposed-row")).ToHaveCountAsync(0);
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-row-proposed.png") });
        Assert.Empty(app.CspViolations);
    }

    /// <summary>
    /// The comparison page and its Word download on a run of tables (ADR 0029, amendment 2): a row moved is reported
    /// where it now stands, and each change names the table of the run it is in.
    /// </summary>
    [BrowserFact]
    public async Task TheComparison_ReportsARowMoved_AndNamesTheTableOfARun()
    {
        // The demo's Chinese draft: the comparison speaks its language.
        var id = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var secretariat = await app.AccessAsync("secretariat", id);
        var holder = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Id;
        var run = new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat of the Pension Board", 3)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("a1", [new TableCell("Reclassification"), new TableCell("Senior Programme Management Officer"), new TableCell("1")]),
            new TableRow("a2", [new TableCell("Establishment"), new TableCell("Legal Officer"), new TableCell("1")]),
            new TableRow("a3", [new TableCell("Redeployment"), new TableCell("Programme Assistant"), new TableCell("2")]),
            new TableRow("c2", [new TableCell("B. Pension Administration", 3)], TableRowKind.Caption),
            new TableRow("h2", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell("Abolishment"), new TableCell("Finance Officer"), new TableCell("1")]),
            new TableRow("b2", [new TableCell("Conversion"), new TableCell("Client Services Assistant"), new TableCell("4")]),
        ]);
        Assert.True((await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable(holder, run)), secretariat, CancellationToken.None)).IsSuccess);
        var revisions = app.Service<ResolutionDrafts.Web.Revisions.IRevisionService>();
        var issued = await revisions.IssueAsync(secretariat, new ResolutionDrafts.Web.Revisions.IssueRevisionRequest("CAC/COSP/2017/L.3/Rev.2", null), CancellationToken.None);
        Assert.True(issued.IsSuccess, issued.Error);
        // Redeployment moved to the head of table A; a figure changed in table B.
        var moved = run.WithRows([run.Rows[0], run.Rows[1], run.Rows[4], run.Rows[2], run.Rows[3], .. run.Rows.Skip(5)], 0);
        Assert.True((await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable(holder, moved)), secretariat, CancellationToken.None)).IsSuccess);
        Assert.True((await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTableCell(holder, "b2", 2, "5")), secretariat, CancellationToken.None)).IsSuccess);

        var page = await app.NewPageAsync(1400, 1100);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/compare?old={issued.Value!.Id}&new=live");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "compare-table-run-top.png"), FullPage = true });

        var changes = page.Locator("[data-testid=table-changes] .table-change");
        await Assertions.Expect(changes.Filter(new() { HasText = "Redeployment" })).ToContainTextAsync("OP1“A. Secretariat of the Pension Board”下的表格，“Redeployment”行：↕ 移至表格开头");
        await Assertions.Expect(changes.Filter(new() { HasText = "Conversion" })).ToContainTextAsync("OP1“B. Pension Administration”下的表格，“Conversion”行，第3列");
        await page.Locator("[data-testid=table-changes]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "compare-table-run.png") });

        var docx = await page.APIRequest.GetAsync($"{app.BaseUrl}/drafts/{id}/compare/docx?old={issued.Value.Id}&new=live");
        Assert.True(docx.Ok, docx.StatusText);
        await File.WriteAllBytesAsync(Path.Combine(LiveApp.ScreenshotDirectory, "compare-table-run.docx"), await docx.BodyAsync());
    }
}
