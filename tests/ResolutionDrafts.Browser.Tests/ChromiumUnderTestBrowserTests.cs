using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// What the Chromium of these tests costs beside the pages under test (docs/benchmarks.md, "What the test run costs"):
/// the pages a test opens are closed when it ends (<see cref="ClosePagesAfterEachTestAttribute"/>), so whichever of the
/// first two runs second finds the browser holding its own page alone; and a context brings no browser UI of its own
/// (<see cref="ChromiumFeatures"/>), only the page.
/// </summary>
public sealed class ChromiumUnderTestBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public Task OneTest_FindsOnlyItsOwnPageOpen() => OpenOnePageAndCountAsync();

    [BrowserFact]
    public Task AnotherTest_FindsOnlyItsOwnPageOpen() => OpenOnePageAndCountAsync();

    [BrowserFact]
    public async Task AContext_BringsItsPageAndNoWebUIOfTheBrowsersOwn()
    {
        var page = await app.NewPageAsync(user: "cuba");
        await page.GotoAsync($"{app.BaseUrl}/drafts");

        var session = await app.Browser.NewBrowserCDPSessionAsync();
        var targets = (await session.SendAsync("Target.getTargets"))!.Value.GetProperty("targetInfos").EnumerateArray()
            .Select(t => (Type: t.GetProperty("type").GetString(), Url: t.GetProperty("url").GetString()))
            .ToList();
        await session.DetachAsync();

        Assert.Contains(targets, t => t.Type == "page" && t.Url == page.Url);
        Assert.DoesNotContain(targets, t => t.Type == "browser_ui" || t.Url?.Contains("top-chrome", StringComparison.Ordinal) == true);
    }

    [BrowserFact]
    public async Task AUsersSecondPage_StartsWithTheCookiesOfTheFirstsSignIn_AndIsSignedIn()
    {
        var before = app.PagesSignedIn;
        var first = await app.NewPageAsync(user: "brazil");
        Assert.Equal((before.ThroughTheForm + 1, before.ByCookie), app.PagesSignedIn);

        var second = await app.NewPageAsync(user: "brazil");
        Assert.Equal((before.ThroughTheForm + 1, before.ByCookie + 1), app.PagesSignedIn);
        Assert.Equal(first.Url, second.Url);
        await Assertions.Expect(second.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        Assert.NotSame(first.Context, second.Context);
    }

    [Fact]
    public void PlaywrightsOwnDisabledFeatures_AreKept_BesideTheBrowserUisNotNeeded()
    {
        const string driver = """
            disabledFeatures = [
              // See https://github.com/microsoft/playwright/issues/14047
              "AvoidUnnecessaryBeforeUnloadCheckSync",
              "PaintHolding",
            ].filter(Boolean);
            """;
        Assert.Equal(["AvoidUnnecessaryBeforeUnloadCheckSync", "PaintHolding"], ChromiumFeatures.PlaywrightsOwn(driver));

        var features = ChromiumFeatures.DisableFeaturesSwitch?.Split('=', 2)[1].Split(',');
        Assert.NotNull(features); // the driver's list was found
        Assert.Superset(ChromiumFeatures.BrowserUiNotNeeded.ToHashSet(), features.ToHashSet());
        Assert.True(features.Length > ChromiumFeatures.BrowserUiNotNeeded.Count, string.Join(",", features));
    }

    private async Task OpenOnePageAndCountAsync()
    {
        var page = await app.NewPageAsync(user: "cuba");
        await page.GotoAsync($"{app.BaseUrl}/drafts");

        Assert.Equal(1, ClosePagesAfterEachTestAttribute.Current?.Count);
        // Of this class's app: the browser is shared with the other classes of the process, whose tests run meanwhile.
        Assert.Equal([page.Context], app.Contexts);
        Assert.Contains(page.Context, app.Browser.Contexts);
    }
}
