using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// What the live editor shows besides letters (issue 17): footnote references as superscript marks,
/// inline italics (ADR 0015), the question an emptied paragraph asks, and other people's names beside
/// the text rather than over it.
/// </summary>
public sealed class LiveEditorMarksBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task FootnoteReference_ShowsAsASuperscriptMark_AndBackspaceDeletesItWhole()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await OpenAsync(id, "secretariat");
        await DraftPageBrowserTests.OpenLiveEditorAsync(page, "op1");
        var textarea = page.Locator("#para-op1 textarea.live-text");
        var model = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.Contains("[^1]", model);

        var shown = await textarea.InputValueAsync();
        Assert.DoesNotContain("[^", shown);
        Assert.Equal(model.Replace("[^1]", "¹", StringComparison.Ordinal), shown);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "footnote-mark-in-editor.png") });

        // The caret just after the mark; one Backspace takes the whole reference, not its "]".
        var after = shown.IndexOf('¹', StringComparison.Ordinal) + 1;
        await textarea.EvaluateAsync($"(t) => {{ t.focus(); t.setSelectionRange({after}, {after}); }}");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("!");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(page);

        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.Equal(model.Replace("[^1]", "!", StringComparison.Ordinal), server);
        Assert.Equal(server, await textarea.InputValueAsync());
    }

    [BrowserFact]
    public async Task CtrlI_SetsTheSelectionInItalics_ShownAsMarksWhileEditing_AndInItalicsOnEveryonesPage()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        await app.OpenToDirectEditingAsync(id);
        var editor = await OpenAsync(id, "editor");
        var cuba = await OpenAsync(id, "cuba");
        await DraftPageBrowserTests.OpenLiveEditorAsync(editor, "op5");
        var textarea = editor.Locator("#para-op5 textarea.live-text");
        var before = await textarea.InputValueAsync();
        var words = before.Split(' ')[1] + " " + before.Split(' ')[2];
        var from = before.IndexOf(words, StringComparison.Ordinal);

        await textarea.EvaluateAsync($"(t) => {{ t.focus(); t.setSelectionRange({from}, {from + words.Length}); }}");
        await editor.Keyboard.PressAsync("Control+i");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(editor);

        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op5")!.Text;
        Assert.Equal(before.Insert(from + words.Length, "{/i}").Insert(from, "{i}"), server);
        await Assertions.Expect(textarea).ToHaveValueAsync(before.Insert(from + words.Length, "⸣").Insert(from, "⸢"));
        // Cuba reads along: the words in italics, no marks.
        await Assertions.Expect(cuba.Locator("#para-op5 > .text i.inline-italic")).ToHaveTextAsync(words, new() { Timeout = 3000 });
        await Assertions.Expect(cuba.Locator("#para-op5 > .text")).Not.ToContainTextAsync("{i}");
        await editor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "italics-in-editor.png") });
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "italics-read-by-cuba.png") });

        // The button does the same: italics off again; the editor closes on the italic-free text.
        await textarea.EvaluateAsync($"(t) => {{ t.focus(); t.setSelectionRange({from + 1}, {from + 1 + words.Length}); }}");
        await editor.ClickAsync("#para-op5 button.italic-toggle");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(editor);
        Assert.Equal(before, (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op5")!.Text);
        await Assertions.Expect(textarea).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task ClosingTheEditorOnAnEmptiedParagraph_AsksWhetherToDeleteIt_AndOthersSeeItEmpty()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        await app.OpenToDirectEditingAsync(id);
        var secretariat = await OpenAsync(id, "secretariat");
        var brazil = await OpenAsync(id, "brazil");
        await DraftPageBrowserTests.OpenLiveEditorAsync(secretariat, "pp7");
        await secretariat.FillAsync("#para-pp7 textarea.live-text", "");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(secretariat);

        await Assertions.Expect(brazil.Locator("#para-pp7 > .text .empty-text")).ToHaveTextAsync("(empty paragraph)", new() { Timeout = 3000 });
        await secretariat.ClickAsync("#para-pp7 .editor-actions button.primary");
        var question = secretariat.Locator("#para-pp7 .empty-question");
        await Assertions.Expect(question).ToContainTextAsync("Delete this paragraph?");
        await Assertions.Expect(question).Not.ToContainTextAsync("Sara Lindqvist"); // nobody else is in it
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "emptied-paragraph-question.png") });
        await brazil.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "emptied-paragraph-brazil.png") });

        // "Keep writing" keeps the editor; typing and Done then closes it normally.
        await question.Locator("button", new() { HasText = "Keep writing" }).ClickAsync();
        await Assertions.Expect(question).ToBeHiddenAsync();
        await secretariat.FocusAsync("#para-pp7 textarea.live-text");
        await secretariat.Keyboard.TypeAsync("x");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(secretariat);
        await secretariat.Keyboard.PressAsync("Backspace");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(secretariat);
        await secretariat.ClickAsync("#para-pp7 .editor-actions button.primary");
        await question.Locator("button", new() { HasText = "Delete this paragraph" }).ClickAsync();

        await Assertions.Expect(secretariat.Locator("#para-pp7")).ToHaveCountAsync(0);
        await Assertions.Expect(brazil.Locator("#para-pp7")).ToHaveCountAsync(0, new() { Timeout = 3000 });
        Assert.Null((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("pp7"));
    }

    [BrowserFact]
    public async Task ARemoteCaretsName_IsInTheMarginBesideTheEditor_NeverOverItsText()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        await app.OpenToDirectEditingAsync(id);
        var cuba = await OpenAsync(id, "cuba");
        var brazil = await OpenAsync(id, "brazil");
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op4");
        await DraftPageBrowserTests.OpenLiveEditorAsync(brazil, "op4");
        // Brazil's caret on the second line of OP4, where a label above it would cover the first.
        var brazilText = brazil.Locator("#para-op4 textarea.live-text");
        await brazilText.EvaluateAsync("(t) => { t.focus(); t.setSelectionRange(120, 120); }");
        await brazil.Keyboard.TypeAsync("so ");

        var label = cuba.Locator(".rd-live-label[data-delegation='Lucas Almeida (Brazil)']");
        await Assertions.Expect(label).ToHaveTextAsync("Lucas Almeida (Brazil)", new() { Timeout = 3000 });
        // Measured in one go: the overlay draws its layer anew at every change.
        var boxes = await cuba.EvaluateAsync<double[]>("""
            () => {
              const label = document.querySelector(".rd-live-label[data-delegation='Lucas Almeida (Brazil)']").getBoundingClientRect();
              const text = document.querySelector("#para-op4 textarea.live-text").getBoundingClientRect();
              const caret = document.querySelector(".rd-live-caret").getBoundingClientRect();
              return [label.left, label.right, label.top, label.bottom, text.left, text.right, caret.top, caret.bottom];
            }
            """);
        var outside = boxes[0] >= boxes[5] || boxes[1] <= boxes[4];
        Assert.True(outside, $"the label ({boxes[0]}..{boxes[1]}) is over the text ({boxes[4]}..{boxes[5]})");
        Assert.InRange((boxes[2] + boxes[3]) / 2, boxes[6], boxes[7]);
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "caret-label-in-margin.png") });

        // Once Brazil is still, the label keeps to the margin with their initials.
        await Assertions.Expect(label).ToHaveTextAsync("LA", new() { Timeout = 6000 });
    }

    private async Task<IPage> OpenAsync(Guid id, string user)
    {
        var page = await app.NewPageAsync(1300, 900, user);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        return page;
    }
}
