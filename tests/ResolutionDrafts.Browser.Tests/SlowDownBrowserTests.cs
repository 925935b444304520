using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// The app with a user's live changes limited to 6 a second over all their tabs (the default is 150), on a clock for
/// the limits that the test stops while the tabs type (ADR 0018 amendment 1): past the burst of three every change is
/// told to slow down however slowly a loaded machine types, and the resends go through once it runs again.
/// </summary>
public sealed class UserLimitedLiveApp : LiveApp
{
    public UserLimitedLiveApp()
        : this(new ManualClock())
    {
    }

    private UserLimitedLiveApp(ManualClock clock)
        : base(new Dictionary<string, string>
            {
                ["Collaboration:UserOperationsPerSecond"] = "6",
                ["Collaboration:UserOperationBurst"] = "3",
            },
            clock.Register)
    {
        Clock = clock;
        clock.Run(); // signing in and loading pages on real time; stopped only while the tabs type
    }

    /// <summary>The clock the app's rate limits read.</summary>
    public ManualClock Clock { get; }
}

/// <summary>
/// Issue 20: over the hub's per-user limit (one user's connections together) a change was refused and
/// the browser reloaded the draft, dropping what was typed meanwhile, with a notice. "Slow down" is now
/// answered with a wait: the tab keeps its change, merges the keys typed meanwhile, and sends it again.
/// Two tabs of one person typing fast, each paced under its connection's limit, together three times
/// over the user's: each box and the server hold exactly what was typed, and neither tab reloaded.
/// </summary>
public sealed class SlowDownBrowserTests(UserLimitedLiveApp app) : IClassFixture<UserLimitedLiveApp>
{
    private static readonly string[] Texts =
    [
        "Reaffirming the sovereign equality of States, non-intervention and non-interference in their affairs",
        "Requests the Secretary-General to report to the General Assembly at its eighty-first session — 联合国",
        "Calls upon Member States to comply with their obligations under the Charter and international law",
    ];

    [BrowserFact]
    public async Task TwoTabsOfOneUser_TypingFasterThanTheUsersLimit_KeepEveryKey_WithoutReloading()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var first = await app.NewPageAsync(user: "secretariat");
        var second = await first.Context.NewPageAsync(); // a second tab of the same sign-in
        var tabs = new[] { (Page: first, Node: "pp2"), (Page: second, Node: "pp3") };
        foreach (var (page, node) in tabs)
        {
            await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
            await DraftPageBrowserTests.WaitForInteractivityAsync(page);
            await DraftPageBrowserTests.OpenLiveEditorAsync(page, node);
            await DraftPageBrowserTests.WaitForLiveSyncAsync(page);
            // Gone if the page is loaded again (Blazor reloads a page whose circuit cannot be resumed).
            await page.EvaluateAsync("() => { window.rdTestMark = 'still this page'; }");
        }

        for (var round = 0; round < Texts.Length; round++)
        {
            var typed = tabs.Select((tab, i) => Texts[(round + i) % Texts.Length]).ToArray();
            app.Clock.Stop(); // nothing refilled while they type: past the user's burst, every change is told to slow down
            await Task.WhenAll(tabs.Select((tab, i) => ClearAndTypeAsync(tab.Page.Locator($"#para-{tab.Node} textarea.live-text"), typed[i])));

            for (var i = 0; i < tabs.Length; i++)
            {
                var (page, node) = tabs[i];
                // The box holds every key the moment the last is in, before anything is acknowledged…
                Assert.Equal(typed[i], await page.Locator($"#para-{node} textarea.live-text").InputValueAsync());
            }

            app.Clock.Run(); // the resends go through as the buckets refill
            foreach (var (page, _) in tabs)
            {
                await page.EvaluateAsync("() => window.rdLive.whenSynchronized(30000)");
            }

            for (var i = 0; i < tabs.Length; i++)
            {
                // …and so does the server once it is, and the other tab.
                var (page, node) = tabs[i];
                Assert.Equal(typed[i], await page.Locator($"#para-{node} textarea.live-text").InputValueAsync());
                Assert.Equal(typed[i], (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode(node)!.Text);
                Assert.Equal(typed[i], await tabs[1 - i].Page.EvaluateAsync<string>($"() => window.rdLive.text('{node}')"));
            }
        }

        var slowDowns = 0;
        foreach (var (page, _) in tabs)
        {
            Assert.Equal("still this page", await page.EvaluateAsync<string>("() => window.rdTestMark"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => window.rdLive.state().reloads"));
            Assert.Empty(await page.EvaluateAsync<string[]>("() => window.rdLive.notices()"));
            slowDowns += await page.EvaluateAsync<int>("() => window.rdLive.state().slowDowns");
        }

        Assert.True(slowDowns > 0, "the user's limit was never reached: this test did not test the retry");
    }

    /// <summary>Select all and delete, then each key after the last at 10 ms a key, with no wait for anything to be acknowledged.</summary>
    private static async Task ClearAndTypeAsync(ILocator box, string text)
    {
        await box.PressAsync("Control+A");
        await box.PressAsync("Delete");
        await box.PressSequentiallyAsync(text, new() { Delay = 10 });
    }
}
