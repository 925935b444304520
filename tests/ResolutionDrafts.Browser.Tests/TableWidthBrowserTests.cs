using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// A table of four wordy columns (76/246's staffing tables: action, title of post, category, number) fits the text's
/// width where its cells are boxes, for the secretariat editing it and for a delegation proposing: every column shows
/// at once. The boxes took their text's width and the last column, the figures, sat past the edge behind a scroll bar.
/// </summary>
public sealed class TableWidthBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task AFourColumnTable_ShowsEveryColumn_ToTheSecretariatAndToADelegation()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var table = DraftTable.Of(
            [
                ["Action", "Title of post", "Category", "Number"],
                ["Reclassification", "Senior Programme Management Officer, Office of the Chief Executive", "P-4 to P-5", "1"],
                ["Conversion", "Information Systems Officer (Enterprise Resource Planning)", "General Service (Other level)", "14"],
            ],
            headerRows: 1);
        var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op2", table)), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error);

        foreach (var user in new[] { "secretariat", "cuba" })
        {
            var page = await app.NewPageAsync(1300, 1000, user);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var wrap = page.Locator("[data-testid=table-op2]");
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator("input.cell-input").First).ToBeVisibleAsync();

            var widths = await wrap.EvaluateAsync<int[]>("w => [w.scrollWidth, w.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{user}: the table is {widths[0]} px wide in {widths[1]} px: a column is past the edge");
            await page.CloseAsync();
        }
    }
}
