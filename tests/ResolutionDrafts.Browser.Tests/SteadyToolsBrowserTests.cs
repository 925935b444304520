using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// A paragraph's tools row appears on hover and focus and goes again; the page must not move when it does (ADR 0041).
/// It used to be in the page's flow: three clicks were lost to it, each patched apart (AcceptClickBrowserTests,
/// QuotedTextUnderAnyParagraphBrowserTests). These tests measure the paragraph below, and the side column beside.
/// </summary>
public sealed class SteadyToolsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    /// <summary>Whether the element's tools row is shown to the eye: laid out, not transparent, not hidden.</summary>
    private const string ToolsShown = """
        selector => { const t = document.querySelector(selector); if (!t) return false; const s = getComputedStyle(t);
          return s.display !== 'none' && s.visibility !== 'hidden' && s.opacity === '1' && t.getBoundingClientRect().height > 0; }
        """;

    private static Task<double> TopAsync(IPage page, string selector) =>
        page.EvaluateAsync<double>("s => document.querySelector(s).getBoundingClientRect().top + window.scrollY", selector);

    [BrowserFact]
    public Task ShowingAndHidingAParagraphsTools_MovesNothingBelowIt_Secretariat() => ShowAndHideAsync("secretariat");

    /// <summary>A delegation proposing: its own row ("Propose a change" …).</summary>
    [BrowserFact]
    public Task ShowingAndHidingAParagraphsTools_MovesNothingBelowIt_Delegation() => ShowAndHideAsync("cuba");

    private async Task ShowAndHideAsync(string user)
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync(1400, 900, user);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        const string tools = "#para-op3 > .tools";
        // The measures below are scripts, which do not wait as locators do: the draft's paragraphs first (a loaded
        // machine gave an interactive page still without them, and "#para-op4" was null).
        await page.Locator("#para-op4").WaitForAsync();
        await page.Mouse.MoveAsync(2, 2);
        Assert.False(await page.EvaluateAsync<bool>(ToolsShown, tools));
        var below = await TopAsync(page, "#para-op4");

        // Hover: the row shows, OP4 stays where it was.
        await page.HoverAsync("#para-op3 > .text");
        await page.WaitForFunctionAsync(ToolsShown, tools, new() { Timeout = 5000 });
        Assert.Equal(below, await TopAsync(page, "#para-op4"), 0.5);

        // The pointer leaves: the row goes, OP4 stays.
        await page.Mouse.MoveAsync(2, 2);
        await page.WaitForFunctionAsync($"s => !({ToolsShown})(s)", tools, new() { Timeout = 5000 });
        Assert.Equal(below, await TopAsync(page, "#para-op4"), 0.5);

        // Keyboard: Tab from whatever comes before OP3's first tool reaches it, and the focus shows OP3's row; OP4 stays.
        await page.EvaluateAsync("""
            () => {
              const all = [...document.querySelectorAll('a[href], button, input, select, textarea:not([hidden]), summary')].filter(e => !e.disabled);
              all[all.indexOf(document.querySelector('#para-op3 > .tools button')) - 1].focus();
            }
            """);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('#para-op3 > .tools button')"),
            "Tab from OP2's tools did not reach OP3's first tool");
        await page.WaitForFunctionAsync(ToolsShown, tools, new() { Timeout = 5000 });
        Assert.Equal(below, await TopAsync(page, "#para-op4"), 0.5);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"steady-tools-focused-{user}.png") });

        // A press in the side column takes the focus away: the row goes, neither OP4 nor the side column moves under
        // the pointer (the side column sticks to the window: where it is on the screen is what counts).
        await page.Locator(".draft-side .saved").ScrollIntoViewIfNeededAsync();
        var saved = (await page.Locator(".draft-side .saved").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(saved.X + 4, saved.Y + saved.Height / 2);
        await page.WaitForFunctionAsync($"s => !({ToolsShown})(s)", tools, new() { Timeout = 5000 });
        Assert.Equal(below, await TopAsync(page, "#para-op4"), 0.5);
        Assert.Equal(saved.Y, (await page.Locator(".draft-side .saved").BoundingBoxAsync())!.Y, 0.5);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task MovingThePointerFromTheTextDownToItsTools_KeepsThemShown_AndTheClickLands()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync(1400, 900, "secretariat");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        await page.HoverAsync("#para-op3 > .text");
        var text = (await page.Locator("#para-op3 > .text").BoundingBoxAsync())!;
        var button = page.Locator("#para-op3 > .tools button[title='Add a sub-paragraph']");
        var box = (await button.BoundingBoxAsync())!;
        // Down from the middle of the text to the button in small steps, as a hand moves: every step over OP3.
        await page.Mouse.MoveAsync(text.X + text.Width / 2, text.Y + text.Height / 2);
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new() { Steps = 12 });
        Assert.True(await page.EvaluateAsync<bool>(ToolsShown, "#para-op3 > .tools"));
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.Locator("#para-op3 .para-editor")).ToContainTextAsync("New sub-paragraph under OP3", new() { Timeout = 5000 });
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public Task TheSideColumn_StandsBesideTheText_At1100PixelsWide() => SideColumnAsync(1100);

    [BrowserFact]
    public Task TheSideColumn_StandsBesideTheText_At1400PixelsWide_AndThePageIsAsPrinted() => SideColumnAsync(1400);

    private async Task SideColumnAsync(int width)
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        foreach (var user in new[] { "secretariat", "cuba" })
        {
            var page = await app.NewPageAsync(width, 900, user);
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var document = (await page.Locator(".un-doc").BoundingBoxAsync())!;
            var side = (await page.Locator(".draft-side").BoundingBoxAsync())!;
            var main = (await page.Locator(".draft-main").BoundingBoxAsync())!;

            Assert.True(side.X >= document.X + document.Width, $"the side column ({side.X}) overlaps or stands under the text ({document.X}+{document.Width})");
            Assert.True(side.Y < document.Y + 200, $"the side column starts at {side.Y}, the text at {document.Y}: not beside it");
            Assert.True(side.X + side.Width <= width, $"the side column runs past the window ({side.X}+{side.Width} > {width})");
            Assert.True(document.X + document.Width <= main.X + main.Width + 0.5, "the page runs past its column");
            // Wide enough for a paragraph (its margins take 135 px); at 1,400 px it is the printed page's 820 px as before.
            Assert.True(document.Width >= 560, $"the page is only {document.Width} px wide");
            if (width >= 1400)
            {
                Assert.Equal(820, document.Width, 0.5);
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"draft-page-{width}-{user}.png") });
            await page.Context.CloseAsync();
        }
    }
}
