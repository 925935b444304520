using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// The draft page's tools for sections numbered from 1 again (ADR 0016, amendment 4): whoever may edit opens a
/// section at a paragraph and closes one (its paragraphs join the section before); a paragraph added at a
/// section's head opens it; ↑ on its first paragraph steps across its edge.
/// </summary>
public sealed class SectionsEditingTests : BunitContext
{
    private readonly RecordingDraftService service = new();

    public SectionsEditingTests()
    {
        Services.AddSingleton<IDraftService>(service);
        Services.AddSingleton<ResolutionDrafts.Web.Audit.IAuditLog>(new NullAuditLog());
        var none = new NoProposals();
        Services.AddSingleton<ResolutionDrafts.Web.Proposals.IProposalService>(none);
        Services.AddSingleton<ISponsorshipService>(none);
        Services.AddSingleton(sp => new ResolutionDrafts.Web.Precedents.PrecedentSearch(sp, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Precedents.PrecedentSearch>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ResolutionDrafts.Web.Collaboration.IDraftEvents>(new ResolutionDrafts.Web.Collaboration.LocalDraftEvents(Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Collaboration.LocalDraftEvents>.Instance));
        Services.AddSingleton<ResolutionDrafts.Web.Room.MeetingRoom>();
    }

    private void SignIn(ResolutionDrafts.Web.Access.DraftRole role)
    {
        Services.AddSingleton<ResolutionDrafts.Web.Access.IDraftAccess>(new FixedDraftAccess(role));
        AddAuthorization().SetAuthorized(role.ToString().ToLowerInvariant());
    }

    /// <summary>PP1; "I. Financial performance report": OP1 OP2; "II. Revised estimates": OP3 OP4 (sections only when asked).</summary>
    private static Draft Budget(bool sections = true)
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetTitle("Questions relating to the programme budget for 2022"));
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Recalling its resolutions,", id: "pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the report;", id: "op1", heading: "I. Financial performance report").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Approves the surplus;", id: "op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the estimates;", id: "op3", heading: "II. Revised estimates").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Appropriates an amount.", id: "op4").Untyped());
        if (sections)
        {
            Ok(draft.SetSection("op1", true));
            Ok(draft.SetSection("op3", true));
        }

        return draft;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    private IReadOnlyList<string> Labels(IRenderedComponent<DraftPage> page) => page.FindAll(".para > .label").Select(e => e.TextContent).ToList();

    [Fact]
    public void Secretariat_OpensASectionAtAParagraph_AndItsNumbersRestart()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(Budget(sections: false));
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        Assert.Equal(["PP1", "OP1", "OP2", "OP3", "OP4"], Labels(page));
        Assert.Empty(page.FindAll(".section-tools"));

        page.Find("#para-op3 .tools button[title^='Open a section here']").Click();

        Assert.Equal(["PP1", "OP1", "OP2", "II OP1", "II OP2"], Labels(page));
        Assert.Equal("Section II, numbered from 1", page.Find("[data-testid=section-tools-op3] .section-name").TextContent);
        Assert.Empty(page.FindAll("#para-op3 .tools button[title^='Open a section here']"));
        Assert.Contains(service.Applied, op => op is SetSection { Id: "op3", Opens: true });
    }

    [Fact]
    public void Secretariat_ClosesASection_ItsParagraphsJoinTheSectionBefore()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(Budget());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        Assert.Equal(["PP1", "I OP1", "I OP2", "II OP1", "II OP2"], Labels(page));

        page.Find("[data-testid=section-tools-op3] button[title^='Close section II']").Click();

        Assert.Equal(["PP1", "I OP1", "I OP2", "I OP3", "I OP4"], Labels(page));
        Assert.Empty(page.FindAll("[data-testid=section-tools-op3]"));
        Assert.False(service.Current(id).Paragraphs.Single(p => p.Id == "op3").OpensSection);
        // The heading is the text's: closing the section does not delete it.
        Assert.Equal("II. Revised estimates", service.Current(id).Paragraphs.Single(p => p.Id == "op3").Heading);
    }

    [Fact]
    public void ANewParagraphAtASectionsHead_OpensTheSectionUnderItsHeading()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(Budget());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=section-tools-op3] button[title^='Add a paragraph at the head']").Click();
        Assert.Contains("New paragraph at the head of section II", page.Find(".para-editor").TextContent, StringComparison.Ordinal);
        page.Find("textarea#editor-text ~ textarea.marked-model").Input("Having considered the report of the Secretary-General,");
        page.Find(".para-editor .editor-actions button.primary").Click();

        page.WaitForAssertion(() => Assert.Equal(6, service.Current(id).Paragraphs.Count));
        var draft = service.Current(id);
        var head = draft.Paragraphs[3];
        Assert.True(head.OpensSection);
        Assert.Equal("II. Revised estimates", head.Heading);
        Assert.Null(draft.Paragraphs[4].Heading);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("II OP1", labels[head.Id].Label);
        Assert.Equal("II OP2", labels["op3"].Label);
        Assert.Equal("I OP2", labels["op2"].Label);
    }

    [Fact]
    public void UpOnASectionsFirstParagraph_StepsIntoTheSectionBefore_AndTheSectionStays()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(Budget());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op3 .tools button[title='Move up']").Click();

        Assert.Equal(["PP1", "I OP1", "I OP2", "I OP3", "II OP1"], Labels(page));
        Assert.Equal(["pp1", "op1", "op2", "op3", "op4"], service.Current(id).Paragraphs.Select(p => p.Id));
        Assert.Equal("II. Revised estimates", service.Current(id).Paragraphs[4].Heading);
    }

    [Fact]
    public void ADelegation_MayOnlyProposeSections_NotOpenOrCloseThem()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Delegation);
        var id = service.Add(Budget());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal(["PP1", "I OP1", "I OP2", "II OP1", "II OP2"], Labels(page));
        Assert.Empty(page.FindAll("button[title^='Open a section here']"));
        Assert.Empty(page.FindAll("button[title^='Close section']"));
        // Amendments of their own (ADR 0016): proposed, not made.
        Assert.Equal(["Propose closing section I", "Propose closing section II"], page.FindAll(".section-tools button").Select(b => b.TextContent));
        Assert.Equal(3, page.FindAll("button[title^='Propose a section here']").Count);
    }

    [Fact]
    public void ProposingAnArrowThatOnlyMovesASectionsEdge_MovesTheEdgeInTheProposedCopy_WithTheHeading()
    {
        var draft = Budget();

        var stepped = ResolutionDrafts.Web.Components.Proposals.SuggestingEdits.For(new(Components.Drafts.ParagraphAction.ProposeMoveUp, "op3"))!(draft);

        // Proposed as "Move operative paragraph 1 of section II to the end of section I." (EdgeAmendmentsTests).
        Assert.True(stepped.IsSuccess, stepped.Error);
        Assert.False(draft.Paragraphs.Single(p => p.Id == "op3").OpensSection);
        Assert.True(draft.Paragraphs.Single(p => p.Id == "op4").OpensSection);
        Assert.Equal("II. Revised estimates", draft.Paragraphs.Single(p => p.Id == "op4").Heading);
    }
}
