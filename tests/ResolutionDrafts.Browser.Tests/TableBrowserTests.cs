using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Tables on the page (ADR 0029, amendment 1): Cuba changes a cell's figure and proposes it with "Propose" under the
/// table (leaving the box sends nothing), the live table stays and the negotiation view brackets the cell;
/// the secretariat accepts it and Cuba's page shows the new figure; the secretariat adds a row and removes it again,
/// live on Cuba's page.
/// </summary>
public sealed class TableBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task CubaProposesACell_TheSecretariatAcceptsIt_AndAddsAndRemovesARow()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var table = DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1);
        var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op1", table)), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error);
        var cuba = await app.NewPageAsync(1300, 1000, "cuba");
        var secretariat = await app.NewPageAsync(1300, 1000, "secretariat");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);

        var cell = cuba.GetByLabel("Propose a change to OP1, row Albania, cell 2");
        await cell.FillAsync("0.009");
        await cell.PressAsync("Tab");
        // Leaving the box proposes nothing yet: the change waits under the table for "Propose", as a paragraph's text does.
        var pending = cuba.Locator(".table-proposal");
        await Assertions.Expect(pending).ToContainTextAsync("in the row “Albania”, 0.008 → 0.009");
        await cuba.Locator("[data-testid=table-op1]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-cell-pending.png") });
        Assert.Empty(await app.Service<ResolutionDrafts.Web.Proposals.ProposalService>().ListAsync(id, CancellationToken.None));
        await pending.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync("Proposal 1 made: In the table in operative paragraph 1, in the row “Albania”, replace “0.008” with “0.009”.");
        await Assertions.Expect(cuba.GetByLabel("Propose a change to OP1, row Albania, cell 2")).ToHaveValueAsync("0.008");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-cell-proposed.png") });

        // The negotiation view shows the proposals in the table: the cell bracketed with Cuba's figure, Brazil's row
        // deletion (as from a Word file) under its row.
        var proposals = app.Service<ResolutionDrafts.Web.Proposals.ProposalService>();
        var brazil = await proposals.ProposeEditAsync(await app.AccessAsync("brazil", id), d => d.RemoveTableRow("op1", "r2"), null, CancellationToken.None);
        Assert.True(brazil.IsSuccess, brazil.Error);
        var negotiation = await app.NewPageAsync(1300, 1000, "secretariat");
        await negotiation.GotoAsync($"{app.BaseUrl}/drafts/{id}/negotiation");
        var albania = negotiation.Locator("[data-testid=neg-table-op1] tr[data-row='r3']");
        await Assertions.Expect(albania.Locator(".bracket")).ToContainTextAsync("0.008 / 0.009Cuba");
        await Assertions.Expect(negotiation.Locator("[data-testid=neg-table-op1] tr[data-row-proposal='r2']")).ToContainTextAsync("delete the row “Afghanistan”");
        await negotiation.EvaluateAsync("document.querySelector('[data-testid=neg-table-op1]')?.scrollIntoView({ block: 'center' })");
        await negotiation.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-negotiation.png") });
        await negotiation.CloseAsync();

        var proposal = secretariat.Locator("article[data-proposal='1']");
        // Brazil's proposal stays pending; the secretariat accepts Cuba's.
        await Assertions.Expect(proposal).ToBeVisibleAsync(new() { Timeout = 5000 });
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(cuba.GetByLabel("Propose a change to OP1, row Albania, cell 2")).ToHaveValueAsync("0.009", new() { Timeout = 5000 });

        var rows = cuba.Locator("[data-testid=table-op1] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await secretariat.Locator("button[title='Add a row after Albania']").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(3, new() { Timeout = 5000 });
        var added = await secretariat.Locator("[data-testid=table-op1] tbody tr").Nth(2).GetAttributeAsync("data-row");
        await secretariat.Locator($"tr[data-row='{added}'] .row-tools button.danger").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 5000 });
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "table-tools-secretariat.png") });
        Assert.Empty(app.CspViolations);
    }
}
