using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>The published app, started in Production as a service manager starts it, works in a browser.</summary>
public sealed class PublishedAppBrowserTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    [BrowserFact]
    public async Task PublishedInProduction_FromAnotherDirectory_ServesItsScripts_AndTheLiveEditorWorks()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LiveApp.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        var failed = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Enqueue($"{response.Status} {response.Url}");
            }
        };

        await LiveApp.SignInAsync(page, app.BaseUrl, "secretariat");
        var draft = await page.GetByRole(AriaRole.Link, new() { Name = "A/80/L.6" }).GetAttributeAsync("href");
        // The list opens the reading page (its script from the published wwwroot); "Edit" the draft page.
        await page.GotoAsync($"{app.BaseUrl}/{draft}");
        await page.WaitForFunctionAsync("() => window.rdReading && window.rdReading.state() === 'live'");
        await page.ClickAsync("[data-testid=start-editing]");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await DraftPageBrowserTests.OpenLiveEditorAsync(page, "op2");
        await page.Locator("#para-op2 textarea.live-text").PressAsync("Control+Home");
        await page.Keyboard.TypeAsync("Published ");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(page);

        // Saved on the server: a fresh page shows it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#para-op2")).ToContainTextAsync("Published Reiterates");
        Assert.True(failed.IsEmpty, $"requests failed: {string.Join(", ", failed)}\n{app.Output}");
    }
}
