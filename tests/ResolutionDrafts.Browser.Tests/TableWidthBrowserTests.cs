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

    [BrowserFact]
    public async Task ARunOfStaffingTables_ShowsEveryOneWordCellWhole_WithCompactRowTools_At1100And1400()
    {
        // 76/246 OP27's tables in little (ADR 0030, amendment 3): the row tools took about 220 px of the boxed table and a
        // box asked for at most 6em, so "Reclassification" showed cut for a delegation at 1,100 px.
        var id = await app.DraftIdAsync("A/80/L.6");
        var rows = new List<TableRow>();
        string[] actions = ["Reclassification", "Redeployment", "Establishment", "Abolishment", "Conversion"];
        string[] titles = ["Senior Programme Management Officer, Office of the Chief Executive", "Information Management Assistant", "Deputy Director (Investment Risk and Compliance)", "Administrative Assistant", "Information Systems Officer"];
        foreach (var (caption, k) in new[] { ("A. Secretariat of the Pension Board", 0), ("C. Office of Investment Management", 1) })
        {
            rows.Add(new TableRow($"c{k}", [new TableCell(caption, 4)], TableRowKind.Caption));
            rows.Add(new TableRow($"h{k}", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Category"), new TableCell("Number")], TableRowKind.Header));
            for (var i = 0; i < actions.Length; i++)
            {
                rows.Add(new TableRow($"r{k}{i}", [new TableCell(actions[i]), new TableCell(titles[i]), new TableCell(i % 2 == 0 ? "P-5" : "GS (OL)"), new TableCell($"{i + 1}")]));
            }
        }

        var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op2", new DraftTable(rows))), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error);

        foreach (var (user, width) in new[] { ("secretariat", 1100), ("cuba", 1100), ("secretariat", 1400), ("cuba", 1400) })
        {
            var page = await app.NewPageAsync(width, 1000, user);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var wrap = page.Locator("[data-testid=table-op2]");
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator("input.cell-input").First).ToBeVisibleAsync();

            // Every box of one word shows it whole, however long the word.
            var cut = await wrap.EvaluateAsync<string[]>(
                """
                w => [...w.querySelectorAll('input.cell-input')]
                  .filter(i => i.value.trim().length > 0 && !/\s/.test(i.value.trim()) && i.scrollWidth > i.clientWidth + 1)
                  .map(i => `${i.value} (${i.clientWidth} of ${i.scrollWidth} px)`)
                """);
            Assert.True(cut.Length == 0, $"{user} at {width} px: cut boxes: {string.Join(", ", cut)}");

            // The row tools are compact: their column is a small part of the table, each tool named for a screen reader.
            var tools = await wrap.EvaluateAsync<int[]>(
                """
                w => [Math.max(...[...w.querySelectorAll('tr[data-row] td.row-tools')].map(t => t.getBoundingClientRect().width)),
                      w.querySelector('table').getBoundingClientRect().width,
                      [...w.querySelectorAll('td.row-tools button')].filter(b => !b.getAttribute('aria-label')).length]
                """);
            Assert.True(tools[0] <= 100, $"{user} at {width} px: the row tools take {tools[0]} px of {tools[1]} px");
            Assert.Equal(0, tools[2]);
            var widths = await wrap.EvaluateAsync<int[]>("w => [w.scrollWidth, w.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{user} at {width} px: the table is {widths[0]} px wide in {widths[1]} px");

            // Pointed at, a row shows its tools, and the table of a run can be deleted from its sub-heading.
            await wrap.Locator("tr[data-row='r10']").HoverAsync();
            await wrap.ScreenshotAsync(new Microsoft.Playwright.LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"table-width-run-{user}-{width}.png") });
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator("tr[data-row='c1'] button[title^='" + (user == "cuba" ? "Propose deleting" : "Remove") + " the table under C. Office of Investment Management']")).ToHaveCountAsync(1);
            await page.CloseAsync();
        }
    }
}
