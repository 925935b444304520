using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Tests.Markup;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>Issue 21 in Chromium: a delegation uploads its marked-up Word file, maps its author, creates the proposals; the secretariat sees them.</summary>
public sealed class MarkupImportBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task Delegation_UploadsItsMarkedUpFile_CreatesProposals_SecretariatSeesThemInTheNegotiationView()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var live = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        var markup = new WordMarkup(DocxExporter.Export(live))
            .Insert("Once again urges", "Once again", " strongly", "Jean Niyonzima")
            .Delete("Reiterates its call upon", "and navigation", "Jean Niyonzima");
        markup.Comment("Decides to include", "eighty-first session", "Jean Niyonzima", "Or the eighty-second?");
        var file = Path.Combine(Directory.CreateTempSubdirectory("rd-markup-browser-").FullName, "L6-burundi.docx");
        await File.WriteAllBytesAsync(file, markup.ToBytes());

        var burundi = await app.NewPageAsync(1400, 1000, "burundi");
        await burundi.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(burundi);
        await burundi.ClickAsync("[data-testid=import-markup-link]");
        await Assertions.Expect(burundi).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/import-markup$"));
        await DraftPageBrowserTests.WaitForInteractivityAsync(burundi);

        await WhenTheFileBoxListensAsync(burundi);

        await burundi.SetInputFilesAsync("[data-testid=markup-file]", file);

        var author = burundi.Locator("[data-testid=markup-author]");
        await Assertions.Expect(author).ToContainTextAsync("Jean Niyonzima");
        await Assertions.Expect(author).ToContainTextAsync("In operative paragraph 3, after the word “again”, insert the word “strongly”.");
        await Assertions.Expect(author).ToContainTextAsync("In operative paragraph 2, delete “and navigation”.");
        await Assertions.Expect(author.Locator("[data-testid=author-delegation]")).ToHaveValueAsync("Burundi");
        await Assertions.Expect(burundi.Locator("[data-testid=markup-preview]")).ToContainTextAsync("Or the eighty-second?");
        await burundi.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-markup-preview.png"), FullPage = true });

        await burundi.ClickAsync("[data-testid=markup-create]");
        await Assertions.Expect(burundi.Locator("[data-testid=markup-outcome]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Proposals \d+ and \d+ made"));
        await Assertions.Expect(burundi.Locator("[data-testid=markup-outcome]")).ToContainTextAsync("and 1 comment imported.");

        var secretariat = await app.NewPageAsync(1400, 1000, "secretariat");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}/negotiation");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await Assertions.Expect(secretariat.Locator("[data-para='OP3'] .bracket")).ToContainTextAsync("Burundi");
        await Assertions.Expect(secretariat.Locator("[data-para='OP2'] .bracket")).ToContainTextAsync("Burundi");
        await Assertions.Expect(secretariat.Locator(".voting-order li", new() { HasText = "Burundi" })).ToHaveCountAsync(2);
        // Its words apart, as read ("— Burundi32 characters changed↑↓" ran together, seen in Chromium).
        await Assertions.Expect(secretariat.Locator(".voting-order li", new() { HasText = "Burundi" }).First)
            .ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"— Burundi · \d+ characters changed"));
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-markup-negotiation.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Secretariat_MapsTwoWordAuthors_AndLeavesOneChangeOut()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var live = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        var markup = new WordMarkup(DocxExporter.Export(live))
            .Insert("Requests the Secretary-General", "Requests the Secretary-General", " also", "Ana P.")
            .Delete("Decides to include", "provisional ", "Lucas A.")
            .Insert("Determined to encourage", "strict", " and full", "Lucas A.");
        var file = Path.Combine(Directory.CreateTempSubdirectory("rd-markup-browser-").FullName, "L6-two-authors.docx");
        await File.WriteAllBytesAsync(file, markup.ToBytes());

        var page = await app.NewPageAsync(1400, 1000, "secretariat");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}/import-markup");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);
        await WhenTheFileBoxListensAsync(page);
        await page.SetInputFilesAsync("[data-testid=markup-file]", file);

        var authors = page.Locator("[data-testid=markup-author]");
        await Assertions.Expect(authors).ToHaveCountAsync(2);
        await page.SelectOptionAsync("select[aria-label='Delegation of Ana P.']", "Cuba");
        await page.SelectOptionAsync("select[aria-label='Delegation of Lucas A.']", "Brazil");
        await authors.Filter(new() { HasText = "Lucas A." }).Locator("label", new() { HasText = "first preambular" }).Locator("input").UncheckAsync();
        // The server has the choice once the button counts it.
        await Assertions.Expect(page.Locator("[data-testid=markup-create]")).ToHaveTextAsync("Create 2 proposals");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-markup-secretariat.png"), FullPage = true });
        await page.ClickAsync("[data-testid=markup-create]");

        await Assertions.Expect(page.Locator("[data-testid=markup-outcome]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Proposals \d+ and \d+ made"));
        var made = (await app.Service<ResolutionDrafts.Web.Proposals.IProposalService>().ListAsync(id, CancellationToken.None)).TakeLast(2).ToList();
        Assert.Equal("Cuba", made.Single(p => p.Wording("en").Contains("“also”", StringComparison.Ordinal)).Delegations);
        Assert.Equal("Brazil", made.Single(p => p.Wording("en").Contains("provisional", StringComparison.Ordinal)).Delegations);
        Assert.DoesNotContain(made, p => p.Wording("en").Contains("full", StringComparison.Ordinal));
    }

    // The page is reached by a link (Blazor's own navigation), so the circuit is already up while the new page's file box
    // may not yet listen: a file set before Blazor's InputFile is initialised is never read (the fresh-clone CI saw
    // no preview at all once). InputFile marks its element when it starts listening.
    private static Task WhenTheFileBoxListensAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.querySelector('[data-testid=markup-file]')?._blazorInputFileNextFileId !== undefined");
}
