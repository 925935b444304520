using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// A table's note letter (ADR 0035, 76/246's "Conversionᵃ") in the cell boxes: the secretariat's box and a delegation's
/// proposing box show "Conversionᵃ", never the marks ("Conversion{i}{sup}a{/sup}{/i}" before), and an edit of the words
/// keeps the letter raised and italic; the page prints it raised; the proposal's wording quotes what a reader sees.
/// </summary>
public sealed class RaisedLetterBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string Raised = "{i}{sup}a{/sup}{/i}";

    [BrowserFact]
    public async Task ANoteLetterInACell_ShowsRaised_AndSurvivesTheSecretariatsEditAndADelegationsProposal()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var table = DraftTable.Of([["Action", "Title of post"], ["Conversion" + Raised, "Accounting Assistant"], ["Redeployment", "Human Resources Officer"]], headerRows: 1);
        var set = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetTable("op2", table)), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(set.IsSuccess, set.Error);

        // The secretariat edits the cell's words; the note letter stays raised and italic.
        var secretariat = await app.NewPageAsync(1300, 1000, "secretariat");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        var box = secretariat.GetByLabel("OP2, row Conversionᵃ, cell 1");
        await Assertions.Expect(box).ToHaveValueAsync("Conversionᵃ");
        await secretariat.Locator("[data-testid=table-op2]").ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raised-letter-secretariat.png") });
        await box.FillAsync("Conversion of postsᵃ");
        await box.PressAsync("Tab");
        await WaitForCellAsync(id, "Conversion of posts" + Raised);
        await Assertions.Expect(secretariat.GetByLabel("OP2, row Conversion of postsᵃ, cell 1")).ToHaveValueAsync("Conversion of postsᵃ", new() { Timeout = 5000 });

        // Cuba proposes a change of the words: the box and the pending change show no mark syntax, nor does the wording.
        var cuba = await app.NewPageAsync(1300, 1000, "cuba");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        var proposing = cuba.GetByLabel("Propose a change to OP2, row Conversion of postsᵃ, cell 1");
        await Assertions.Expect(proposing).ToHaveValueAsync("Conversion of postsᵃ");
        await proposing.FillAsync("Conversion of two postsᵃ");
        await proposing.PressAsync("Tab");
        var pending = cuba.Locator(".table-proposal");
        await Assertions.Expect(pending.Locator("ins sup.raised")).ToHaveTextAsync("a");
        Assert.DoesNotContain("{", await pending.InnerTextAsync(), StringComparison.Ordinal);
        await cuba.Locator("[data-testid=table-op2]").Locator("..").ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raised-letter-cuba-proposing.png") });
        await pending.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        var banner = cuba.Locator(".banner.info");
        await Assertions.Expect(banner).ToContainTextAsync("Proposal 1 made: In the table in operative paragraph 2, in the row “Conversion of postsᵃ”,");
        Assert.DoesNotContain("{", await banner.InnerTextAsync(), StringComparison.Ordinal);

        // Accepted, the live cell keeps the letter raised and italic; every page prints it raised.
        var proposal = secretariat.Locator("article[data-proposal='1']");
        await Assertions.Expect(proposal).ToBeVisibleAsync(new() { Timeout = 5000 });
        await Assertions.Expect(proposal).ToContainTextAsync("“Conversion of two postsᵃ”");
        Assert.DoesNotContain("{", await proposal.InnerTextAsync(), StringComparison.Ordinal);

        // One click, with the focus still in the secretariat's cell box (AcceptClickBrowserTests: it was lost before).
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await WaitForCellAsync(id, "Conversion of two posts" + Raised);
        var reading = await app.NewPageAsync(1300, 1000, "observer");
        await reading.GotoAsync($"{app.BaseUrl}/drafts/{id}/read");
        await Assertions.Expect(reading.Locator("[data-testid=table-op2] sup.raised").First).ToHaveTextAsync("a", new() { Timeout = 5000 });
        await reading.Locator("[data-testid=table-op2]").ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raised-letter-reading.png") });
        Assert.Equal("super", await reading.Locator("[data-testid=table-op2] sup.raised").First.EvaluateAsync<string>("e => getComputedStyle(e).verticalAlign"));
    }

    [BrowserFact]
    public async Task ARaisedLetterInTheLiveEditor_ShowsAsMarks_AndBackspaceTakesTheMarksNotTheLetter()
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        const string text = "Approves the post of Conversion Officer{i}{sup}a{/sup}{/i} for the Office;";
        var count = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Paragraphs.Count;
        var added = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new InsertParagraph("opraised", ParagraphKind.Operative, count, text)), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.True(added.IsSuccess, added.Error);
        var page = await app.NewPageAsync(1300, 1000, "secretariat");
        await page.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(page);

        await DraftPageBrowserTests.OpenLiveEditorAsync(page, "opraised");
        var textarea = page.Locator("#para-opraised textarea.live-text");
        var shown = await textarea.InputValueAsync();
        Assert.Equal("Approves the post of Conversion Officer⸢⁽a⁾⸣ for the Office;", shown);
        await page.Locator("#para-opraised").ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotDirectory, "raised-letter-live-editor.png") });

        // Backspace just after ⁾ deletes the raised marks whole, both of them; the letter and its italics stay.
        var after = shown.IndexOf('⁾', StringComparison.Ordinal) + 1;
        await textarea.EvaluateAsync($"(t) => {{ t.focus(); t.setSelectionRange({after}, {after}); }}");
        await page.Keyboard.PressAsync("Backspace");
        await DraftPageBrowserTests.WaitForLiveSyncAsync(page);

        var server = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("opraised")!.Text;
        Assert.Equal("Approves the post of Conversion Officer{i}a{/i} for the Office;", server);
        Assert.Equal("Approves the post of Conversion Officer⸢a⸣ for the Office;", await textarea.InputValueAsync());
    }

    private async Task WaitForCellAsync(Guid id, string text)
    {
        var cells = new List<string>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var draft = (await app.Drafts.ReadAsync(id, CancellationToken.None))!.Draft;
            cells = draft.Paragraphs.Single(p => p.Id == "op2").Table!.Rows.SelectMany(r => r.Cells).Select(c => c.Text).ToList();
            if (cells.Contains(text))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the cell never read “{text}”: {string.Join(" | ", cells)}");
    }
}
