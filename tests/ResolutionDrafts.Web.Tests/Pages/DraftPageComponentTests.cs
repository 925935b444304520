using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

public sealed class DraftPageComponentTests : BunitContext
{
    private readonly RecordingDraftService service = new();
    private readonly Guid id;
    private readonly FixedDraftAccess access = new(ResolutionDrafts.Web.Access.DraftRole.Secretariat);

    public DraftPageComponentTests()
    {
        id = service.Add(SampleDrafts.Demo());
        Services.AddSingleton<IDraftService>(service);
        Services.AddSingleton<ResolutionDrafts.Web.Access.IDraftAccess>(access);
        Services.AddSingleton<ResolutionDrafts.Web.Audit.IAuditLog>(new NullAuditLog());
        var none = new NoProposals();
        Services.AddSingleton<ResolutionDrafts.Web.Proposals.IProposalService>(none);
        Services.AddSingleton<ISponsorshipService>(none);
        // The agreed-language panel beside the live editor: no corpus here (it says so), and its key helper is a JS module.
        Services.AddSingleton(sp => new ResolutionDrafts.Web.Precedents.PrecedentSearch(sp, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Precedents.PrecedentSearch>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ResolutionDrafts.Web.Collaboration.IDraftEvents>(new ResolutionDrafts.Web.Collaboration.LocalDraftEvents(Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Collaboration.LocalDraftEvents>.Instance));
        Services.AddSingleton<ResolutionDrafts.Web.Room.MeetingRoom>();
        AddAuthorization().SetAuthorized("secretariat");
    }

    [Fact]
    public void Renders_PreambularItalicsAndOperativeNumbers()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var openings = page.FindAll(".para.pp > .text > em.opening").Select(e => e.TextContent).ToList();
        Assert.Equal(["Determined", "Reaffirming", "Recalling", "Concerned", "Taking note", "Recalling", "Recalling also", "Concerned"], openings);
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], page.FindAll(".para.op > .text > .marker").Select(e => e.TextContent));
        Assert.Equal(["PP1", "PP2"], page.FindAll(".para.pp > .label").Take(2).Select(e => e.TextContent));
        Assert.Equal("Cuba: draft resolution", page.Find("[data-testid=sponsors-line]").TextContent);
    }

    [Fact]
    public async Task ClosingThePage_CancelsItsQuestionsAboutAccess()
    {
        Render<DraftPage>(p => p.Add(x => x.Id, id));
        var asked = access.Tokens.Last();
        Assert.True(asked.CanBeCanceled);
        Assert.False(asked.IsCancellationRequested);

        await DisposeComponentsAsync();

        Assert.True(asked.IsCancellationRequested);
    }

    [Fact]
    public void EditingAParagraph_OpensALiveTextareaThatBlazorLeavesEmpty()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op4 .tools button[title='Edit the text']").Click();

        var textarea = page.Find("#para-op4 textarea.live-text");
        Assert.Equal("op4", textarea.GetAttribute("data-live-node"));
        Assert.Equal("OP4", textarea.GetAttribute("data-live-label"));
        Assert.Equal("", textarea.TextContent);
        Assert.Null(textarea.GetAttribute("value"));
        Assert.Equal(id.ToString(), page.Find("[data-live-draft]").GetAttribute("data-live-draft"));

        page.Find("#para-op4 .editor-actions button.primary").Click();
        // "Done" reads the text again before it closes the editor: asynchronously, after the click returns.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("textarea.live-text")));
    }

    [Fact]
    public void AddingAParagraphAfterAnother_CallsTheServiceWithAnInsert()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op4 .tools button[title='Add a paragraph after this one']").Click();
        // What the browser's marked-field.js hands over as the model text typed (no script runs under bUnit).
        page.Find("textarea#editor-text ~ textarea.marked-model").Input("Requests the Secretary-General to report at its eighty-first session;"); // the box follows the typing (the agreed-language panel beside it)
        page.Find(".para-editor .editor-actions button.primary").Click();

        // The save goes through the page's async handler; on a loaded machine it may finish after Click returns.
        page.WaitForAssertion(() => Assert.Single(service.Applied));
        var insert = Assert.IsType<ResolutionDrafts.Domain.Operations.InsertParagraph>(Assert.Single(service.Applied));
        Assert.Equal(12, insert.Index);
        Assert.Equal("Requests the Secretary-General to report at its eighty-first session;", service.Current(id).Paragraphs[12].Text);
        Assert.Contains("eighty-first session;", page.FindAll(".para.op > .text")[4].TextContent);
        Assert.Empty(page.FindAll("textarea#editor-text"));
    }

    [Fact]
    public void TheNewParagraphsCounter_CountsWhatAReaderSees_AndNearTheLimitStatesItAsTheDraftCountsIt()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        page.Find("#para-op4 .tools button[title='Add a paragraph after this one']").Click();

        // "Takes note of the Official Records;" reads as 35 characters; the marks ({i}, {/i}, [^1]) are 11 more as stored.
        page.Find("textarea#editor-text ~ textarea.marked-model").Input("Takes note of the {i}Official Records{/i};[^1]");
        page.WaitForAssertion(() => Assert.Equal("35 characters", page.Find(".para-editor .editor-actions .count").TextContent));

        // Near the limit the count says the limit the draft keeps, in the draft's own measure.
        var longText = new string('a', 18_000) + "{i}b{/i}[^1]";
        page.Find("textarea#editor-text ~ textarea.marked-model").Input(longText);
        page.WaitForAssertion(() => Assert.Equal(
            "18,001 characters · 18,012 of the 20,000 a paragraph may hold as stored, each footnote reference and italic mark counted as typed",
            page.Find(".para-editor .editor-actions .count").TextContent));
        Assert.Equal("20000", page.Find("textarea#editor-text").GetAttribute("data-marked-max"));
        Assert.Null(page.Find("textarea#editor-text").GetAttribute("maxlength"));
    }

    [Fact]
    public void AddingAnEmptyParagraph_ShowsWhyAndChangesNothing()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op2 .tools button[title='Add a sub-paragraph']").Click();
        page.Find("textarea#editor-text ~ textarea.marked-model").Input("   ");
        page.Find(".para-editor .editor-actions button.primary").Click();

        // The typed text reaches the page through the box's callback: the refusal may show a moment later.
        page.WaitForAssertion(() => Assert.Contains("cannot be empty", page.Find(".para-editor .edit-error").TextContent));
        Assert.Empty(service.Applied);
        Assert.Empty(service.Current(id).FindNode("op2")!.SubParagraphs);
    }

    [Fact]
    public void DuplicateSponsor_IsRefusedWithAMessage()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find(".add-sponsor input[aria-label='Sponsor name']").Input("Cuba"); // the name is taken as it is typed, to warn about one not on the list
        page.Find(".add-sponsor").Submit();

        Assert.Contains("already a sponsor", page.Find(".sponsors-editor .edit-error").TextContent);
        Assert.Single(service.Current(id).Sponsors);
    }

    [Fact]
    public void DeleteAsksForConfirmationFirst()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-pp8 .tools button.danger").Click();
        Assert.Equal(13, service.Current(id).Paragraphs.Count);

        page.Find("#para-pp8 .tools button.confirm").Click();
        Assert.Equal(12, service.Current(id).Paragraphs.Count);
        Assert.Empty(page.FindAll("#para-pp8"));
    }

    [Fact]
    public void StatusLine_CountsSavedChanges_NotLikeARevisionSymbol()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var saved = page.Find(".saved .when-online").TextContent;
        Assert.DoesNotContain("revision", saved, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\d+ changes? so far", saved);
    }

    [Fact]
    public async Task AChangeElsewhere_ReRendersOnlyTheParagraphItChanged()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("#para-op5");
        var blocks = Settled(page);
        var before = blocks.ToDictionary(b => b.Instance.Node.Id, b => b.RenderCount);

        await service.ChangeElsewhereAsync(id, DraftChanges.SetText("op4", "Decides to include in the provisional agenda of its eighty-first session the item entitled “Typed elsewhere”;"));

        page.WaitForAssertion(() => Assert.Contains("Typed elsewhere", page.Find("#para-op4 .text").TextContent));
        // bUnit may show the page's new markup a moment before it counts the block's render: wait for the count too.
        page.WaitForAssertion(() => Assert.Equal(["op4"], blocks.Where(b => b.RenderCount > before[b.Instance.Node.Id]).Select(b => b.Instance.Node.Id).ToList()));
        Assert.True(blocks.Count > 10);
    }

    [Fact]
    public async Task ADeletionElsewhere_RemovesTheParagraphAndRenumbersTheRest()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        Assert.Equal("5.", page.WaitForElement("#para-op5 .marker").TextContent);

        await service.ChangeElsewhereAsync(id, DraftChanges.Delete("op3"));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#para-op3")));
        Assert.Equal("4.", page.Find("#para-op5 .marker").TextContent);
        Assert.Equal("OP4", page.Find("#para-op5 .label").TextContent);
    }

    [Fact]
    public async Task TypingInTheParagraphOpenInTheLiveEditor_DoesNotReRenderIt_TheBrowserShowsThatText()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("#para-op4 .tools button[title='Edit the text']").Click();
        var block = page.FindComponents<ResolutionDrafts.Web.Components.Drafts.ParagraphBlock>().Single(b => b.Instance.Node.Id == "op4");
        // The agreed-language panel beside the editor follows the typed text; bUnit counts its renders
        // in its parent's too, so the block's own renders are what it counted beyond the panel's.
        var panel = block.FindComponent<ResolutionDrafts.Web.Components.Precedents.LivePrecedentPanel>();
        var before = block.RenderCount - panel.RenderCount;

        var op4 = service.Current(id).FindNode("op4")!.Text;
        await service.ChangeElsewhereAsync(id, DraftChanges.SetText("op4", op4[..30] + "x" + op4[30..])); // no new style warning
        await service.ChangeElsewhereAsync(id, DraftChanges.SetText("op3", service.Current(id).FindNode("op3")!.Text + " typed elsewhere"));

        page.WaitForAssertion(() => Assert.Contains("typed elsewhere", page.Find("#para-op3 .text").TextContent));
        page.WaitForAssertion(() => Assert.Contains("x", panel.Instance.View.Node("op4")!.Text[30..31])); // the panel has the typed text
        Assert.Equal(before, block.RenderCount - panel.RenderCount);
        Assert.Equal("op4", page.Find("#para-op4 textarea.live-text").GetAttribute("data-live-node"));
    }

    /// <summary>
    /// The page's paragraph blocks once the page has stopped building them: under load the page may
    /// still be replacing its first render (its access and text arrive asynchronously) when a block is
    /// first found, and counting renders of blocks about to be replaced counts nothing.
    /// </summary>
    private static IReadOnlyList<IRenderedComponent<ResolutionDrafts.Web.Components.Drafts.ParagraphBlock>> Settled(IRenderedComponent<DraftPage> page)
    {
        var last = page.FindComponents<ResolutionDrafts.Web.Components.Drafts.ParagraphBlock>();
        var counts = last.Sum(b => b.RenderCount);
        for (var stable = 0; stable < 5;)
        {
            Thread.Sleep(20);
            var now = page.FindComponents<ResolutionDrafts.Web.Components.Drafts.ParagraphBlock>();
            var nowCounts = now.Sum(b => b.RenderCount);
            stable = now.Select(b => b.Instance).SequenceEqual(last.Select(b => b.Instance)) && nowCounts == counts ? stable + 1 : 0;
            (last, counts) = (now, nowCounts);
        }

        return last;
    }
}
