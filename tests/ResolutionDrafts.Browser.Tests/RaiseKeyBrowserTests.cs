using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Issue 16 item 3 (ADR 0035 amendment 1): a letter raised while editing or proposing — Ctrl+Shift+= (Word's superscript
/// key) or the x<sup>a</sup> button beside the italics one — shown between ⁽ ⁾ in the box, raised on everyone's page, and
/// quoted raised in the proposal's wording. A class of its own: its proposals must not number another class's.
/// </summary>
public sealed class RaiseKeyBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task CtrlShiftEquals_RaisesTheSelectedLetterInTheLiveEditor_AndEveryonesPagePrintsItRaised_TheButtonLowersIt()
    {
        // Issue 16 item 3 (ADR 0035 amendment 1): no key nor button raised a letter while editing.
        var id = await app.DraftIdAsync("A/80/L.6");
        const string text = "Approves the posts marked a in the annex;";
        var count = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.Count;
        var added = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new InsertParagraph("opraise", ParagraphKind.Operative, count, text)), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(added.IsSuccess, added.Error);
        var editor = await app.NewPageAsync(1300, 1000, "editor");
        await editor.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(editor);
        var cuba = await app.NewPageAsync(1300, 1000, "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);

        await DraftPageBrowserTests.OpenLiveEditorAsync(editor, "opraise");
        var textarea = editor.Locator("#para-opraise textarea.live-text");
        var at = text.IndexOf("marked a", StringComparison.Ordinal) + "marked ".Length;
        await textarea.EvaluateAsync($"(t) => {{ t.focus(); t.setSelectionRange({at}, {at + 1}); }}");
        await editor.Keyboard.PressAsync("Control+Shift+Equal");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(editor);

        var raised = text.Insert(at + 1, "{/sup}").Insert(at, "{sup}");
        Assert.Equal(raised, (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("opraise")!.Text);
        await Assertions.Expect(textarea).ToHaveValueAsync(text.Insert(at + 1, "⁾").Insert(at, "⁽"));
        // Cuba's page prints the letter raised, no marks.
        var printed = cuba.Locator("#para-opraise > .text");
        await Assertions.Expect(printed.Locator("sup.raised")).ToHaveTextAsync("a", new() { Timeout = 3000 });
        Assert.Equal("super", await printed.Locator("sup.raised").EvaluateAsync<string>("e => getComputedStyle(e).verticalAlign"));
        await Assertions.Expect(printed).Not.ToContainTextAsync("{sup}");
        await editor.Locator("#para-opraise").ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raise-key-live-editor.png") });
        await printed.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raise-key-read-by-cuba.png") });

        // The raise button beside the editor (x with a raised a) lowers the selected letter again, the focus kept in the text.
        var button = editor.Locator("#para-opraise button.raise-toggle");
        await Assertions.Expect(button).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("Ctrl\\+Shift\\+="));
        await textarea.EvaluateAsync($"(t) => {{ t.focus(); t.setSelectionRange({at + 1}, {at + 2}); }}");
        await button.ClickAsync();
        await DraftPageBrowserTests.WaitForLiveSyncAsync(editor);
        Assert.Equal(text, (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("opraise")!.Text);
        await Assertions.Expect(textarea).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task TheProposalBox_RaisesWhatIsTypedAfterCtrlShiftEquals_AndTheWordingQuotesItRaised()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var brazil = await app.NewPageAsync(1400, 1000, "brazil");
        await brazil.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(brazil);
        await brazil.HoverAsync("#para-op4 > .text");
        await brazil.Locator("#para-op4 .tools").GetByRole(AriaRole.Button, new() { Name = "Propose a paragraph after" }).ClickAsync();
        var box = brazil.Locator("#suggest-after-op4");
        await box.ClickAsync();

        // At a caret the key opens a raised pair to type into; again at its end steps out, as Word's superscript does.
        await brazil.Keyboard.TypeAsync("Approves the posts");
        await brazil.Keyboard.PressAsync("Control+Shift+Equal");
        await brazil.Keyboard.TypeAsync("b");
        await brazil.Keyboard.PressAsync("Control+Shift+Equal");
        await brazil.Keyboard.TypeAsync(" in the annex;");
        await Assertions.Expect(box).ToHaveValueAsync("Approves the posts⁽b⁾ in the annex;");
        Assert.Equal("Approves the posts{sup}b{/sup} in the annex;", await MarkedModelAsync(brazil, "suggest-after-op4"));
        await Assertions.Expect(brazil.Locator("button[data-marked-raised='suggest-after-op4']")).ToBeVisibleAsync();
        await brazil.Locator("#suggest-after-op4").Locator("..").ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raise-key-proposal-box.png") });

        await brazil.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = true }).ClickAsync();
        var wording = brazil.Locator("article[data-proposal] .wording", new() { HasText = "Approves the posts" });
        await Assertions.Expect(wording).ToContainTextAsync("“Approves the postsᵇ in the annex;”");
        Assert.DoesNotContain("{", await wording.InnerTextAsync(), StringComparison.Ordinal);
        var proposals = await app.Service<ResolutionDrafts.Web.Proposals.ProposalService>().ListAsync(id, CancellationToken.None);
        Assert.Contains(proposals, p => p.Proposed.AllNodes().Any(n => n.Text == "Approves the posts{sup}b{/sup} in the annex;"));
    }

    private static Task<string?> MarkedModelAsync(IPage page, string id) => page.EvaluateAsync<string?>($"() => window.rdMarked.model('{id}')");
}
