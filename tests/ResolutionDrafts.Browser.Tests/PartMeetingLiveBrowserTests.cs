using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Issue 16 (ADR 0034, amendment 3): the secretariat types "Meeting after part A" and its date in the masthead form of an
/// adopted resolution in parts and saves; Brazil's open draft page and the observer's reading page print the new meeting after
/// part A at once, without a reload (the part's change travels in the masthead's batch through the live session and SignalR),
/// and Brazil is not offered co-sponsoring of the adopted text (ADR 0034, amendment 5).
/// </summary>
public sealed class PartMeetingLiveBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task APartsOwnMeeting_SavedInTheMastheadForm_ShowsOnTheOtherScreensWithoutAReload()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var access = await app.AccessAsync("secretariat", id);
        var adopted = await app.Drafts.ApplyAsync(id, d => DomainResult<DraftOperation>.Ok(OperationBatch.Of([
            new SetDocumentKind(DocumentKind.AdoptedResolution, null),
            new SetMetadata(d.Metadata with { Symbol = "A/RES/80/6", MeetingLine = "41st plenary meeting", MeetingDate = "10 December 2025" }),
        ])), access, CancellationToken.None);
        Assert.True(adopted.IsSuccess, adopted.Error);
        foreach (var (at, part) in new[] { ("pp1", new DraftPart("Ending the embargo", "The General Assembly,")), ("op4", new DraftPart("Follow-up", "The General Assembly,")) })
        {
            var made = await app.Drafts.ApplyAsync(id, DraftChanges.SetPart(at, part), access, CancellationToken.None);
            Assert.True(made.IsSuccess, made.Error);
        }

        var secretariat = await app.NewPageAsync(1300, 900, "secretariat");
        var brazil = await app.NewPageAsync(1300, 900, "brazil");
        var observer = await app.NewPageAsync(1300, 900, "observer");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await brazil.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await observer.GotoAsync($"{app.BaseUrl}/drafts/{id}/read");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await DraftPageBrowserTests.WaitForInteractivityAsync(brazil);

        // Part A ends with the draft's meeting until it has its own; a mark on each page tells a reload from a live change.
        foreach (var page in new[] { brazil, observer })
        {
            await Assertions.Expect(page.Locator("[data-testid=part-meeting-line]")).ToHaveTextAsync("41st plenary meeting10 December 2025");
            await page.EvaluateAsync("() => window.__notReloaded = true");
        }

        await Assertions.Expect(brazil.GetByRole(AriaRole.Button, new() { Name = "Co-sponsor as Brazil" })).ToHaveCountAsync(0);
        await Assertions.Expect(brazil.Locator("[data-testid=sponsorship-adopted]")).ToContainTextAsync("This resolution has been adopted");

        await secretariat.Locator("[data-testid=part-meeting-line-input-A]").FillAsync("40th plenary meeting");
        await secretariat.Locator("[data-testid=part-meeting-date-input-A]").FillAsync("9 December 2025");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Save masthead" }).ClickAsync();

        foreach (var page in new[] { secretariat, brazil, observer })
        {
            await Assertions.Expect(page.Locator("[data-testid=part-meeting-line]")).ToHaveTextAsync("40th plenary meeting9 December 2025", new() { Timeout = 5000 });
            await Assertions.Expect(page.Locator("[data-testid=meeting-line]")).ToHaveTextAsync("41st plenary meeting10 December 2025");
        }

        Assert.True(await brazil.EvaluateAsync<bool>("() => window.__notReloaded === true"), "Brazil's page was reloaded");
        Assert.True(await observer.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the reading page was reloaded");
        var stored = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.Equal(("40th plenary meeting", "9 December 2025"), (stored.FindNode("pp1") is Paragraph { Part: { } a } ? (a.MeetingLine, a.MeetingDate) : default));

        await brazil.Locator("[data-testid=part-meeting-line]").ScrollIntoViewIfNeededAsync();
        await brazil.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "part-meeting-live-brazil.png") });
        await brazil.Locator("[data-testid=sponsorship-adopted]").ScrollIntoViewIfNeededAsync();
        await brazil.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "adopted-sponsorship-brazil.png") });
        await secretariat.Locator("[data-testid=part-meeting-line-input-A]").ScrollIntoViewIfNeededAsync();
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "part-meeting-live-secretariat.png") });
        Assert.Empty(app.CspViolations);
        foreach (var page in new[] { secretariat, brazil, observer })
        {
            await page.Context.CloseAsync();
        }
    }
}
