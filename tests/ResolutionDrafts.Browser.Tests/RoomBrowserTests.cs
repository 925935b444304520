using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Issue 22, the negotiating room: delegates reading along see every change and end with the
/// server's text; the projection follows the facilitator and marks the meeting's changes; a delegate
/// who stops following is not pulled back.
/// </summary>
public sealed class RoomBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    // The WebSockets each reading page opened (none: ADR 0017).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IPage, System.Collections.Concurrent.ConcurrentQueue<string>> sockets = new();

    [BrowserFact]
    public async Task Readers_SeeEachChangeAsItIsMade_AndEndWithTheServersText()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var facilitator = await OpenDraftAsync(id, "secretariat");
        // Readers get the reading page (ADR 0017): no circuit, the paragraphs that changed swapped in.
        var readers = new[] { await OpenReadingAsync(id, "observer"), await OpenReadingAsync(id, "editor") };

        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "op3");
        var textarea = facilitator.Locator("#para-op3 textarea.live-text");
        await textarea.PressAsync("Control+End");
        foreach (var word in new[] { " alpha", " beta", " gamma" })
        {
            await facilitator.Keyboard.TypeAsync(word, new KeyboardTypeOptions { Delay = 10 });
            foreach (var reader in readers)
            {
                await Assertions.Expect(reader.Locator("#para-op3 > p.text")).ToContainTextAsync(word.Trim(), new() { Timeout = 2000 });
            }
        }

        // A change of structure too: the facilitator moves OP1 down; readers renumber.
        await CloseEditorAsync(facilitator, "op3");
        await facilitator.HoverAsync("#para-op1");
        await facilitator.ClickAsync("#para-op1 button[title='Move down']");
        foreach (var reader in readers)
        {
            await Assertions.Expect(reader.Locator("#para-op1 > .label")).ToHaveTextAsync("OP2", new() { Timeout = 2000 });
        }

        await DraftPageBrowserTests.WaitForLiveSyncAsync(facilitator);
        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.EndsWith("alpha beta gamma", server.FindNode("op3")!.Text);
        foreach (var reader in readers)
        {
            await Assertions.Expect(reader.Locator(".un-doc .para[id^='para-']")).ToHaveCountAsync(server.AllNodes().Count());
            foreach (var node in server.AllNodes())
            {
                await Assertions.Expect(reader.Locator($"#para-{node.Id} > p.text")).ToContainTextAsync(Printed(node.Text));
            }

            Assert.Equal(server.Paragraphs.Select(p => "para-" + p.Id), await reader.EvalOnSelectorAllAsync<string[]>(".paragraphs > .para", "all => all.map(p => p.id)"));
            Assert.Equal(0, await reader.EvaluateAsync<int>("() => window.rdReading.refetches()"));
            // One stream, no circuit and no hub connection: the page opened no WebSocket at all.
            Assert.Empty(sockets[reader]);
        }

        await readers[0].ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "room-reader.png") });
        foreach (var page in readers.Append(facilitator))
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task AReaderWhoMissedAChange_FetchesTheWholeDocument_AndEndsWithTheServersText()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var reader = await OpenReadingAsync(id, "observer");
        var secretariat = await app.AccessAsync("secretariat", id);
        var op4 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op4")!.Text;

        // The next message is lost on its way (as when a slow reader's backlog overflows): the one after
        // it follows a version the page does not have.
        await reader.EvaluateAsync("() => window.rdReading.dropNext(1)");
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op4", op4 + " lost"), secretariat, CancellationToken.None)).Error);
        await Task.Delay(500);
        Assert.DoesNotContain("lost", await reader.Locator("#para-op4 > p.text").InnerTextAsync());
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op4", op4 + " lost and found"), secretariat, CancellationToken.None)).Error);

        await Assertions.Expect(reader.Locator("#para-op4 > p.text")).ToContainTextAsync("lost and found", new() { Timeout = 3000 });
        Assert.Equal(1, await reader.EvaluateAsync<int>("() => window.rdReading.refetches()"));
        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        foreach (var node in server.AllNodes())
        {
            await Assertions.Expect(reader.Locator($"#para-{node.Id} > p.text")).ToContainTextAsync(Printed(node.Text));
        }

        // And it goes on following from the fetched version.
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op4", op4), secretariat, CancellationToken.None)).Error);
        await Assertions.Expect(reader.Locator("#para-op4 > p.text")).Not.ToContainTextAsync("lost", new() { Timeout = 3000 });
        Assert.Equal(1, await reader.EvaluateAsync<int>("() => window.rdReading.refetches()"));
        await reader.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheDraftsList_OpensTheReadingPage_AndWhoMayEditOrProposeSwitchesToTheDraftPage()
    {
        var id = await app.DraftIdAsync("A/80/L.6");

        // A delegation: from the list to the reading page, then "Propose changes" to the draft page's tools.
        var cuba = await app.NewPageAsync(1300, 900, "cuba");
        await app.FollowAsync(cuba, () => cuba.GetByRole(AriaRole.Link, new() { Name = "A/80/L.6" }).ClickAsync(), $"**/drafts/{id}/read");
        await cuba.WaitForFunctionAsync("() => window.rdReading && window.rdReading.state() === 'live'");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "room-reading-delegation.png") });
        // The address, then the page's interactivity below: not the "load" event, which a CI run once saw wait past 30 s.
        await app.FollowAsync(cuba, () => cuba.ClickAsync("[data-testid=start-editing]"), $"**/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await cuba.HoverAsync("#para-op1");
        await Assertions.Expect(cuba.Locator("#para-op1 button[title='Propose a change to this paragraph']")).ToBeVisibleAsync();

        // The secretariat: "Edit" opens the live editor's page.
        var secretariat = await OpenReadingAsync(id, "secretariat");
        await Assertions.Expect(secretariat.Locator("[data-testid=start-editing]")).ToHaveTextAsync("Edit");
        await app.FollowAsync(secretariat, () => secretariat.ClickAsync("[data-testid=start-editing]"), $"**/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await DraftPageBrowserTests.OpenLiveEditorAsync(secretariat, "op2");

        // An observer reads; nothing to switch to.
        var observer = await OpenReadingAsync(id, "observer");
        await Assertions.Expect(observer.Locator("[data-testid=start-editing]")).ToHaveCountAsync(0);
        await Assertions.Expect(observer.Locator("[data-testid=role-note]")).ToContainTextAsync("observer");
        await observer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "room-reading-observer.png") });
        foreach (var page in new[] { cuba, secretariat, observer })
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task TheProjection_FollowsTheFacilitatorAcrossParagraphs_AndShowsTheMeetingsChanges()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var wall = await OpenProjectionAsync(id, "observer");
        var facilitator = await OpenDraftAsync(id, "secretariat");
        // English on the wall in a Latin serif: with a CJK font first (on a machine without Times New Roman)
        // its quotation marks came out full width, "known as  “the Helms-Burton Act”  ,".
        var wallFont = await wall.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.projection')).fontFamily");
        Assert.DoesNotContain("CJK", wallFont, StringComparison.Ordinal);

        await facilitator.ClickAsync("[data-testid=follow-me]");
        await Assertions.Expect(facilitator.Locator("[data-testid=follow-me]")).ToHaveAttributeAsync("aria-pressed", "true");
        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "op5");
        await ExpectShownAsync(wall, "op5");

        await facilitator.Locator("#para-op5 textarea.live-text").PressAsync("Control+End");
        await facilitator.Keyboard.TypeAsync(" as agreed in the room", new KeyboardTypeOptions { Delay = 10 });
        await Assertions.Expect(wall.Locator("#proj-op5 ins.diff-ins")).ToContainTextAsync("as agreed in the room", new() { Timeout = 3000 });
        await CloseEditorAsync(facilitator, "op5");

        // A deletion is shown struck through, as Word shows it.
        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "pp2");
        await ExpectShownAsync(wall, "pp2");
        await facilitator.Locator("#para-pp2 textarea.live-text").PressAsync("Control+Home");
        for (var i = 0; i < "Reaffirming, ".Length; i++)
        {
            await facilitator.Keyboard.PressAsync("Delete");
        }

        await Assertions.Expect(wall.Locator("#proj-pp2 del.diff-del")).ToContainTextAsync("Reaffirming", new() { Timeout = 3000 });
        await Assertions.Expect(wall.Locator("#proj-op5[data-current]")).ToHaveCountAsync(0);
        await Assertions.Expect(wall.Locator("#proj-op5 [data-testid=proj-status]")).ToHaveTextAsync(new Regex("\\S"));

        // For the wall: no side panel, no app bar, no carets, no names of people.
        Assert.Equal(0, await wall.Locator(".draft-side, .app-bar, .presence-chip, .presence-flag, .rd-live-caret").CountAsync());
        var wallText = await wall.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Sara Lindqvist", wallText);
        Assert.DoesNotContain("Kofi Mensah", wallText);
        await wall.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "room-projection.png") });

        // "Follow me" off: the wall stays where it is and says nobody leads.
        await facilitator.ClickAsync("[data-testid=follow-me]");
        await Assertions.Expect(wall.Locator(".projection-lead")).ToHaveTextAsync("Nobody leads the room now", new() { Timeout = 3000 });
        await wall.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ADelegateWhoLeavesFollow_IsNotPulledBack_AndFollowingAgainGoesWhereTheFacilitatorIs()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var delegate_ = await OpenProjectionAsync(id, "cuba");
        var facilitator = await OpenDraftAsync(id, "secretariat");
        await facilitator.ClickAsync("[data-testid=follow-me]");
        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "op4");
        await ExpectShownAsync(delegate_, "op4");

        await delegate_.Locator("[data-testid=follow-room]").UncheckAsync();
        await delegate_.EvaluateAsync("() => window.scrollTo(0, 0)");
        await CloseEditorAsync(facilitator, "op4");
        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "op5");
        // The facilitator's move reaches the page (it says who leads) but does not move it.
        await Task.Delay(1500);
        Assert.Equal(0, await delegate_.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Equal(0, await delegate_.Locator("[data-current]").CountAsync());

        await delegate_.Locator("[data-testid=follow-room]").CheckAsync();
        await ExpectShownAsync(delegate_, "op5");
        await delegate_.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AReaderFollowingTheRoom_GoesWhereTheFacilitatorIs_AndWhoLeavesIsNotPulledBack()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var reader = await OpenReadingAsync(id, "burundi");
        var facilitator = await OpenDraftAsync(id, "secretariat");
        await reader.Locator("[data-testid=follow-room]").CheckAsync();
        await facilitator.ClickAsync("[data-testid=follow-me]");
        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "op5");
        await ExpectReadingShownAsync(reader, "op5");
        await Assertions.Expect(reader.Locator("[data-reading-lead]")).ToHaveTextAsync("The facilitator leads");

        // The paragraph is swapped when the facilitator types in it, and stays marked.
        await facilitator.Locator("#para-op5 textarea.live-text").PressAsync("Control+End");
        await facilitator.Keyboard.TypeAsync(" as followed", new KeyboardTypeOptions { Delay = 10 });
        await Assertions.Expect(reader.Locator("#para-op5 > p.text")).ToContainTextAsync("as followed", new() { Timeout = 3000 });
        await Assertions.Expect(reader.Locator("#para-op5")).ToHaveAttributeAsync("data-current", "true");

        // Leaving "follow": the facilitator's next move reaches the page but does not move it.
        await reader.Locator("[data-testid=follow-room]").UncheckAsync();
        await reader.EvaluateAsync("() => window.scrollTo(0, 0)");
        await CloseEditorAsync(facilitator, "op5");
        await DraftPageBrowserTests.OpenLiveEditorAsync(facilitator, "op2");
        await Task.Delay(1500);
        Assert.Equal(0, await reader.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Equal(0, await reader.Locator("[data-current]").CountAsync());

        // Following again goes to where the facilitator is now.
        await reader.Locator("[data-testid=follow-room]").CheckAsync();
        await ExpectReadingShownAsync(reader, "op2");
        await facilitator.ClickAsync("[data-testid=follow-me]");
        await Assertions.Expect(reader.Locator("[data-reading-lead]")).ToHaveTextAsync("Nobody leads the room now", new() { Timeout = 3000 });
        await reader.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AReader_SeesWhoIsInTheDraft_TheProposalsAndTheStyleCheck_AsTheyChange()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var reader = await OpenReadingAsync(id, "observer");
        var presence = reader.Locator("[data-reading-panel=presence]");
        var proposalsPanel = reader.Locator("[data-reading-panel=proposals]");
        var style = reader.Locator("[data-reading-panel=style]");
        await Assertions.Expect(presence).ToContainTextAsync("In this draft");

        // Brazil opens the draft page: the reader sees them in the draft, and not any longer once they leave.
        var brazil = await OpenDraftAsync(id, "brazil");
        await Assertions.Expect(presence.Locator(".presence-chip", new() { HasText = "Brazil" })).ToHaveCountAsync(1, new() { Timeout = 3000 });

        // A proposal: in the panel, and its count beside the paragraph.
        var op4 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op4")!;
        var proposed = await app.Service<ResolutionDrafts.Web.Proposals.IProposalService>()
            .ProposeTextAsync(await app.AccessAsync("brazil", id), "op4", "Requests everyone " + op4.Text, null, CancellationToken.None);
        Assert.Null(proposed.Error);
        var number = proposed.Value!.Number;
        await Assertions.Expect(proposalsPanel.Locator($"[data-proposal='{number}']")).ToContainTextAsync("Brazil", new() { Timeout = 3000 });
        await Assertions.Expect(reader.Locator("#para-op4 .proposal-count")).ToBeVisibleAsync(new() { Timeout = 3000 });

        // A paragraph that lost its ending: the style check says so, and its link stays on the reading page.
        var secretariat = await app.AccessAsync("secretariat", id);
        var op5 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op5")!.Text;
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op5", op5.TrimEnd(';', '.') + " and more"), secretariat, CancellationToken.None)).Error);
        var warning = style.Locator("a[href$='#para-op5']");
        await Assertions.Expect(warning).ToHaveCountAsync(1, new() { Timeout = 3000 });
        await reader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "room-reading-panels.png"), FullPage = false });
        await warning.ClickAsync();
        Assert.EndsWith($"/drafts/{id}/read#para-op5", reader.Url);

        await brazil.Context.CloseAsync();
        await Assertions.Expect(presence.Locator(".presence-chip", new() { HasText = "Brazil" })).ToHaveCountAsync(0, new() { Timeout = 5000 });
        Assert.Equal(0, await reader.EvaluateAsync<int>("() => window.rdReading.refetches()"));
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op5", op5), secretariat, CancellationToken.None)).Error);
        Assert.Null((await app.Service<ResolutionDrafts.Web.Proposals.IProposalService>().WithdrawAsync(await app.AccessAsync("brazil", id), proposed.Value!.Id, CancellationToken.None)).Error);
        await reader.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AParagraphsProposalCount_OpensTheReadingPagesOwnPanel_AtThatParagraphsProposals()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var service = app.Service<ResolutionDrafts.Web.Proposals.IProposalService>();
        var draft = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        var onOp4 = (await service.ProposeTextAsync(await app.AccessAsync("brazil", id), "op4", "Requests everyone " + draft.FindNode("op4")!.Text, null, CancellationToken.None)).Value!;
        var onOp2 = (await service.ProposeTextAsync(await app.AccessAsync("cuba", id), "op2", draft.FindNode("op2")!.Text.Replace("all States", "all Member States", StringComparison.Ordinal), null, CancellationToken.None)).Value!;
        var reader = await OpenReadingAsync(id, "observer");
        var panel = reader.Locator("[data-reading-panel=proposals]");

        await reader.Locator("#para-op4 .proposal-count").ClickAsync();

        Assert.EndsWith($"/drafts/{id}/read#proposals-on-op4", reader.Url);
        await Assertions.Expect(panel.Locator("[data-proposals-on-note]")).ToContainTextAsync("Proposals on OP4");
        await Assertions.Expect(panel.Locator($"[data-proposal='{onOp4.Number}']")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator($"[data-proposal='{onOp2.Number}']")).ToBeHiddenAsync();
        await Assertions.Expect(panel.Locator($"[data-proposal='{onOp4.Number}']")).ToBeInViewportAsync();
        await reader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "reading-proposals-on-a-paragraph.png") });

        // The panel printed again for everyone (another proposal) still shows this reader the paragraph asked for.
        var another = (await service.ProposeTextAsync(await app.AccessAsync("brazil", id), "op2", draft.FindNode("op2")!.Text.Replace("all States", "States", StringComparison.Ordinal), null, CancellationToken.None)).Value!;
        await Assertions.Expect(panel.Locator($"[data-proposal='{another.Number}']")).ToHaveCountAsync(1, new() { Timeout = 3000 });
        await Assertions.Expect(panel.Locator($"[data-proposal='{another.Number}']")).ToBeHiddenAsync();
        await Assertions.Expect(panel.Locator($"[data-proposal='{onOp4.Number}']")).ToBeVisibleAsync();

        await panel.GetByRole(AriaRole.Link, new() { Name = "Show all proposals" }).ClickAsync();
        await Assertions.Expect(panel.Locator($"[data-proposal='{onOp2.Number}']")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-proposals-on-note]")).ToBeHiddenAsync();
        Assert.Equal(0, await reader.EvaluateAsync<int>("() => window.rdReading.refetches()"));

        foreach (var (user, proposal) in new[] { ("brazil", onOp4), ("cuba", onOp2), ("brazil", another) })
        {
            Assert.Null((await service.WithdrawAsync(await app.AccessAsync(user, id), proposal.Id, CancellationToken.None)).Error);
        }

        await reader.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AUserWithTooManyReadingPagesOpen_IsToldToCloseOne_AndStillSeesTheText()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync(1300, 900, "burundi");
        // The same user's other tabs, browsers and scripts: as many streams as a user may hold.
        var cookies = await page.Context.CookiesAsync();
        using var others = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        others.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        others.DefaultRequestHeaders.Accept.ParseAdd("text/event-stream");
        var limit = app.Service<ResolutionDrafts.Web.Reading.ReadingStreamLimit>().PerUser;
        var held = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < limit; i++)
            {
                var response = await others.GetAsync($"drafts/{id}/read/stream", HttpCompletionOption.ResponseHeadersRead);
                Assert.True(response.IsSuccessStatusCode);
                held.Add(response);
            }

            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/read");
            var status = page.Locator("[data-reading-status]");
            await Assertions.Expect(status).ToHaveTextAsync($"You have {limit} reading pages open; close one to follow this one live, then reload it.", new() { Timeout = 5000 });
            await Assertions.Expect(status).ToHaveAttributeAsync("role", "alert");
            await Assertions.Expect(page.Locator("#para-op1 > p.text")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "room-reading-too-many.png") });

            // Closing one makes room: reloaded, the page follows live.
            var limits = app.Service<ResolutionDrafts.Web.Reading.ReadingStreamLimit>();
            var userId = await UserIdAsync("burundi");
            held[0].Dispose();
            held.RemoveAt(0);
            await WaitForAsync(() => limits.OpenFor(userId) < limit); // the server saw the connection close
            await page.ReloadAsync();
            await page.WaitForFunctionAsync("() => window.rdReading && window.rdReading.state() === 'live'");
        }
        finally
        {
            held.ForEach(r => r.Dispose());
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task AReadingTabHiddenForAWhile_LetsItsStreamGo_AndCatchesUpWhenShownAgain()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var reader = await OpenReadingAsync(id, "editor");
        var limit = app.Service<ResolutionDrafts.Web.Reading.ReadingStreamLimit>();
        var userId = await UserIdAsync("editor");
        await WaitForAsync(() => limit.OpenFor(userId) == 1);

        // The tab goes to the background (another tab, a locked screen) and stays there.
        await reader.EvaluateAsync(@"() => {
            window.rdReading.releaseHiddenAfter(200);
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
            document.dispatchEvent(new Event('visibilitychange'));
        }");
        await reader.WaitForFunctionAsync("() => window.rdReading.state() === 'paused'");
        await WaitForAsync(() => limit.OpenFor(userId) == 0); // the server let the stream go
        var op2 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Text;
        var secretariat = await app.AccessAsync("secretariat", id);
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op2", op2 + " while away"), secretariat, CancellationToken.None)).Error);

        // Shown again: it follows live, with what changed meanwhile.
        await reader.EvaluateAsync(@"() => {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
            document.dispatchEvent(new Event('visibilitychange'));
        }");
        await Assertions.Expect(reader.Locator("#para-op2 > p.text")).ToContainTextAsync("while away", new() { Timeout = 3000 });
        await reader.WaitForFunctionAsync("() => window.rdReading.state() === 'live'");
        Assert.Equal(1, await reader.EvaluateAsync<int>("() => window.rdReading.releases()"));
        Assert.Null((await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op2", op2), secretariat, CancellationToken.None)).Error);
        await Assertions.Expect(reader.Locator("#para-op2 > p.text")).Not.ToContainTextAsync("while away", new() { Timeout = 3000 });
        await reader.Context.CloseAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        using var scope = app.Service<IServiceScopeFactory>().CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ResolutionDrafts.Web.Accounts.AppUser>>();
        return (await users.FindByNameAsync(userName))!.Id;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }

    /// <summary>The reading page marks the facilitator's paragraph and brings it into the screen.</summary>
    private static async Task ExpectReadingShownAsync(IPage page, string nodeId)
    {
        await Assertions.Expect(page.Locator($"#para-{nodeId}")).ToHaveAttributeAsync("data-current", "true", new() { Timeout = 3000 });
        await page.WaitForFunctionAsync(
            $"() => {{ const r = document.getElementById('para-{nodeId}').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }}",
            null, new PageWaitForFunctionOptions { Timeout = 3000 });
    }

    /// <summary>"Done", and wait until the editor is gone: the page is shorter then, and what is under the mouse moved.</summary>
    private static async Task CloseEditorAsync(IPage page, string nodeId)
    {
        await page.Locator($"#para-{nodeId} .editor-actions button.primary").ClickAsync();
        await Assertions.Expect(page.Locator($"#para-{nodeId} textarea.live-text")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenDraftAsync(Guid id, string user)
    {
        var page = await app.NewPageAsync(1300, 900, user);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await page.WaitForFunctionAsync("() => window.rdLive && window.rdLive.revision() !== null");
        return page;
    }

    /// <summary>The reading page, once its stream is open.</summary>
    private async Task<IPage> OpenReadingAsync(Guid id, string user)
    {
        var page = await app.NewPageAsync(1300, 900, user);
        // Away from the drafts list first, so its circuit (which may start late) is not taken for the reading page's.
        await page.GotoAsync("about:blank");
        var opened = sockets.GetOrAdd(page, _ => new System.Collections.Concurrent.ConcurrentQueue<string>());
        page.WebSocket += (_, socket) => opened.Enqueue(socket.Url);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/read");
        await page.WaitForFunctionAsync("() => window.rdReading && window.rdReading.state() === 'live'");
        return page;
    }

    private async Task<IPage> OpenProjectionAsync(Guid id, string user)
    {
        var page = await app.NewPageAsync(1300, 700, user);
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/project");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await page.WaitForSelectorAsync(".proj-para");
        return page;
    }

    /// <summary>The paragraph is marked as the facilitator's and brought into the middle of the screen.</summary>
    private static async Task ExpectShownAsync(IPage page, string nodeId)
    {
        var paragraph = page.Locator($"#proj-{nodeId}");
        await Assertions.Expect(paragraph).ToHaveAttributeAsync("data-current", "true", new() { Timeout = 3000 });
        await page.WaitForFunctionAsync(
            $"() => {{ const r = document.getElementById('proj-{nodeId}').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }}",
            null, new PageWaitForFunctionOptions { Timeout = 3000 });
    }

    /// <summary>Text as the page prints it: footnote references as their numbers.</summary>
    private static string Printed(string text) =>
        string.Concat(FootnoteReferences.Split(text).Select(p => p.Footnote is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : p.Text)).Trim();
}
