using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 17: with four or more people in one paragraph, the presence chips above the live editor
/// (placed absolutely at the paragraph's top right) wrapped down over the "Editing OP4 — every keystroke…"
/// line. They now stand in the editor's own top row beside the heading, in the flow, so more people wrap
/// onto a row of their own rather than over it (ClusterBrowserTests and CoEditingBrowserTests find them
/// under the paragraph as before; the look at 1280×800 was checked in Chromium).
/// </summary>
public sealed class PresenceChipsLayoutTests : BunitContext
{
    private static readonly string[] People =
        ["Ana Pérez (Cuba)", "Lucas Almeida (Brazil)", "Jean Niyonzima (Burundi)", "Li Wei (China)", "Sara Lindqvist"];

    private readonly RecordingDraftService service = new();
    private readonly Guid id;

    public PresenceChipsLayoutTests()
    {
        id = service.Add(SampleDrafts.Demo());
        service.Present.AddRange(People.Select((p, i) => new PresenceEntry($"c{i}", "", p, "#0278a7", "op4", 0, 0, 0)));
        Services.AddSingleton<IDraftService>(service);
        Services.AddSingleton<ResolutionDrafts.Web.Access.IDraftAccess>(new FixedDraftAccess(ResolutionDrafts.Web.Access.DraftRole.Secretariat));
        Services.AddSingleton<ResolutionDrafts.Web.Audit.IAuditLog>(new NullAuditLog());
        var none = new NoProposals();
        Services.AddSingleton<ResolutionDrafts.Web.Proposals.IProposalService>(none);
        Services.AddSingleton<ISponsorshipService>(none);
        Services.AddSingleton(sp => new ResolutionDrafts.Web.Precedents.PrecedentSearch(sp, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Precedents.PrecedentSearch>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ResolutionDrafts.Web.Collaboration.IDraftEvents>(new ResolutionDrafts.Web.Collaboration.LocalDraftEvents(Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Collaboration.LocalDraftEvents>.Instance));
        Services.AddSingleton<ResolutionDrafts.Web.Room.MeetingRoom>();
        AddAuthorization().SetAuthorized("secretariat");
    }

    [Fact]
    public void FivePeopleInTheParagraphBeingEdited_StandInTheEditorsTopRow_BesideTheHeading_NotOverIt()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("#para-op4 .tools button[title='Edit the text']").Click();

        var top = page.WaitForElement("#para-op4 .para-editor.live > .editor-top");
        Assert.NotNull(top.QuerySelector(":scope > label.editor-heading"));
        var chips = top.QuerySelectorAll(":scope > .presence-markers > .presence-chip");
        Assert.Equal(People, chips.Select(c => c.GetAttribute("data-presence")));
        // Nowhere else in the paragraph: not as a layer over the heading line.
        Assert.Equal(People.Length, page.FindAll("#para-op4 .presence-chip").Count);
        Assert.Empty(page.FindAll("#para-op4 > .presence-markers"));
    }

    [Fact]
    public void AParagraphNotBeingEdited_ShowsThemAsFlagsInTheMargin()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal(People.Length, page.FindAll("#para-op4 .presence-flags .presence-flag").Count));
        Assert.Empty(page.FindAll("#para-op4 .presence-chip"));
    }
}
