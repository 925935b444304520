using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Web.Precedents;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Agreed language in Chromium: the search page, and the typing panel beside the live editor and the
/// proposal editor — type, see the precedent, insert it with one key, see its provenance in the
/// margin, type on and see it drift (ADR 0011). The corpus is two real resolutions of the shared
/// GA corpus in English and one in Chinese, imported through the app as an administrator would.
/// </summary>
public sealed class PrecedentPanelBrowserTests(LiveApp app) : IClassFixture<LiveApp>, IAsyncLifetime
{
    // A/RES/76/165, OP9 as adopted.
    private const string Source = "Reaffirms, among other principles, the sovereign equality of States, non‑intervention and non-interference in internal affairs;";
    private const string Typed = "Reaffirming the sovereign equality of States, non-intervention and non-interference in their affairs";

    public Task InitializeAsync() => app.BaseUrl.Length == 0 ? Task.CompletedTask : ImportCorpusAsync(app);

    /// <summary>The corpus these tests search: three resolutions, imported through the app as an administrator would (once per app).</summary>
    internal static async Task ImportCorpusAsync(LiveApp app)
    {
        var search = app.Service<PrecedentSearch>();
        if (await search.CountAsync() > 0)
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("rd-browser-corpus-").FullName;
        var corpus = CorpusDirectory();
        foreach (var file in new[] { "76-en/A_RES_76_165-2119229E.xml", "75-en/A_RES_75_289_E.xml", "75-zh/A_RES_75_289_C.xml" })
        {
            var path = Path.Combine(corpus, file);
            File.Copy(path, Path.Combine(folder, Path.GetFileName(path)));
        }

        var report = await search.ImportAsync([folder], null, CancellationToken.None);
        Assert.Equal(3, report.Resolutions);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task TypingInAParagraph_ShowsThePrecedent_AltOneInsertsIt_AndTheMarginKeepsItsProvenanceUntilItDrifts()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await DraftPageBrowserTests.OpenLiveEditorAsync(page, "pp2");
        var editor = page.Locator("#para-pp2 textarea.live-text");

        await editor.FillAsync("");
        await editor.PressSequentiallyAsync(Typed, new() { Delay = 5 });

        // A/RES/75/289, PP2 (the draft's own predecessor) is close too; the one wanted is among the five.
        var hit = page.Locator("#para-pp2 [data-precedent-hit]", new() { HasText = "A/RES/76/165, OP9" });
        await Assertions.Expect(hit).ToContainTextAsync("(2021)");
        await Assertions.Expect(hit.Locator("ins.diff-ins").First).ToBeVisibleAsync(); // the differences are marked
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "precedent-panel.png"), FullPage = true });

        await editor.PressAsync("Alt+" + await hit.GetAttributeAsync("data-precedent-hit"));

        await Assertions.Expect(editor).ToHaveValueAsync(Source);
        var note = page.Locator("#para-pp2 > .agreed-language");
        await Assertions.Expect(note).ToContainTextAsync("agreed language: A/RES/76/165, OP9 (2021)");
        await Assertions.Expect(note).ToHaveAttributeAsync("data-drifted", "false");
        var stored = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("pp2")!;
        Assert.Equal(Source, stored.Text);
        Assert.Equal(("A/RES/76/165", "OP9"), (stored.Source!.Symbol, stored.Source.Label));

        await editor.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" and of peoples");
        await Assertions.Expect(note).ToHaveAttributeAsync("data-drifted", "true");
        await page.ClickAsync("#para-pp2 .editor-actions button.primary");
        await page.ClickAsync("#para-pp2 > .agreed-language summary");
        await Assertions.Expect(page.Locator("#para-pp2 > .agreed-language .agreed-diff ins.diff-ins")).ToContainTextAsync("and of peoples");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "precedent-drifted.png"), FullPage = true });

        // The provenance is in the draft's AKN export as a reference.
        var akn = await page.APIRequest.GetAsync($"{app.BaseUrl}/drafts/{id}/export/akn");
        Assert.Contains("showAs=\"A/RES/76/165, OP9\"", await akn.TextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ProposingAChange_ThePanelFillsTheProposedCopy()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var page = await app.NewPageAsync(user: "cuba");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await page.HoverAsync("#para-pp3");
        await page.ClickAsync("#para-pp3 button[title='Propose a change to this paragraph']");
        var copy = page.Locator("#suggest-pp3");

        await copy.FillAsync(Typed);
        var hit = page.Locator("#para-pp3 [data-precedent-hit]", new() { HasText = "A/RES/76/165, OP9" });
        await hit.Locator("button.use").ClickAsync();

        await Assertions.Expect(copy).ToHaveValueAsync(Source);
        // Only the proposed copy changed; the text stays as it is until the secretariat accepts.
        Assert.DoesNotContain("Reaffirms, among other principles", (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("pp3")!.Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task TypingANewParagraph_ShowsThePrecedentAsYouType_AndTheSavedParagraphKeepsItsSource()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var before = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await page.HoverAsync("#para-op2");
        await page.ClickAsync("#para-op2 button[title='Add a paragraph after this one']");
        var box = page.Locator("#editor-text");
        var editor = page.Locator(".para-editor", new() { Has = box });

        // Key by key, as a person types: the panel follows the typing, not only once the box loses focus.
        await box.PressSequentiallyAsync(Typed, new() { Delay = 5 });
        var hit = editor.Locator("[data-precedent-hit]", new() { HasText = "A/RES/76/165, OP9" });
        await Assertions.Expect(hit).ToContainTextAsync("(2021)");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "precedent-new-paragraph.png"), FullPage = true });

        await box.PressAsync("Alt+" + await hit.GetAttributeAsync("data-precedent-hit"));
        await Assertions.Expect(box).ToHaveValueAsync(Source);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(box).ToHaveCountAsync(0);
        var added = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.Single(p => before.FindNode(p.Id) is null);
        Assert.Equal(Source, added.Text);
        Assert.Equal(("A/RES/76/165", "OP9"), (added.Source!.Symbol, added.Source.Label));
        await Assertions.Expect(page.Locator($"#para-{added.Id} > .agreed-language")).ToContainTextAsync("agreed language: A/RES/76/165, OP9 (2021)");
    }

    [BrowserFact]
    public async Task AmendingAProposal_ThePanelFillsTheAmendedWording_AndTheSubAmendmentKeepsItsSource()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var proposals = app.Service<ResolutionDrafts.Web.Proposals.IProposalService>();
        var op2 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Text;
        var parent = (await proposals.ProposeTextAsync(await app.AccessAsync("brazil", id), "op2", op2.Replace("Reiterates", "Firmly reiterates", StringComparison.Ordinal), null, CancellationToken.None)).Value!;

        var page = await app.NewPageAsync(user: "cuba");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        var article = page.Locator($"article[data-proposal='{parent.Number}']");
        await article.GetByRole(AriaRole.Button, new() { Name = "Amend this proposal" }).ClickAsync();
        var box = article.Locator($"#amend-{parent.Number}");

        await box.FillAsync(Typed);
        var hit = article.Locator(".amend-proposal [data-precedent-hit]", new() { HasText = "A/RES/76/165, OP9" });
        await Assertions.Expect(hit).ToContainTextAsync("(2021)");
        await Assertions.Expect(hit.Locator("ins.diff-ins").First).ToBeVisibleAsync();
        await box.PressAsync("Alt+" + await hit.GetAttributeAsync("data-precedent-hit")); // the key works here too
        await Assertions.Expect(box).ToHaveValueAsync(Source);
        await Assertions.Expect(hit).ToContainTextAsync("in use");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "precedent-sub-amendment.png"), FullPage = true });

        await article.GetByRole(AriaRole.Button, new() { Name = "Propose the amendment" }).ClickAsync();
        await Assertions.Expect(page.Locator("article[data-proposal]", new() { HasText = $"to proposal {parent.Number}" })).ToBeVisibleAsync();
        var sub = (await proposals.ListAsync(id, CancellationToken.None)).Single(p => p.Proposal.ParentId == parent.Proposal.Id);
        var proposed = sub.Proposed.FindNode("op2")!;
        Assert.Equal(Source, proposed.Text);
        Assert.Equal(("A/RES/76/165", "OP9"), (proposed.Source!.Symbol, proposed.Source.Label));
    }

    [BrowserFact]
    public async Task AmendingAProposal_TheSideColumnsEnd_TheLastHitIncluded_ScrollsIntoTheWindow_At1280x800And1366x768()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var proposals = app.Service<ResolutionDrafts.Web.Proposals.IProposalService>();
        var op5 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op5")!.Text;
        var parent = (await proposals.ProposeTextAsync(await app.AccessAsync("brazil", id), "op5", op5.Replace("Decides", "Decides also", StringComparison.Ordinal), null, CancellationToken.None)).Value!;

        foreach (var (width, height) in new[] { (1280, 800), (1366, 768) })
        {
            var page = await app.NewPageAsync(width, height, "cuba");
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            var article = page.Locator($"article[data-proposal='{parent.Number}']");
            await article.GetByRole(AriaRole.Button, new() { Name = "Amend this proposal" }).ClickAsync();
            await article.Locator($"#amend-{parent.Number}").FillAsync(Typed);
            var hits = article.Locator(".amend-proposal [data-precedent-hit]");
            await Assertions.Expect(hits.First).ToBeVisibleAsync();

            // At the top of the page, as it opens: the column scrolled to its end shows its end inside the window.
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.WaitForTimeoutAsync(200); // the column's height follows the page's scroll in the next frame
            await page.Locator(".draft-side").EvaluateAsync("(s) => s.scrollTop = s.scrollHeight");
            var side = await page.Locator(".draft-side").BoundingBoxAsync();
            Assert.True(side!.Y + side.Height <= height, $"at {width}×{height} the side column ends at {side.Y + side.Height}, below the window");
            await hits.Last.ScrollIntoViewIfNeededAsync();
            var last = await hits.Last.BoundingBoxAsync();
            Assert.True(last!.Y >= 0 && last.Y + last.Height <= height, $"at {width}×{height} the last hit is at {last.Y}–{last.Y + last.Height}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"precedent-sub-amendment-{width}x{height}.png") });

            // Scrolled down the page, the column sticks at the top and still ends inside the window.
            await page.Mouse.MoveAsync(200, height / 2);
            await page.Mouse.WheelAsync(0, 600);
            await page.WaitForTimeoutAsync(200);
            side = await page.Locator(".draft-side").BoundingBoxAsync();
            Assert.True(side!.Y + side.Height <= height, $"at {width}×{height}, scrolled, the side column ends at {side.Y + side.Height}");
            await page.Context.CloseAsync();
        }

        Assert.True((await proposals.WithdrawAsync(await app.AccessAsync("brazil", id), parent.Id, CancellationToken.None)).IsSuccess);
    }

    [BrowserFact]
    public async Task SearchPage_FindsTheClosestParagraph_AndItsChineseVersionIsOneClickAway()
    {
        var page = await app.NewPageAsync(user: "observer");
        await page.GotoAsync($"{app.BaseUrl}/precedents");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        await page.GetByLabel("Text").FillAsync("Reiterates its call upon all States to refrain from promulgating and applying laws and measures");

        var hit = page.Locator("li.precedent").First;
        await Assertions.Expect(hit).ToHaveAttributeAsync("data-symbol", "A/RES/75/289");
        await hit.Locator("details.version summary").First.ClickAsync();
        await Assertions.Expect(hit.Locator("details.version p[lang='zh']")).ToContainTextAsync("再次促请所有国家");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "precedents-page.png"), FullPage = true });
    }

    private static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga"));
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }
}
