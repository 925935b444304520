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
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator(".cell-input").First).ToBeVisibleAsync();

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
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator(".cell-input").First).ToBeVisibleAsync();

            // Every box of one word shows it whole, however long the word.
            var cut = await wrap.EvaluateAsync<string[]>(
                """
                w => [...w.querySelectorAll(".cell-input")]
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

    [BrowserFact]
    public async Task ALongTitleOfPost_ShowsWholeWithoutAClick_ToTheSecretariatAndToADelegation_At1100And1400()
    {
        // 76/246's staffing tables: a cell's box was a one-line input, so "Senior Programme Management Officer, …" showed
        // cut until clicked (ADR 0043). The box now wraps and is as tall as its text; Enter still sets the cell, whole.
        var id = await app.DraftIdAsync("A/80/L.6");
        const string Long = "Senior Programme Management Officer (Enterprise Risk Management), Office of the Chief Executive";
        var rows = new List<TableRow>
        {
            new("c1", [new TableCell("C. Office of Investment Management", 4)], TableRowKind.Caption),
            new("h1", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Category"), new TableCell("Number")], TableRowKind.Header),
            new("r1", [new TableCell("Reclassification"), new TableCell(Long), new TableCell("P-4 to P-5"), new TableCell("1")]),
            new("r2", [new TableCell("Conversion{i}{sup}a{/sup}{/i}"), new TableCell("Information Systems Officer (Enterprise Resource Planning)"), new TableCell("General Service (Other level)"), new TableCell("14")]),
            new("r3", [new TableCell("改划"), new TableCell("高级方案管理干事（企业风险管理），首席执行干事办公室"), new TableCell("P-5"), new TableCell("2")]),
        };
        var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op4", new DraftTable(rows))), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error);

        foreach (var (user, width) in new[] { ("secretariat", 1100), ("cuba", 1100), ("secretariat", 1400), ("cuba", 1400) })
        {
            var page = await app.NewPageAsync(width, 1000, user);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var wrap = page.Locator("[data-testid=table-op4]");
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator(".cell-input").First).ToBeVisibleAsync();

            // No box hides any of its text, across or down, nobody having clicked it; the long title takes more than a line.
            var cut = await wrap.EvaluateAsync<string[]>(
                """
                w => [...w.querySelectorAll('.cell-input')]
                  .filter(b => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
                  .map(b => `${b.value} (${b.clientWidth}×${b.clientHeight} of ${b.scrollWidth}×${b.scrollHeight} px)`)
                """);
            Assert.True(cut.Length == 0, $"{user} at {width} px: cut boxes: {string.Join(", ", cut)}");
            var title = wrap.Locator("[data-cell='r1:1']");
            await Microsoft.Playwright.Assertions.Expect(title).ToHaveValueAsync(Long);
            var lines = await title.EvaluateAsync<double>("b => b.clientHeight / parseFloat(getComputedStyle(b).lineHeight)");
            Assert.True(lines >= 1.9, $"{user} at {width} px: the long title's box is {lines:0.0} lines high");
            // A raised note letter shows raised, no mark syntax (ADR 0035); the table still fits the text's width.
            await Microsoft.Playwright.Assertions.Expect(wrap.Locator("[data-cell='r2:0']")).ToHaveValueAsync("Conversionᵃ");
            var widths = await wrap.EvaluateAsync<int[]>("w => [w.scrollWidth, w.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{user} at {width} px: the table is {widths[0]} px wide in {widths[1]} px");
            await wrap.ScreenshotAsync(new Microsoft.Playwright.LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"table-long-title-{user}-{width}.png") });
            await page.CloseAsync();
        }

        // By keyboard, as before: the secretariat types a title and presses Enter; the cell is set, on one line, and the
        // box keeps the focus. A delegation's Enter keeps its change waiting for "Propose".
        var secretariat = await app.NewPageAsync(1100, 1000, "secretariat");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        var box = secretariat.Locator("[data-testid=table-op4] [data-cell='r1:1']");
        await box.FillAsync("Chief of Service, Investment Operations");
        await box.PressAsync("Enter");
        await Microsoft.Playwright.Assertions.Expect(box).ToBeFocusedAsync();
        await Microsoft.Playwright.Assertions.Expect(box).ToHaveValueAsync("Chief of Service, Investment Operations");
        await WaitForCellAsync(id, "r1", 1, "Chief of Service, Investment Operations");
        await secretariat.CloseAsync();

        var cuba = await app.NewPageAsync(1100, 1000, "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        var proposing = cuba.Locator("[data-testid=table-op4] [data-cell='r1:1']");
        await Microsoft.Playwright.Assertions.Expect(proposing).ToHaveValueAsync("Chief of Service, Investment Operations");
        await proposing.FillAsync("Chief of Service");
        await proposing.PressAsync("Enter");
        await Microsoft.Playwright.Assertions.Expect(cuba.Locator(".table-proposal")).ToContainTextAsync("Chief of Service, Investment Operations → Chief of Service");
        await cuba.CloseAsync();
    }

    private async Task WaitForCellAsync(Guid id, string row, int column, string text)
    {
        for (var i = 0; i < 100; i++)
        {
            var draft = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
            var table = draft.FindNode("op4")!.Table!;
            if (table.Rows[table.IndexOfRow(row)].Cells[column].Text == text)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the cell {row}:{column} was not set to “{text}”");
    }
}
