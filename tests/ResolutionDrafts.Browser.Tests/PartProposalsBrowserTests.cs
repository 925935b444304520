using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Cuba, in suggesting mode, proposes a new title for part B and a paragraph at its head; the
/// secretariat accepts both and Cuba's page shows them (ADR 0016, amendment).
/// </summary>
public sealed class PartProposalsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task CubaProposesANewTitleAndAParagraphAtTheHeadOfPartB_TheSecretariatAccepts_CubaSeesBoth()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var started = await app.Drafts.ApplyAsync(id, DraftChanges.SetPart("op1", new DraftPart("Follow-up", "The General Assembly,")), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error);
        var cuba = await app.NewPageAsync(1300, 1000, "cuba");
        var secretariat = await app.NewPageAsync(1300, 1000, "secretariat");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);

        await cuba.HoverAsync("[data-testid=part-B]");
        await cuba.ClickAsync("[data-testid=part-B] .part-tools button[title^='Propose a new title']");
        await cuba.Locator("[data-testid=part-editor] .part-title-input").FillAsync("Follow-up to resolution 79/7");
        await Assertions.Expect(cuba.Locator("[data-testid=part-editor] .part-author-input")).ToHaveValueAsync("The General Assembly,");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "part-title-proposed-form.png") });
        await cuba.ClickAsync("[data-testid=part-editor] button.primary");
        const string title = "In the title of resolution B, replace “Follow-up” with “Follow-up to resolution 79/7”.";
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync("Proposal 1 made: " + title);
        await Assertions.Expect(cuba.Locator("[data-testid=part-B] .part-title")).ToHaveTextAsync("Follow-up");

        await cuba.HoverAsync("[data-testid=part-B]");
        await cuba.ClickAsync("[data-testid=part-B] .part-tools button[title^='Propose a paragraph at the head']");
        var box = cuba.Locator("textarea#editor-text");
        await box.FillAsync("Recalling its resolution 79/7 of 30 October 2024,");
        await cuba.Locator(".para-editor select.kind").SelectOptionAsync("Preambular");
        await cuba.Locator(".para-editor .editor-actions button.primary", new() { HasText = "Propose" }).ClickAsync();
        const string head = "Before operative paragraph 1 of resolution B, insert a new preambular paragraph reading: “Recalling its resolution 79/7 of 30 October 2024,”.";
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync("Proposal 2 made: " + head);

        foreach (var number in new[] { 2, 1 })
        {
            var proposal = secretariat.Locator($"article[data-proposal='{number}']");
            await Assertions.Expect(proposal).ToBeVisibleAsync(new() { Timeout = 5000 });
            await proposal.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await Assertions.Expect(cuba.Locator($"article[data-proposal='{number}'] .state")).ToHaveTextAsync("accepted", new() { Timeout = 5000 });
        }

        await Assertions.Expect(cuba.Locator("[data-testid=part-B] .part-title")).ToHaveTextAsync("Follow-up to resolution 79/7", new() { Timeout = 5000 });
        await Assertions.Expect(cuba.Locator("[data-testid=part-B] + .para > .label")).ToHaveTextAsync("B PP1");
        await Assertions.Expect(cuba.Locator("[data-testid=part-B] + .para > .text")).ToContainTextAsync("Recalling its resolution 79/7");
        await Assertions.Expect(cuba.Locator("#para-op1 > .label")).ToHaveTextAsync("B OP1");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "part-proposals-accepted-cuba.png"), FullPage = true });
        Assert.Empty(app.CspViolations);
    }
}
