using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// ADR 0032 in the live editor: the secretariat pastes a paragraph copied from a printed text over OP1, its words changed
/// on both sides of the footnote reference and the reference a raised "¹"; the reference stays a reference (it became
/// the character "¹", and the note lost its place in the text).
/// </summary>
public sealed class RaisedFigurePasteBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task ARaisedFigurePastedWhereTheReferenceStood_IsTheReference_ARaisedFigureElsewhereAChar()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var model = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.EndsWith(";[^1]", model, StringComparison.Ordinal);
        var page = await app.NewPageAsync(1300, 900, "secretariat");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await DraftPageBrowserTests.OpenLiveEditorAsync(page, "op1");
        var textarea = page.Locator("#para-op1 textarea.live-text");
        var shown = await textarea.InputValueAsync();

        // The whole paragraph selected and a printed copy pasted: "7" → "8" before the reference, words added after it.
        var pasted = shown[..^3] + "8;¹ and 10⁶ m²";
        await textarea.EvaluateAsync("(t) => { t.focus(); t.select(); }");
        await page.Keyboard.InsertTextAsync(pasted);
        await DraftPageBrowserTests.WaitForLiveSyncAsync(page);

        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.Equal(model[..^6] + "8;[^1] and 10⁶ m²", server);
        await Assertions.Expect(textarea).ToHaveValueAsync(pasted);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raised-figure-pasted-in-editor.png") });
    }
}
