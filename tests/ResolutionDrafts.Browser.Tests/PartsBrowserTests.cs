using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// The secretariat splits a draft into parts from the page while a delegation types in it (ADR 0016):
/// the other page shows each change of the parts at once, and the text both typed converges.
/// </summary>
public sealed class PartsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task TheSecretariatStartsEditsAndRemovesAPart_WhileCubaTypes_CubaSeesEachLive_AndTheTextConverges()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        await app.OpenToDirectEditingAsync(id);
        var secretariat = await app.NewPageAsync(1300, 900, "secretariat");
        var cuba = await app.NewPageAsync(1300, 900, "cuba");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);

        // Cuba types at the end of OP2 while the secretariat starts a part at OP1.
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op2");
        await cuba.Locator("#para-op2 textarea.live-text").PressAsync("Control+End");
        var typing = cuba.Keyboard.TypeAsync(" [Cuba typed this]", new KeyboardTypeOptions { Delay = 40 });
        await secretariat.HoverAsync("#para-op1");
        await secretariat.ClickAsync("#para-op1 button[title^='Start a new part']");
        await secretariat.Locator("[data-testid=part-editor] .part-title-input").FillAsync("Follow-up to the embargo");
        await secretariat.ClickAsync("[data-testid=part-editor] button.primary");
        await typing;

        await Assertions.Expect(cuba.Locator("[data-testid=part-B] .part-title")).ToHaveTextAsync("Follow-up to the embargo", new() { Timeout = 5000 });
        await Assertions.Expect(cuba.Locator("[data-testid=part-A]")).ToBeVisibleAsync();
        await Assertions.Expect(cuba.Locator("#para-op1 > .label")).ToHaveTextAsync("B OP1");
        await Assertions.Expect(cuba.Locator("#para-pp1 > .label")).ToHaveTextAsync("A PP1");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "parts-started-cuba.png"), FullPage = true });
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "parts-started-secretariat.png"), FullPage = true });

        await DraftPageBrowserTests.WaitForLiveSyncAsync(cuba);
        var stored = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.EndsWith(" [Cuba typed this]", stored.FindNode("op2")!.Text, StringComparison.Ordinal);
        await Assertions.Expect(cuba.Locator("#para-op2 textarea.live-text")).ToHaveValueAsync(stored.FindNode("op2")!.Text);
        Assert.Equal("Follow-up to the embargo", stored.Paragraphs.Single(p => p.Id == "op1").Part?.Title);
        Assert.NotNull(stored.Paragraphs[0].Part);

        // A new title, then the part removed: Cuba sees both without reloading.
        await secretariat.HoverAsync("[data-testid=part-B]");
        await secretariat.ClickAsync("[data-testid=part-B] .part-tools button[title^='Edit the title']");
        await secretariat.Locator("[data-testid=part-editor] .part-title-input").FillAsync("Implementation");
        await secretariat.ClickAsync("[data-testid=part-editor] button.primary");
        await Assertions.Expect(cuba.Locator("[data-testid=part-B] .part-title")).ToHaveTextAsync("Implementation", new() { Timeout = 5000 });

        await secretariat.HoverAsync("[data-testid=part-B]");
        await secretariat.ClickAsync("[data-testid=part-B] .part-tools button.danger");
        await secretariat.ClickAsync("[data-testid=part-B] .part-tools button.confirm");
        await Assertions.Expect(cuba.Locator("[data-testid=part-B]")).ToHaveCountAsync(0, new() { Timeout = 5000 });
        // One part left is a plain resolution again (ADR 0016 amendment 8): no "A" heading, labels without a letter.
        await Assertions.Expect(cuba.Locator("#para-op1 > .label")).ToHaveTextAsync("OP1");
        await Assertions.Expect(cuba.Locator("[data-testid=part-A]")).ToHaveCountAsync(0);
        Assert.False((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.HasParts);

        await cuba.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }
}
