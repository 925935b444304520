using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// ADR 0030, amendment 2: in a run of tables under sub-headings, Cuba proposes a whole new table at the run's end (its
/// headings copied, editable) and a row at the head of the first table's body; proposing the table before its
/// sub-heading is typed is refused with the reason and keeps what was typed; typed, it is proposed and worded. Its own
/// app: the proposals it makes stay out of the other table tests' drafts.
/// </summary>
public sealed class TableRunBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task CubaProposesANewTableOfARun_AndARowAtTheHead_ARefusalKeepsWhatWasTyped()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var run = new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat of the Pension Board", 2)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("a1", [new TableCell("Senior Programme Management Officer"), new TableCell("1")]),
            new TableRow("c2", [new TableCell("C. Office of Investment Management", 2)], TableRowKind.Caption),
            new TableRow("h2", [new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell("Deputy Director"), new TableCell("1")]),
        ]);
        var secretariat = await app.AccessAsync("secretariat", id);
        Assert.True((await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op2", run)), secretariat, CancellationToken.None)).IsSuccess);
        var cuba = await app.NewPageAsync(1300, 1000, "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        var block = cuba.Locator("[data-testid=table-op2]");

        await block.Locator("button[title='Propose a new table under a new sub-heading at the end of the tables in OP2']").ClickAsync();
        await Assertions.Expect(block.Locator("tr.proposed-row")).ToHaveCountAsync(3);
        await Assertions.Expect(cuba.GetByLabel("New table's heading after the new sub-heading, cell 1")).ToHaveValueAsync("Title of post");
        var post = cuba.GetByLabel("New row after the new table's headings, cell 1");
        await post.FillAsync("Auditor");
        await post.PressAsync("Tab");
        var number = cuba.GetByLabel("New row after the new table's headings, cell 2");
        await number.FillAsync("3");
        await number.PressAsync("Tab");
        var pending = block.Locator(".table-proposal");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        await Assertions.Expect(pending.Locator("[role=alert]")).ToContainTextAsync("Not proposed: A new sub-heading is empty: type its words, or drop it. Your changes are kept");
        await Assertions.Expect(cuba.GetByLabel("New row after the new table's headings, cell 1")).ToHaveValueAsync("Auditor");
        var caption = block.Locator("tr.proposed-row.table-caption .cell-input");
        await caption.FillAsync("D. Office of Internal Oversight Services");
        await caption.PressAsync("Tab");
        await block.Locator("button[title='Propose a new row at the head of the body of the table in OP2']").ClickAsync();
        var head = cuba.GetByLabel("New row at the head of the table, cell 1");
        await head.FillAsync("Chief of Staff");
        await head.PressAsync("Tab");
        var headNumber = cuba.GetByLabel("New row at the head of the table, cell 2");
        await headNumber.FillAsync("1");
        await headNumber.PressAsync("Tab");
        await block.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-run-new-table-pending.png") });
        await pending.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        var banner = cuba.Locator(".banner.info");
        await Assertions.Expect(banner).ToContainTextAsync("In the table under “A. Secretariat of the Pension Board” in operative paragraph 2, at the beginning, insert a row reading: “Chief of Staff | 1”.");
        await Assertions.Expect(banner).ToContainTextAsync("In operative paragraph 2, after the table under “C. Office of Investment Management”, insert a new table under the sub-heading “D. Office of Internal Oversight Services”, headed “Title of post | Number”: “Auditor | 3”.");
        await Assertions.Expect(block.Locator("tr.proposed-row")).ToHaveCountAsync(0);
        Assert.Equal(6, (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Table!.Rows.Count); // the live table waits for the secretariat
        Assert.Empty(app.CspViolations);
    }
}
