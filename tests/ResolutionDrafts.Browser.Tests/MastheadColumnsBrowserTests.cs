using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// The import preview of a masthead printed in two columns, as the secretariat sees it (issue 16, ADR 0040): a column read as
/// nothing is listed under "Lines not in the draft" — it was dropped unsaid beside the date read next to it — and WHO's
/// Executive Board's date of issue, printed right of its session, stands in the masthead's right column, not under the session.
/// </summary>
public sealed class MastheadColumnsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string Restricted = """
        United Nations                                                      A/HRC/58/L.5
        General Assembly                                                    Distr.: Limited
        Restricted                                                          4 February 2026
                                                                            Original: English
        Human Rights Council
        Fifty-eighth session
        Agenda item 3
        Promotion and protection of the right to health

        Brazil, Ghana and Thailand: draft resolution

        The right to health

        The Human Rights Council,

        Recalling its resolution 55/2 of 3 April 2024,

        1. Decides to remain seized of the matter.
        """;

    private const string Board = """
        EXECUTIVE BOARD                                                     EB158/CONF./4
        158th session                                                       4 February 2026
        Agenda item 7

        Promoting the health of refugees and migrants

        Draft resolution proposed by Canada, Colombia, Ghana, Jordan and Sri Lanka

        The Executive Board,

        Recalling resolution WHA76.14 (2023) on promoting the health of refugees and migrants;

        Noting with concern that refugees and migrants often face barriers in access to essential health services;

        (1) RECOMMENDS to the Seventy-ninth World Health Assembly the adoption of the following resolution;

        (2) REQUESTS the Director-General:

        (a) to support Member States in including refugees and migrants in national health plans;

        (b) to report to the Eightieth World Health Assembly on progress in implementing this resolution.
        """;

    [BrowserFact]
    public async Task AColumnReadAsNothing_IsListedUnderLinesNotInTheDraft()
    {
        var page = await Preview("restricted.txt", Restricted);

        // The column and the line it stood on (ADR 0040 amendment 1): "Restricted — a column of line 3, Restricted | 4 February 2026".
        await Assertions.Expect(page.Locator("[data-testid=unread-lines] li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=unread-lines] li code").First).ToHaveTextAsync("Restricted");
        await Assertions.Expect(page.Locator("[data-testid=unread-lines] li .where")).ToHaveTextAsync("— a column of line 3, Restricted | 4 February 2026");
        await Assertions.Expect(page.Locator("[data-testid=guesses] tr", new() { HasText = "Lines read" })).ToContainTextAsync("1 of ");
        await Assertions.Expect(page.Locator(".masthead .distribution-block")).ToContainTextAsync("Distr.: Limited4 February 2026");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-masthead-column-unread.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task AnExecutiveBoardDraft_ItsDateOfIssueStandsInTheRightColumn()
    {
        var page = await Preview("eb-draft.txt", Board);

        await Assertions.Expect(page.Locator(".masthead .distribution-block")).ToHaveTextAsync("4 February 2026");
        await Assertions.Expect(page.Locator(".masthead .session-block")).Not.ToContainTextAsync("February");
        await Assertions.Expect(page.Locator("[data-testid=unread-lines]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-eb-date-of-issue.png"), FullPage = true });
    }

    private async Task<IPage> Preview(string name, string text)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/import");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = name, MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToBeVisibleAsync();
        return page;
    }
}
