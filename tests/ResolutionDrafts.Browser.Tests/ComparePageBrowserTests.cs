using Microsoft.Playwright;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Browser.Tests;

public sealed class ComparePageBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task RevisionThenEdits_ShowInlineAndSideBySideWithSummaryAndJumps()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        // The demo document is stored as issued (issue 17): its first revision is the text as issued.
        var issued = (await app.Service<IRevisionService>().ListAsync(id, CancellationToken.None)).Single(r => r.Symbol == "A/80/L.6");
        Func<Draft, DomainResult<DraftOperation>>[] changes =
        [
            DraftChanges.SetText("op3", "Once again urges States that continue to apply such laws and measures to repeal them without delay;"),
            DraftChanges.Delete("pp5"),
            DraftChanges.MoveBy("op2", 3),
            DraftChanges.AddSponsor(new Sponsor("Chile")),
        ];
        foreach (var change in changes)
        {
            var edit = await app.Drafts.ApplyAsync(id, change, await app.AccessAsync("secretariat", id), CancellationToken.None);
            Assert.True(edit.IsSuccess, edit.Error);
        }

        var page = await app.NewPageAsync(1400, 1100);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/compare?old={issued.Id}&new=live");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        var summary = page.Locator("[data-testid=summary] .summary-line");
        await Assertions.Expect(summary).ToContainTextAsync("1 deleted");
        await Assertions.Expect(summary).ToContainTextAsync("sponsors: +Chile");
        await Assertions.Expect(page.Locator("#cmp-pp5 .badge")).ToHaveTextAsync("deleted");
        await Assertions.Expect(page.Locator("#cmp-op3 del.diff-del").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cmp-op3 ins.diff-ins").First).ToContainTextAsync("repeal them without delay");
        await Assertions.Expect(page.Locator("#cmp-op2 .labels")).ToHaveTextAsync("OP2 → OP5");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "compare-inline.png") });

        await page.ClickAsync("button:has-text('Side by side')");
        await Assertions.Expect(page.Locator("#cmp-op3 .pdiff-sides .old del.diff-del").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cmp-op3 .pdiff-sides .new ins.diff-ins").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cmp-op3 .pdiff-sides .old ins")).ToHaveCountAsync(0);

        await page.ClickAsync("button:has-text('Next change')");
        await page.ClickAsync("button:has-text('Next change')");
        await Assertions.Expect(page.Locator(".comparison .current")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "compare-side-by-side.png") });
    }

    [BrowserFact]
    public async Task IssuingARevisionFromTheHistoryPage_ListsItAndOpensItReadOnly()
    {
        var id = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/revisions");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        // The demo document is stored as issued (issue 17): its history starts with it, and the next is Rev.2.
        await Assertions.Expect(page.Locator("table.revisions td.symbol")).ToHaveTextAsync(["CAC/COSP/2017/L.3/Rev.1"]);
        await Assertions.Expect(page.Locator("input[aria-label='Revision symbol']")).ToHaveValueAsync("CAC/COSP/2017/L.3/Rev.2");
        await page.ClickAsync("button:has-text('Issue revision')");
        await Assertions.Expect(page.Locator("table.revisions td.symbol")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("input[aria-label='Revision symbol']")).ToHaveValueAsync("CAC/COSP/2017/L.3/Rev.3");
        await page.FillAsync("input[aria-label='Revision symbol']", "CAC/COSP/2017/L.3/Rev.1");
        await page.ClickAsync("button:has-text('Issue revision')");
        await Assertions.Expect(page.Locator(".issue-form .edit-error")).ToContainTextAsync("already been issued");

        await page.ClickAsync("table.revisions td.symbol a >> nth=0");
        await Assertions.Expect(page.Locator(".banner.info")).ToContainTextAsync("read-only");
        await Assertions.Expect(page.Locator(".para .tools")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "revision-zh.png") });
    }
}
