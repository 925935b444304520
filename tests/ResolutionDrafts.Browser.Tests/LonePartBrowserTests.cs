using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Two removals at once, each made seeing parts A, B and C, leave one part "A" (ADR 0016 amendment 14): the secretariat's
/// and Cuba's open pages say so at once where the part prints, with the one action that ends it (ADR 0016 amendment 15);
/// the secretariat ends it and both pages show one resolution, titled as the part was.
/// </summary>
public sealed class LonePartBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task TwoPartsRemovedAtOnce_LeavePartAAlone_BothPagesSaySo_AndTheSecretariatEndsItInOneClick()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var access = await app.AccessAsync("secretariat", id);
        foreach (var (at, part) in new[]
        {
            ("op1", new DraftPart("Follow-up", "The General Assembly,")),
            ("op4", new DraftPart("Report", "The General Assembly,")),
            ("pp1", new DraftPart("Ending the embargo", "The General Assembly,")),
        })
        {
            var made = await app.Drafts.ApplyAsync(id, DraftChanges.SetPart(at, part), access, CancellationToken.None);
            Assert.True(made.IsSuccess, made.Error);
        }

        var secretariat = await app.NewPageAsync(1300, 900, "secretariat");
        var cuba = await app.NewPageAsync(1300, 900, "cuba");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await Assertions.Expect(cuba.Locator("[data-testid=part-C]")).ToBeVisibleAsync();
        await Assertions.Expect(secretariat.Locator("[data-testid=lone-part-notice]")).ToHaveCountAsync(0);

        // Each removal made against the three parts, as two people clicking at the same moment make them: each alone
        // leaves two parts, so neither ends the last one.
        var three = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        foreach (var opener in new[] { "op1", "op4" })
        {
            var removal = PartEdges.Remove(three, opener).Value!;
            var made = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(removal), access, CancellationToken.None);
            Assert.True(made.IsSuccess, made.Error);
        }

        foreach (var page in new[] { secretariat, cuba })
        {
            var notice = page.Locator("[data-testid=part-A] [data-testid=lone-part-notice]");
            await Assertions.Expect(notice).ToContainTextAsync("Only part A is left", new() { Timeout = 5000 });
            await Assertions.Expect(notice).ToContainTextAsync("“Ending the embargo”");
            await Assertions.Expect(notice).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#para-pp1 > .label")).ToHaveTextAsync("A PP1");
        }

        await Assertions.Expect(cuba.Locator("[data-testid=lone-part-notice] button")).ToHaveTextAsync("Propose ending part A");
        await Assertions.Expect(secretariat.Locator("[data-testid=lone-part-notice] button")).ToHaveTextAsync("End part A");
        await secretariat.Locator("[data-testid=part-A]").ScrollIntoViewIfNeededAsync();
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "lone-part-secretariat.png") });
        await cuba.Locator("[data-testid=part-A]").ScrollIntoViewIfNeededAsync();
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "lone-part-cuba.png") });

        await secretariat.ClickAsync("[data-testid=lone-part-notice] button");

        foreach (var page in new[] { secretariat, cuba })
        {
            await Assertions.Expect(page.Locator(".part-heading")).ToHaveCountAsync(0, new() { Timeout = 5000 });
            await Assertions.Expect(page.Locator("[data-testid=lone-part-notice]")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#para-pp1 > .label")).ToHaveTextAsync("PP1");
            await Assertions.Expect(page.Locator("[data-testid=title]")).ToHaveTextAsync("Ending the embargo");
        }

        var stored = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.False(stored.HasParts);
        Assert.Equal("Ending the embargo", stored.Title);
        Assert.Empty(app.CspViolations);
        await cuba.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }
}
