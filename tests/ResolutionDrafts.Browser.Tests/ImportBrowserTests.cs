using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

public sealed class ImportBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static string Fixture(string folder, string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "..", "shared", "fixtures", folder, name);
    }

    [BrowserFact]
    public async Task UploadingTheChineseRevisedDraft_ShowsWhatWasRecognisedThenCreatesIt()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/import");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        await page.SetInputFilesAsync("[data-testid=import-file]", Fixture("text", "cosp7-technical-assistance-rev-draft.zh.txt"));

        await Assertions.Expect(page.Locator("[data-testid=counts]")).ToHaveTextAsync("11 preambular, 18 operative, 0 sub-paragraphs, 3 footnotes, 4 sponsors");
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("澳大利亚, 巴西, 以色列, 美利坚合众国");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-zh.png") });

        // The text has no symbol: the draft is created only once one is given.
        await Assertions.Expect(page.Locator("[data-testid=import-create]")).ToBeDisabledAsync();
        await page.FillAsync("[data-testid=import-symbol]", "CAC/COSP/2017/L.3/Rev.1");
        await page.ClickAsync("button:has-text('Create the draft')");
        // Blazor navigates in the page (history API); a polling assertion sees it however fast it happens.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/drafts/[0-9a-f]{8}-[0-9a-f-]{27}$"));
        await Assertions.Expect(page.Locator("[data-testid=title]")).ToHaveTextAsync("促进提供技术援助支持有效实施《联合国反腐败公约》");
        await Assertions.Expect(page.Locator(".para.op")).ToHaveCountAsync(18);
    }

    [BrowserFact]
    public async Task UploadingTextWithTypedFootnoteNumbers_ListsTheGuessedReferenceToCheck()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/import");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        var text = string.Join("\n",
            "United Nations", "A/RES/76/900", "General Assembly", "Seventy-sixth session", "Resolution adopted by the General Assembly", "Human settlements",
            "The General Assembly,",
            "Reaffirming the Rio Declaration on Environment and Development,1 Agenda 212 and the Johannesburg Plan of Implementation,3",
            "1. Decides to continue its consideration of the question.",
            "__________________", "1 Report, annex I.", "2 Resolution S-19/2, annex.", "3 Report of the World Summit, annex.") + "\n";

        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = "typed.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });

        await Assertions.Expect(page.Locator("[data-testid=counts]")).ToHaveTextAsync("1 preambular, 1 operative, 0 sub-paragraphs, 3 footnotes, 0 sponsors");
        await Assertions.Expect(page.Locator("[data-testid=guesses]")).ToContainTextAsync("1 reference typed as plain digits, placed by a guess or not found");
        await Assertions.Expect(page.Locator("[data-testid=footnote-doubts] li")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Footnote 2: guessed at .*Agenda 212.*the last digits of 212"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-typed-footnotes.png") });
    }

    [BrowserFact]
    public async Task UploadingTextWhoseLineBreaksWereLost_ListsTheParagraphThatMayBeTwo_AndAWordMended()
    {
        // ADR 0042: two preambular paragraphs on one line, and a word a page break cut that the text spells whole elsewhere.
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/import");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        var text = string.Join("\n",
            "United Nations", "A/RES/76/901", "General Assembly", "Seventy-sixth session", "Resolution adopted by the General Assembly", "Human rights defenders",
            "The General Assembly,",
            "Recalling its resolution 74/146 of 18 December 2019, Recalling also its resolution 70/161 of 17 December 2015,",
            "Welcoming the establishment of national protection mechanisms,",
            "1. Calls upon States to support the estab-", "", "2/2", "",
            "lishment of such mechanisms;",
            "2. Decides to continue its consideration of the question.") + "\n";

        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = "merged.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });

        await Assertions.Expect(page.Locator("[data-testid=counts]")).ToHaveTextAsync("2 preambular, 2 operative, 0 sub-paragraphs, 0 footnotes, 0 sponsors");
        await Assertions.Expect(page.Locator("[data-testid=guesses] tr", new() { HasText = "Preambular paragraphs" })).ToContainTextAsync("1 of 2 holds another paragraph's opening words inside");
        await Assertions.Expect(page.Locator("[data-testid=paragraph-doubts] li")).ToHaveTextAsync("PP1 “Recalling its resolution 74/146 of 18 December 2019, …” holds “Recalling also”");
        await Assertions.Expect(page.Locator(".warnings")).ToContainTextAsync("“establishment” was cut by a page break as “estab-” / “lishment” and is joined without the hyphen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-merged-paragraphs.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task UploadingAReport_IsRefusedWithTheReason()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/import");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        var before = (await app.Drafts.ListAsync(CancellationToken.None)).Count;

        await page.SetInputFilesAsync("[data-testid=import-file]", Fixture("not-resolutions", "cosp-wg-technical-assistance-report-2007.zh.txt"));

        await Assertions.Expect(page.Locator("[data-testid=import-error]")).ToContainTextAsync("was not imported");
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToHaveCountAsync(0);
        Assert.Equal(before, (await app.Drafts.ListAsync(CancellationToken.None)).Count);
    }

    [BrowserFact]
    public async Task UploadingADraftDecisionInOneSentence_CreatesADecisionPrintedAsTheUnPrintsIt()
    {
        const string text = """
            United Nations
            A/C.6/75/L.9
            General Assembly
            Distr.: Limited
            30 October 2020
            Original: English

            Seventy-fifth session
            Sixth Committee
            Agenda item 79
            Report of the International Law Commission

            Austria and Mexico: draft decision
            Report of the International Law Commission on the work of its seventy-second session

            The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled
            “Report of the International Law Commission”.
            """;
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/drafts/import");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = "decision.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });

        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("draft decision");
        await Assertions.Expect(page.Locator("[data-testid=counts]")).ToHaveTextAsync("0 preambular, 1 operative, 0 sub-paragraphs, 0 footnotes, 2 sponsors");
        await page.ClickAsync("button:has-text('Create the draft')");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/drafts/[0-9a-f]{8}-[0-9a-f-]{27}$"));
        await Assertions.Expect(page.Locator("[data-testid=sponsors-line]")).ToHaveTextAsync("Austria and Mexico: draft decision");
        await Assertions.Expect(page.Locator(".para.op")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".para.op > .text")).ToContainTextAsync("The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.");
        await Assertions.Expect(page.Locator(".author-line")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-decision.png") });
    }
}
