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

        await burundi.SetInputFilesAsync("[data-testid=markup-file]", file);

        var author = burundi.Locator("[data-testid=markup-author]");
        await Assertions.Expect(author).ToContainTextAsync("Jean Niyonzima");
        await Assertions.Expect(author).ToContainTextAsync("In operative paragraph 3, after the word “again”, insert the word “strongly”.");
        await Assertions.Expect(author).ToContainTextAsync("In operative paragraph 2, delete “and navigation”.");
        await Assertions.Expect(author.Locator("[data-testid=author-delegation]")).ToHaveValueAsync("Burundi");
        await Assertions.Expect(burundi.Locator("[data-testid=markup-preview]")).ToContainTextAsync("Or the eighty-second?");
        await burundi.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-markup-preview.png"), FullPage = true });

        await burundi.ClickAsync("[data-testid=markup-create]");
        await Assertions.Expect(burundi.Locator("[data-testid=markup-outcome]")).ToContainTextAsync("2 proposal(s) made");
        await Assertions.Expect(burundi.Locator("[data-testid=markup-outcome]")).ToContainTextAsync("1 comment(s)");

        var secretariat = await app.NewPageAsync(1400, 1000, "secretariat");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}/negotiation");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await Assertions.Expect(secretariat.Locator("[data-para='OP3'] .bracket")).ToContainTextAsync("Burundi");
        await Assertions.Expect(secretariat.Locator("[data-para='OP2'] .bracket")).ToContainTextAsync("Burundi");
        await Assertions.Expect(secretariat.Locator(".voting-order li")).ToHaveCountAsync(2);
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "import-markup-negotiation.png"), FullPage = true });
    }
}
