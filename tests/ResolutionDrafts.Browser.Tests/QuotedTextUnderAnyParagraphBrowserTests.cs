using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// "Propose quoted text" under a paragraph that does not lead in (ADR 0028 amendment 4), in an app of its own: the
/// quotation tests' app changes OP5 to lead in.
/// </summary>
public sealed class QuotedTextUnderAnyParagraphBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    /// <summary>
    /// Cuba proposes quoted text under a paragraph ending with "." (the demo draft's OP5, "… against Cuba”."; ADR 0028
    /// amendment 4): the tool is offered there too, its box says the words will end with ":", and the one proposal
    /// changes the full stop and adds the quotation; the secretariat accepts it and both are in the text.
    /// </summary>
    [BrowserFact]
    public Task CubaProposesQuotedTextUnderAParagraphEndingWithAFullStop_ItsWordsEndWithAColonInTheSameProposal() =>
        ProposeAndAcceptAsync("op5", "operative paragraph 5", "In operative paragraph 5, replace");

    /// <summary>
    /// The same under a preambular paragraph ending with ",". Its box's "Propose" once sent nothing: hovering the box hid
    /// the paragraph's tools above it (a rule meant for quoted lines), the box jumped up under the pointer and back, and
    /// the press landed on the next paragraph.
    /// </summary>
    [BrowserFact]
    public Task CubaProposesQuotedTextUnderAPreambularParagraph_ItsCommaBecomesAColonInTheSameProposal() =>
        ProposeAndAcceptAsync("pp8", "the eighth preambular paragraph", "In the eighth preambular paragraph, replace");

    private async Task ProposeAndAcceptAsync(string node, string name, string replaceOpening)
    {
        var id = await app.DraftIdAsync("A/80/L.6");
        var before = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode(node)!;
        Assert.False(before.LeadsIn);
        Assert.Empty(before.Quotation);
        var secretariat = await app.NewPageAsync(1400, 1000, "secretariat");
        var cuba = await app.NewPageAsync(1400, 1000, "cuba");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{id}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);

        await cuba.HoverAsync($"#para-{node} > .text");
        var tool = cuba.Locator($"#para-{node} > .tools button[title^='Propose quoted text']");
        await Assertions.Expect(tool).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("its words will end with “:”"));
        await tool.ClickAsync();
        var editor = cuba.Locator($"#para-{node} .para-editor.new-quotation");
        var ending = before.Text.TrimEnd()[..^1] + ":";
        await Assertions.Expect(editor.Locator("[data-testid='lead-in-note']")).ToContainTextAsync(ending[^20..]);
        await editor.Locator("textarea[id^='suggest-quoted-']").FillAsync("“Rule 9”");
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"quotation-cuba-proposes-quoted-text-under-{node}.png"), FullPage = true });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = true }).ClickAsync();
        var added = $"Insert at the end of {name} the following quoted text: “‘Rule 9’”.";
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync(added, new() { Timeout = 5000 });
        await Assertions.Expect(cuba.Locator(".banner.info")).ToContainTextAsync(replaceOpening);

        await QuotationBrowserTests.AcceptAsync(secretariat, added);
        await Assertions.Expect(cuba.Locator($"#para-{node} > .quotation .quoted-line > .text")).ToHaveTextAsync(["“Rule 9”"], new() { Timeout = 5000 });
        await Assertions.Expect(cuba.Locator($"#para-{node} > .text")).ToContainTextAsync(ending[^20..]);
        var after = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode(node)!;
        Assert.Equal(ending, after.Text);
        Assert.Equal(["“Rule 9”"], after.Quotation.Select(l => l.Text));
        Assert.Empty(app.CspViolations);
    }
}
