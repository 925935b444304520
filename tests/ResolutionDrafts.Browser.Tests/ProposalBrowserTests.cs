using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>Issue 8, "Done when": a delegation proposes by editing a paragraph in suggesting mode, sees its wording; the secretariat accepts it from another browser.</summary>
public sealed class ProposalBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task DelegationProposesInSuggestingMode_SeesTheWording_SecretariatAccepts_TextChangesForBoth()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var cuba = await app.NewPageAsync(1400, 1000, "cuba");
        var secretariat = await app.NewPageAsync(1400, 1000, "secretariat");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);

        // Suggesting mode: a proposed copy of OP3; the live text does not change.
        await cuba.HoverAsync("#para-op3 > .text");
        await cuba.Locator("#para-op3 .tools").GetByRole(AriaRole.Button, new() { Name = "Propose a change" }).ClickAsync();
        var copy = cuba.Locator("#suggest-op3");
        await Assertions.Expect(copy).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Once again urges States"));
        var text = await copy.InputValueAsync();
        await copy.FillAsync(text.Replace("Once again urges", "Once again strongly urges", StringComparison.Ordinal));
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "suggesting-mode.png") });
        await cuba.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = true }).ClickAsync();

        const string wording = "In operative paragraph 3, after the word “again”, insert the word “strongly”.";
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync("Proposal 1 made: " + wording);
        await Assertions.Expect(cuba.Locator("article[data-proposal='1'] .wording")).ToHaveTextAsync(wording);
        await Assertions.Expect(cuba.Locator("#para-op3 > .text")).Not.ToContainTextAsync("strongly");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "proposal-made.png") });

        await Assertions.Expect(cuba.GetByTestId("proposals-count")).ToHaveTextAsync("1 open");

        // The secretariat's page hears of it without a reload, and accepts it.
        var proposal = secretariat.Locator("article[data-proposal='1']");
        await Assertions.Expect(proposal.Locator(".wording")).ToHaveTextAsync(wording, new() { Timeout = 5000 });
        await Assertions.Expect(proposal.Locator(".who")).ToHaveTextAsync("Cuba");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Assertions.Expect(secretariat.Locator("#para-op3 > .text")).ToContainTextAsync("Once again strongly urges States");
        await Assertions.Expect(cuba.Locator("#para-op3 > .text")).ToContainTextAsync("Once again strongly urges States", new() { Timeout = 5000 });
        await Assertions.Expect(cuba.Locator("article[data-proposal='1'] .state")).ToHaveTextAsync("accepted", new() { Timeout = 5000 });
        // The heading counts what is still open, and says so: not a bare "0" above the proposal just accepted.
        await Assertions.Expect(cuba.GetByTestId("proposals-count")).ToHaveTextAsync("0 open");
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "proposal-accepted.png") });

        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        Assert.StartsWith("Once again strongly urges States", server);
        Assert.Empty(app.CspViolations);
    }

    [BrowserFact]
    public async Task NegotiationView_ShowsBracketsWithTheirDelegations_AndTheSecretariatSetsStatus()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var proposals = app.Service<ResolutionDrafts.Web.Proposals.ProposalService>();
        var live = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        var op2 = live.FindNode("op2")!.Text;
        Assert.True((await proposals.ProposeTextAsync(await app.AccessAsync("cuba", id), "op2", op2.Replace("all States", "all Member States", StringComparison.Ordinal), null, CancellationToken.None)).IsSuccess);
        Assert.True((await proposals.ProposeTextAsync(await app.AccessAsync("brazil", id), "op2", op2.Replace("all States", "States", StringComparison.Ordinal), null, CancellationToken.None)).IsSuccess);

        var secretariat = await app.NewPageAsync(1400, 1000, "secretariat");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}/negotiation");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        var op2Block = secretariat.Locator("[data-para='OP2']");
        await Assertions.Expect(op2Block.Locator(".bracket")).ToContainTextAsync("Cuba");
        await Assertions.Expect(op2Block.Locator(".bracket")).ToContainTextAsync("Brazil");
        await Assertions.Expect(secretariat.Locator(".voting-order li")).ToHaveCountAsync(2);

        await op2Block.Locator("select").SelectOptionAsync("AgreedAdRef");
        await Assertions.Expect(op2Block.Locator("select.status")).ToHaveValueAsync("AgreedAdRef");
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "negotiation.png"), FullPage = true });

        // A delegation filters to its own proposals and reads the same view, without the status control.
        var cuba = await app.NewPageAsync(1400, 1000, "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}/negotiation");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await cuba.Locator("select[aria-label='Filter by delegation']").SelectOptionAsync("Cuba");
        await Assertions.Expect(cuba.Locator("[data-para='OP2'] .bracket")).Not.ToContainTextAsync("Brazil");
        await Assertions.Expect(cuba.Locator("[data-para='OP2'] select")).ToHaveCountAsync(0);
        await Assertions.Expect(cuba.Locator("[data-para='OP2'] .status")).ToHaveTextAsync("agreed ad ref");

        // Words inserted before a word: the bracket stands apart from the next word, as a reader needs it.
        var op4 = live.FindNode("op4")!.Text;
        Assert.True((await proposals.ProposeTextAsync(await app.AccessAsync("cuba", id), "op4", op4.Replace("Requests the Secretary-General", "Requests the acting Secretary-General", StringComparison.Ordinal), null, CancellationToken.None)).IsSuccess);
        await secretariat.ReloadAsync();
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        var op4Text = secretariat.Locator("[data-para='OP4'] .neg-text");
        await Assertions.Expect(op4Text.Locator(".bracket")).ToContainTextAsync("acting");
        Assert.Contains("the [actingCuba] Secretary-General", await op4Text.InnerTextAsync(), StringComparison.Ordinal);
        await op4Text.ScrollIntoViewIfNeededAsync();
        await secretariat.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "negotiation-inserted-bracket.png") });
    }

    [BrowserFact]
    public async Task DelegationProposesANewParagraph_FromThePage()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var brazil = await app.NewPageAsync(1400, 1000, "brazil");
        await brazil.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(brazil);

        await brazil.HoverAsync("#para-op5 > .text");
        await brazil.Locator("#para-op5 .tools").GetByRole(AriaRole.Button, new() { Name = "Propose a paragraph after" }).ClickAsync();
        await brazil.Locator("#suggest-after-op5").FillAsync("Decides to remain seized of the matter.");
        await brazil.Locator(".new-after input[aria-label='On behalf of']").FillAsync("the Group of 77 and China");
        await brazil.Locator(".new-after").GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = true }).ClickAsync();

        await Assertions.Expect(brazil.Locator(".banner.info")).ToContainTextAsync("After operative paragraph 5, insert a new paragraph reading");
        await Assertions.Expect(brazil.Locator("article.proposal .who").First).ToHaveTextAsync("Brazil (on behalf of the Group of 77 and China)");
        await brazil.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "proposal-on-behalf.png") });
        Assert.Equal(5, (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.Count(p => p.Kind == ResolutionDrafts.Domain.Drafts.ParagraphKind.Operative));
    }
}
