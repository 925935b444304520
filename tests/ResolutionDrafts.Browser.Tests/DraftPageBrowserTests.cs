using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

public sealed class DraftPageBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task EditingAParagraph_IsSavedAndSurvivesAReload()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await page.WaitForSelectorAsync("#para-op3");
        await WaitForInteractivityAsync(page);

        await page.HoverAsync("#para-op3");
        await page.ClickAsync("#para-op3 button[title='Edit the text']");
        await page.FillAsync("#para-op3 textarea", "Once again urges States to repeal such laws without delay;");
        await page.ClickAsync("#para-op3 .editor-actions button.primary");

        await Assertions.Expect(page.Locator("#para-op3 > .text")).ToContainTextAsync("repeal such laws without delay;");
        await Assertions.Expect(page.Locator("#para-op3 > .text em.opening")).ToHaveTextAsync("Once again urges");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "draft-page-en.png"), FullPage = true });

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#para-op3 > .text")).ToContainTextAsync("repeal such laws without delay;");
    }

    [BrowserFact]
    public async Task EmptyParagraph_ShowsAClearMessageAndKeepsTheText()
    {
        var id = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await page.HoverAsync("#para-op1");
        await page.ClickAsync("#para-op1 button[title='Edit the text']");
        await page.FillAsync("#para-op1 textarea", "");
        await page.ClickAsync("#para-op1 .editor-actions button.primary");

        await Assertions.Expect(page.Locator("#para-op1 .edit-error")).ToContainTextAsync("cannot be empty");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "draft-page-zh-error.png") });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#para-op1 > .text")).ToContainTextAsync("促请缔约国和其他技术援助提供方");
    }

    [BrowserFact]
    public async Task PastingAMegabyte_IsRefusedWithAMessageAndTheConnectionSurvives()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await page.HoverAsync("#para-op2");
        await page.ClickAsync("#para-op2 button[title='Edit the text']");
        await page.FocusAsync("#para-op2 textarea");
        await page.Keyboard.InsertTextAsync(new string('x', 1024 * 1024));
        await page.ClickAsync("#para-op2 .editor-actions button.primary");

        await Assertions.Expect(page.Locator("#para-op2 .edit-error")).ToContainTextAsync("at most 20,000 characters");
        await page.ClickAsync("#para-op2 .editor-actions button:has-text('Cancel')");
        await Assertions.Expect(page.Locator("#para-op2 > .text")).ToContainTextAsync("Reiterates its call upon all States");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#para-op2 > .text")).ToContainTextAsync("Reiterates its call upon all States");
    }

    /// <summary>The page is prerendered; buttons work once the Blazor circuit is up.</summary>
    internal static async Task WaitForInteractivityAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-interactive=\"true\"]') !== null");
}
