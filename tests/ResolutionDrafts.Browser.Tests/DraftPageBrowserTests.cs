using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

public sealed class DraftPageBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task TypingIntoAParagraph_IsSavedAsYouTypeAndSurvivesAReload()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await OpenLiveEditorAsync(page, "op3");
        await page.Locator("#para-op3 textarea.live-text").PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" — 再次");
        await WaitForLiveSyncAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "draft-page-live-en.png"), FullPage = true });
        await page.ClickAsync("#para-op3 .editor-actions button.primary");

        await Assertions.Expect(page.Locator("#para-op3 > .text")).ToContainTextAsync("legal regime; — 再次");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#para-op3 > .text")).ToContainTextAsync("legal regime; — 再次");
    }

    [BrowserFact]
    public async Task ABoxThatOpens_TakesTheKeysAtOnce_WithoutASecondClickIntoIt()
    {
        // Seen in Chromium: "Edit", "+ after" and "Propose a change" opened their box but left the focus on
        // nothing (or on the button), so the first words typed went nowhere until one clicked into the box.
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await OpenLiveEditorAsync(page, "op5");
        await page.Keyboard.TypeAsync(" Typed at once.");
        await WaitForLiveSyncAsync(page);
        await page.ClickAsync("#para-op5 .editor-actions button.primary");
        await Assertions.Expect(page.Locator("#para-op5 > .text")).ToContainTextAsync("against Cuba”. Typed at once.");

        await page.HoverAsync("#para-op5 > .text");
        await page.ClickAsync("#para-op5 button[title='Add a paragraph after this one']");
        await Assertions.Expect(page.Locator("#editor-text")).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("Decides to remain seized of the matter.");
        await Assertions.Expect(page.Locator("#editor-text")).ToHaveValueAsync("Decides to remain seized of the matter.");

        var cuba = await app.NewPageAsync(user: "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(cuba);
        await cuba.HoverAsync("#para-op2 > .text");
        await cuba.Locator("#para-op2 .tools").GetByRole(AriaRole.Button, new() { Name = "Propose a change" }).ClickAsync();
        var copy = cuba.Locator("#suggest-op2");
        await Assertions.Expect(copy).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("navigation;$"));
        await cuba.Keyboard.TypeAsync(" Added");
        await Assertions.Expect(copy).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("navigation; Added$"));
    }

    [BrowserFact]
    public async Task EmptiedParagraph_IsFlaggedAndTheEditorStaysOpen_AskingWhetherToDeleteIt()
    {
        var id = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await OpenLiveEditorAsync(page, "op1");
        await page.FillAsync("#para-op1 textarea.live-text", "");
        await WaitForLiveSyncAsync(page);
        await page.ClickAsync("#para-op1 .editor-actions button.primary");

        await Assertions.Expect(page.Locator("#para-op1 .empty-question")).ToContainTextAsync("Delete this paragraph?");
        await Assertions.Expect(page.Locator("#para-op1 textarea.live-text")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".warnings")).ToContainTextAsync("This paragraph is empty");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "draft-page-zh-error.png") });
    }

    [BrowserFact]
    public async Task PastingAMegabyte_IsRefusedWithAMessageAndNothingChanges()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await OpenLiveEditorAsync(page, "op2");
        await page.FocusAsync("#para-op2 textarea.live-text");
        await page.Keyboard.InsertTextAsync(new string('x', 1024 * 1024));

        await Assertions.Expect(page.Locator(".rd-live-notices")).ToContainTextAsync("at most 20,000 characters");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#para-op2 > .text")).ToContainTextAsync("Reiterates its call upon all States");
        await Assertions.Expect(page.Locator("#para-op2 > .text")).Not.ToContainTextAsync("xxxx");
    }

    [BrowserFact]
    public async Task PastedLineBreaks_BecomeSpaces()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await WaitForInteractivityAsync(page);

        await OpenLiveEditorAsync(page, "op4");
        await page.Locator("#para-op4 textarea.live-text").PressAsync("Control+End");
        await page.Keyboard.InsertTextAsync(" first line\nsecond line");
        await WaitForLiveSyncAsync(page);

        var text = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op4")!.Text;
        Assert.EndsWith("session; first line second line", text);
        Assert.DoesNotContain('\n', text);
    }

    internal static async Task OpenLiveEditorAsync(IPage page, string nodeId)
    {
        await page.HoverAsync($"#para-{nodeId}");
        await page.ClickAsync($"#para-{nodeId} button[title='Edit the text']");
        // The live client fills the textarea from the draft once it has joined.
        await page.WaitForFunctionAsync($"() => document.querySelector('#para-{nodeId} textarea.live-text')?.value.length > 0");
    }

    internal static async Task WaitForLiveSyncAsync(IPage page) =>
        await page.EvaluateAsync("() => window.rdLive.whenSynchronized(10000)");

    /// <summary>The page is prerendered; buttons work once the Blazor circuit is up.</summary>
    internal static async Task WaitForInteractivityAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-interactive=\"true\"]') !== null");
}
