using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>Two delegations in two browsers on one draft, as in the negotiating room.</summary>
public sealed class CoEditingBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task TwoDelegatesWhoOpenTheSameParagraph_SeeEachOtherAtOnce_WithoutTyping()
    {
        var (_, cuba, brazil) = await CubaAndBrazilOnTheDemoAsync();

        // Each opens OP4 and only looks at it: nobody types, clicks into the text or moves the caret.
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op4");
        await DraftPageBrowserTests.OpenLiveEditorAsync(brazil, "op4");

        var brazilInCuba = cuba.Locator("#para-op4 .presence-chip[data-presence='Lucas Almeida (Brazil)']");
        var cubaInBrazil = brazil.Locator("#para-op4 .presence-chip[data-presence='Ana Pérez (Cuba)']");
        await Assertions.Expect(brazilInCuba).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Assertions.Expect(cubaInBrazil).ToBeVisibleAsync(new() { Timeout = 2000 });
        Assert.NotEqual(await brazilInCuba.GetAttributeAsync("style"), await cubaInBrazil.GetAttributeAsync("style"));
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "presence-without-typing-cuba.png") });
        await cuba.Context.CloseAsync();
        await brazil.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A50000CharacterPaste_IsNotDroppedSilently_TheEditorOffersItAsParagraphs_InOneClick()
    {
        var (id, cuba, _) = await CubaAndBrazilOnTheDemoAsync();
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op1");
        var textarea = cuba.Locator("#para-op1 textarea.live-text");
        var before = await textarea.InputValueAsync();
        var paragraphsBefore = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.Count;

        // Ten paragraphs of 5,000 characters with blank lines between them, as copied from a document.
        var pasted = string.Join("\n\n", Enumerable.Range(1, 10).Select(i => $"{i}. Pasted paragraph {i} " + new string('x', 4_970)));
        await textarea.FocusAsync();
        await cuba.Keyboard.InsertTextAsync(pasted);

        var said = cuba.Locator(".rd-live-refusal[data-live-node='op1']");
        await Assertions.Expect(said).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Assertions.Expect(said).ToContainTextAsync($"({pasted.Length:N0} characters) is too long for OP1");
        await Assertions.Expect(said).ToContainTextAsync("at most 20,000");
        await Assertions.Expect(said).ToContainTextAsync("It reads as 10 paragraphs");
        // Under the editor, where the person is looking, and not over its Done button.
        var (editor, note) = ((await textarea.BoundingBoxAsync())!, (await said.BoundingBoxAsync())!);
        var done = (await cuba.Locator("#para-op1 .editor-actions button.primary").BoundingBoxAsync())!;
        Assert.InRange(note.Y - (editor.Y + editor.Height), 0, 60);
        Assert.True(note.Y >= done.Y + done.Height, $"the notice ({note.Y}) covers the Done button ({done.Y}..{done.Y + done.Height})");
        await Assertions.Expect(textarea).ToHaveValueAsync(before);
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "long-paste-offered-as-paragraphs.png") });

        await said.Locator("button", new() { HasText = "Add them as 10 paragraphs after OP1" }).ClickAsync();
        await Assertions.Expect(cuba.Locator(".para > .text", new() { HasText = "Pasted paragraph 10 " })).ToHaveCountAsync(1, new() { Timeout = 5000 });
        var draft = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.Equal(paragraphsBefore + 10, draft.Paragraphs.Count);
        var op1 = draft.Paragraphs.ToList().FindIndex(p => p.Id == "op1");
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"Pasted paragraph {i} " + new string('x', 4_970)), draft.Paragraphs.Skip(op1 + 1).Take(10).Select(p => p.Text));
        Assert.Equal(before, (await textarea.InputValueAsync()));
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "long-paste-added-as-paragraphs.png") });
        await cuba.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task WhatOneTypesAppearsInTheOtherWithinASecond_WithPresence_AndBothConverge()
    {
        var (id, cuba, chile) = await CubaAndBrazilOnTheDemoAsync();
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op2");
        await DraftPageBrowserTests.OpenLiveEditorAsync(chile, "op2");

        // Both type into OP2 at the same time, at different places.
        await cuba.Locator("#para-op2 textarea.live-text").PressAsync("Control+Home");
        await chile.Locator("#para-op2 textarea.live-text").PressAsync("Control+End");
        await Task.WhenAll(
            cuba.Keyboard.TypeAsync("Strongly ", new KeyboardTypeOptions { Delay = 15 }),
            chile.Keyboard.TypeAsync(" [Chile]", new KeyboardTypeOptions { Delay = 15 }));

        var inChile = chile.Locator("#para-op2 textarea.live-text");
        await Assertions.Expect(inChile).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Strongly Reiterates"), new() { Timeout = 1000 });
        await Assertions.Expect(chile.Locator("#para-op2 .presence-chip[data-presence='Ana Pérez (Cuba)']")).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Assertions.Expect(cuba.Locator("#para-op2 .presence-chip[data-presence='Lucas Almeida (Brazil)']")).ToBeVisibleAsync(new() { Timeout = 2000 });

        await DraftPageBrowserTests.WaitForLiveSyncAsync(cuba);
        await DraftPageBrowserTests.WaitForLiveSyncAsync(chile);
        var cubaText = await cuba.Locator("#para-op2 textarea.live-text").InputValueAsync();
        await Assertions.Expect(inChile).ToHaveValueAsync(cubaText);
        Assert.StartsWith("Strongly Reiterates", cubaText);
        Assert.EndsWith("navigation; [Chile]", cubaText);
        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Text;
        Assert.Equal(cubaText, server);

        // Brazil's caret in Cuba's page: named in the margin while Brazil types or moves; once Brazil is
        // still, their initials there (the paragraph's chip still names them).
        var brazilsLabel = cuba.Locator(".rd-live-label[data-delegation='Lucas Almeida (Brazil)']");
        await Assertions.Expect(brazilsLabel).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bquiet\b"), new() { Timeout = 6000 });
        await Assertions.Expect(brazilsLabel).ToHaveTextAsync("LA");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "co-editing-cuba-still.png") });
        await chile.Locator("#para-op2 textarea.live-text").PressAsync("ArrowLeft");
        await Assertions.Expect(brazilsLabel).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bquiet\b"), new() { Timeout = 2000 });
        await Assertions.Expect(brazilsLabel).ToHaveTextAsync("Lucas Almeida (Brazil)");

        // Cuba closes its editor while Brazil stays: Brazil is then shown in the margin beside OP2's
        // text, not over it.
        await cuba.Locator("#para-op2 .editor-actions button.primary").ClickAsync();
        var flag = cuba.Locator("#para-op2 .presence-flag[data-presence='Lucas Almeida (Brazil)']");
        await Assertions.Expect(flag).ToHaveTextAsync("LA");
        await Assertions.Expect(flag).ToHaveAttributeAsync("title", "Lucas Almeida (Brazil)");
        // Measured in one go: a presence change re-renders the paragraph between separate measurements.
        var boxes = await cuba.EvaluateAsync<double[]>("""
            () => {
              const flag = document.querySelector("#para-op2 .presence-flag[data-presence='Lucas Almeida (Brazil)']").getBoundingClientRect();
              const text = document.querySelector("#para-op2 > .text").getBoundingClientRect();
              const page = document.querySelector(".un-doc").getBoundingClientRect();
              return [flag.left, flag.right, text.right, page.right];
            }
            """);
        Assert.True(boxes[0] >= boxes[2], $"the flag ({boxes[0]}) starts before the text ends ({boxes[2]})");
        Assert.True(boxes[1] <= boxes[3], "the flag sticks out of the page");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "co-editing-cuba-reading.png") });

        Assert.Empty(app.CspViolations);
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "co-editing-cuba.png") });
        await chile.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "co-editing-chile.png") });
    }

    [BrowserFact]
    public async Task OfflineTyping_IsKeptLocally_AndCaughtUpOnReconnect_BesideWhatOthersTypedMeanwhile()
    {
        var (id, cuba, brazil) = await CubaAndBrazilOnTheDemoAsync();
        await DraftPageBrowserTests.OpenLiveEditorAsync(cuba, "op3");
        await DraftPageBrowserTests.OpenLiveEditorAsync(brazil, "op3");

        // Cuba has the draft open in a second tab too: the sidebar counts people, as many as it shows.
        var cubaAgain = await app.NewPageAsync(1300, 900, "cuba");
        await cubaAgain.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(cubaAgain);
        await Assertions.Expect(brazil.Locator(".presence-panel .presence-chip")).ToHaveCountAsync(2, new() { Timeout = 3000 });
        await Assertions.Expect(brazil.Locator(".presence-panel .count")).ToHaveTextAsync("2");
        await cubaAgain.CloseAsync();

        await cuba.EvaluateAsync("() => window.rdLive.setOffline(true)");
        var status = cuba.Locator("[data-live-status]");
        await Assertions.Expect(status).ToHaveTextAsync("offline — reconnecting");
        // Where the delegate looks while typing, the page no longer promises that everything is saved.
        await Assertions.Expect(cuba.Locator("#para-op3 .editor-heading .when-offline")).ToBeVisibleAsync();
        await Assertions.Expect(cuba.Locator("#para-op3 .editor-heading .when-online")).ToBeHiddenAsync();
        await Assertions.Expect(cuba.Locator(".saved .when-offline")).ToBeVisibleAsync();
        await Assertions.Expect(cuba.Locator(".saved .when-online")).ToBeHiddenAsync();
        var cubaText = cuba.Locator("#para-op3 textarea.live-text");
        await Assertions.Expect(cubaText).Not.ToHaveAttributeAsync("readonly", "");
        await cubaText.PressAsync("Control+End");
        await cuba.Keyboard.TypeAsync(" [typed offline]", new KeyboardTypeOptions { Delay = 10 });
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "offline.png") });

        // Meanwhile Brazil, online, types at the start; the server has Brazil's words and not Cuba's.
        await brazil.Locator("#para-op3 textarea.live-text").PressAsync("Control+Home");
        await brazil.Keyboard.TypeAsync("Also ", new KeyboardTypeOptions { Delay = 10 });
        await DraftPageBrowserTests.WaitForLiveSyncAsync(brazil);
        var meanwhile = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        Assert.StartsWith("Also ", meanwhile);
        Assert.DoesNotContain("[typed offline]", meanwhile);
        await Assertions.Expect(cubaText).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Also "));

        await cuba.EvaluateAsync("() => window.rdLive.setOffline(false)");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(cuba);
        await Assertions.Expect(status).ToHaveTextAsync("connected");
        await Assertions.Expect(cuba.Locator(".saved .when-online")).ToBeVisibleAsync();
        await Assertions.Expect(cuba.Locator(".saved .when-offline")).ToBeHiddenAsync();
        await DraftPageBrowserTests.WaitForLiveSyncAsync(brazil);
        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        Assert.StartsWith("Also ", server);
        Assert.EndsWith("regime; [typed offline]", server);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(server, @"\[typed offline\]"));
        await Assertions.Expect(cubaText).ToHaveValueAsync(server);
        await Assertions.Expect(brazil.Locator("#para-op3 textarea.live-text")).ToHaveValueAsync(server);
    }

    /// <summary>Cuba and Brazil, each in a browser of their own, on A/80/L.6 open to direct editing, the page live.</summary>
    private async Task<(Guid Id, IPage Cuba, IPage Brazil)> CubaAndBrazilOnTheDemoAsync()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        await app.OpenToDirectEditingAsync(id);
        var cuba = await app.NewPageAsync(1300, 900, "cuba");
        var brazil = await app.NewPageAsync(1300, 900, "brazil");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await brazil.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await DraftPageBrowserTests.WaitForInteractivityAsync(brazil);
        return (id, cuba, brazil);
    }
}
