using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// The secretariat opens and closes a section numbered from 1 again from the page while a delegation types in
/// the draft (ADR 0016, amendment 4): the other page renumbers at once, and the text both typed converges.
/// </summary>
public sealed class SectionsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task TheSecretariatOpensAndClosesASection_WhileCubaTypes_CubaSeesTheNumbersRestartLive_AndTheTextConverges()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        await app.OpenToDirectEditingAsync(id);
        var secretariat = await app.NewPageAsync(1300, 900, "secretariat");
        var cuba = await app.NewPageAsync(1300, 900, "cuba");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);

        // Cuba types at the end of OP2 (no footnote in it) while the secretariat opens a section at OP3.
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op2");
        await cuba.Locator("#para-op2 textarea.live-text").PressAsync("Control+End");
        var typing = cuba.Keyboard.TypeAsync(" [Cuba typed this]", new KeyboardTypeOptions { Delay = 40 });
        await ClickWhileHoveringAsync(secretariat, "#para-op3", "#para-op3 button[title^='Open a section here']");
        await typing;

        await Assertions.Expect(cuba.Locator("#para-op3 > .label")).ToHaveTextAsync("I OP1", new() { Timeout = 5000 });
        await Assertions.Expect(cuba.Locator("#para-op5 > .label")).ToHaveTextAsync("I OP3");
        await Assertions.Expect(cuba.Locator("#para-op2 > .label")).ToHaveTextAsync("OP2");
        await Assertions.Expect(secretariat.Locator("[data-testid=section-tools-op3] .section-name")).ToHaveTextAsync("Section I, numbered from 1");
        // The draft is open to direct editing, so Cuba may edit and has the section's tools too.
        await Assertions.Expect(cuba.Locator("[data-testid=section-tools-op3] .section-name")).ToHaveTextAsync("Section I, numbered from 1");
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "section-opened-secretariat.png"), FullPage = true });
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "section-opened-cuba.png"), FullPage = true });

        await DraftPageBrowserTests.WaitForLiveSyncAsync(cuba);
        var stored = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.EndsWith(" [Cuba typed this]", stored.FindNode("op2")!.Text, StringComparison.Ordinal);
        await Assertions.Expect(cuba.Locator("#para-op2 textarea.live-text")).ToHaveValueAsync(stored.FindNode("op2")!.Text);
        Assert.True(stored.Paragraphs.Single(p => p.Id == "op3").OpensSection);

        // Closed again: its paragraphs are numbered with those before, on Cuba's page without reloading.
        await secretariat.ClickAsync("[data-testid=section-tools-op3] button[title^='Close section']");
        await Assertions.Expect(cuba.Locator("#para-op3 > .label")).ToHaveTextAsync("OP3", new() { Timeout = 5000 });
        await Assertions.Expect(secretariat.Locator("[data-testid=section-tools-op3]")).ToHaveCountAsync(0);
        Assert.False((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.Single(p => p.Id == "op3").OpensSection);

        await cuba.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }

    /// <summary>
    /// Clicks a tool shown while its paragraph is hovered. Cuba's words arrive live in the paragraph above and may
    /// push this one out from under a still mouse (a CI run saw the tool hidden again for 30 s, and another, after
    /// ten hovers, still found it hidden): hover a few times, then take the keyboard's way — a tool that has the
    /// focus shows its toolbar (:focus-within) wherever the mouse is, and Enter presses it.
    /// </summary>
    private static async Task ClickWhileHoveringAsync(IPage page, string paragraph, string tool)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await page.HoverAsync(paragraph);
            try
            {
                await page.ClickAsync(tool, new() { Timeout = 2000 });
                return;
            }
            catch (TimeoutException)
            {
            }
        }

        await page.Locator(tool).FocusAsync(new() { Timeout = 10000 });
        await Assertions.Expect(page.Locator(tool)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
    }
}
