using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// What delegates found clumsy in the draft page's margin and tables, measured in Chromium as the secretariat and as a
/// delegation, at 1400 and 1100 px wide: a deep sub-paragraph's label ("OP2 (a) (i) (a) (i)") wrapped over three lines
/// and a section's "VIII OP10" over two, where the "N proposed" count under it stood over its second line; a table's
/// boxes all came out equally wide, so short words showed cut ("Conversio", "Numbe"); a Chinese draft of no known
/// original language printed "Chinese" in its masthead where its DOCX and the UN print no such line.
/// </summary>
public sealed class PageLayoutBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly (string User, int Width)[] Readers = [("secretariat", 1400), ("secretariat", 1100), ("cuba", 1400), ("cuba", 1100)];

    [BrowserFact]
    public async Task ADeepSubParagraphsLabel_StaysOnOneLineInTheMargin_AndItsProposalCountStandsBelowIt()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var secretariat = await app.AccessAsync("secretariat", id);
        string[] ids = ["op2-lay-a", "op2-lay-a-i", "op2-lay-a-i-a", "op2-lay-a-i-a-i"];
        var parent = "op2";
        foreach (var sub in ids)
        {
            var added = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new AddSubParagraph(parent, sub, 0, $"Sub-paragraph {sub};")), secretariat, CancellationToken.None);
            Assert.True(added.IsSuccess, added.Error);
            parent = sub;
        }

        var proposals = app.Service<ResolutionDrafts.Web.Proposals.IProposalService>();
        var proposed = await proposals.ProposeTextAsync(await app.AccessAsync("brazil", id), parent, $"Sub-paragraph {parent}, amended;", null, CancellationToken.None);
        Assert.True(proposed.IsSuccess, proposed.Error);

        foreach (var (user, width) in Readers)
        {
            var page = await app.NewPageAsync(width, 1000, user);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var label = page.Locator($"#para-{parent} > .label");
            await Assertions.Expect(page.Locator($"#para-{parent} > .proposal-count")).ToHaveTextAsync("1 proposed");
            var text = await label.TextContentAsync();
            Assert.StartsWith("OP2 (a) (i) ", text);

            var m = await page.Locator($"#para-{parent}").EvaluateAsync<double[]>(
                """
                p => {
                  const l = p.querySelector(':scope > .label').getBoundingClientRect();
                  const c = p.querySelector(':scope > .proposal-count').getBoundingClientRect();
                  const doc = p.closest('.un-doc').getBoundingClientRect();
                  return [l.height, parseFloat(getComputedStyle(p.querySelector(':scope > .label')).lineHeight), l.top, l.bottom, l.left, c.top, c.bottom, doc.left, l.right, p.querySelector(':scope > .text').getBoundingClientRect().left, p.getBoundingClientRect().bottom, c.height, parseFloat(getComputedStyle(p.querySelector(':scope > .proposal-count')).lineHeight)];
                }
                """);
            var (height, line, top, bottom, left, countTop, countBottom, pageLeft, right, textLeft) = (m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9]);
            var (paragraphBottom, countHeight, countLine) = (m[10], m[11], m[12]);
            Assert.True(height <= 2 * line + 1, $"{user} at {width} px: the label “{text}” is {height} px high, more than two lines of {line} px");
            Assert.False(countTop < bottom && countBottom > top, $"{user} at {width} px: the “1 proposed” count ({countTop}–{countBottom}) stands over the label ({top}–{bottom})");
            Assert.True(countHeight <= countLine + 1, $"{user} at {width} px: the “1 proposed” count is {countHeight} px high: it wrapped");
            Assert.True(countBottom <= paragraphBottom + 1, $"{user} at {width} px: the “1 proposed” count ends at {countBottom} px, below its paragraph ({paragraphBottom} px), over the next");
            Assert.True(left >= pageLeft, $"{user} at {width} px: the label starts at {left} px, left of the page ({pageLeft} px)");
            Assert.True(right < textLeft, $"{user} at {width} px: the label ends at {right} px, over the text ({textLeft} px)");
            await label.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"page-layout-labels-{user}-{width}.png") });
            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ATablesBoxes_AreWideEnoughForTheirShortWords_WithTheRowToolsBesideThem()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        // 76/246's run of staffing tables, in little: long titles of posts beside the short words delegates saw cut.
        var rows = new List<TableRow>
        {
            new("c1", [new TableCell("C. Office of Investment Management", 4)], TableRowKind.Caption),
            new("h1", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Category"), new TableCell("Number")], TableRowKind.Header),
        };
        string[] titles = ["Associate Investment Officer", "Information/Documents Management Assistant", "Senior Programme Management Officer (Enterprise Risk Management)", "Accountant"];
        for (var i = 0; i < titles.Length; i++)
        {
            rows.Add(new TableRow($"r{i}", [new TableCell(i % 2 == 0 ? "Conversion" : "Redeployment (from executive direction and management to programme of work)"), new TableCell(titles[i]), new TableCell("P-2/P-1"), new TableCell($"{i + 1}")]));
        }

        var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op3", new DraftTable(rows))), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error);

        foreach (var (user, width) in Readers)
        {
            var page = await app.NewPageAsync(width, 1000, user);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var wrap = page.Locator("[data-testid=table-op3]");
            await Assertions.Expect(wrap.Locator(".cell-input").First).ToBeVisibleAsync();

            // Every box holding one short word ("Conversion", "Number", "Category", "P-2/P-1") shows it whole.
            var cut = await wrap.EvaluateAsync<string[]>(
                """
                w => [...w.querySelectorAll(".cell-input")]
                  .filter(i => !/\s/.test(i.value.trim()) && i.value.length <= 12 && i.scrollWidth > i.clientWidth + 1)
                  .map(i => `${i.value} (${i.clientWidth} of ${i.scrollWidth} px)`)
                """);
            Assert.True(cut.Length == 0, $"{user} at {width} px: cut boxes: {string.Join(", ", cut)}");
            var widths = await wrap.EvaluateAsync<int[]>("w => [w.scrollWidth, w.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{user} at {width} px: the table is {widths[0]} px wide in {widths[1]} px: a column or the row tools are past the edge");
            await wrap.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"page-layout-table-{user}-{width}.png") });
            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task AChineseDraftsMasthead_NamesItsLanguage_OnlyWhereItIsATranslation_AsItsDocxDoes()
    {
        var id = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var secretariat = await app.AccessAsync("secretariat", id);
        var page = await app.NewPageAsync(1100, 1000, "secretariat");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        var block = page.Locator(".masthead .distribution-block");

        // Translated from English: "Chinese" above "Original: English", as the UN prints it.
        await Assertions.Expect(block).ToContainTextAsync("ChineseOriginal: English");

        foreach (var original in new string?[] { null, "zh" })
        {
            var draft = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
            var metadata = draft.Metadata with { OriginalLanguage = original };
            var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetMetadata(metadata)), secretariat, CancellationToken.None);
            Assert.True(set.IsSuccess, set.Error);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await Assertions.Expect(block).ToContainTextAsync("Distr.:");
            await Assertions.Expect(block.Locator("[data-testid=version-language]")).ToHaveCountAsync(0);
            var lines = (await block.InnerTextAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.DoesNotContain("Chinese", lines);
        }

        await page.CloseAsync();
    }
}
