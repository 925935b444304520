using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// The margin's "N proposed" beside a paragraph counts every open proposal on it: its own text, its quoted lines
/// and its sub-paragraphs. A proposal on a quoted line names the line's id, which has no margin of its own, so the
/// secretariat saw "OP4 ● 1 proposed" with two proposals open on OP4.
/// </summary>
public sealed class ProposalCountPageTests : BunitContext
{
    private readonly RecordingDraftService service = new();

    private static Draft Live()
    {
        var draft = SampleDrafts.Demo();
        draft.SetText("op4", "Decides that rule 5 shall read as follows:");
        draft.AddQuotedLine("op4", "“Rule 5", id: "op4-q1");
        draft.AddQuotedLine("op4", "1. The President shall open the session.”", id: "op4-q2");
        return draft;
    }

    private static ProposalView Proposed(Draft live, int number, Action<Draft> edit, string by = "Cuba", bool withdrawn = false)
    {
        var proposed = live.Clone();
        edit(proposed);
        var amendment = AmendmentBuilder.Compute(live, proposed);
        Assert.NotEmpty(amendment.Instructions);
        var actor = new ProposalActor("Delegate of " + by, by);
        var proposal = Proposal.Propose($"p{number}", ProposalTarget.LiveDraft(1), [by], amendment, actor, DateTimeOffset.UnixEpoch).Value!;
        if (withdrawn)
        {
            Assert.True(proposal.Withdraw(actor, DateTimeOffset.UnixEpoch.AddMinutes(1)).IsSuccess);
        }

        return new ProposalView(Guid.NewGuid(), Guid.Empty, number, proposal, live, proposed, DateTime.UnixEpoch);
    }

    private IRenderedComponent<DraftPage> Open(Draft live, params ProposalView[] proposals)
    {
        var id = service.Add(live);
        Services.AddSingleton<IDraftService>(service);
        Services.AddSingleton<ResolutionDrafts.Web.Access.IDraftAccess>(new FixedDraftAccess(ResolutionDrafts.Web.Access.DraftRole.Secretariat));
        Services.AddSingleton<ResolutionDrafts.Web.Audit.IAuditLog>(new NullAuditLog());
        var listed = new NoProposals(proposals);
        Services.AddSingleton<IProposalService>(listed);
        Services.AddSingleton<ISponsorshipService>(listed);
        Services.AddSingleton(sp => new ResolutionDrafts.Web.Precedents.PrecedentSearch(sp, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Precedents.PrecedentSearch>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ResolutionDrafts.Web.Collaboration.IDraftEvents>(new ResolutionDrafts.Web.Collaboration.LocalDraftEvents(Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Collaboration.LocalDraftEvents>.Instance));
        Services.AddSingleton<ResolutionDrafts.Web.Room.MeetingRoom>();
        AddAuthorization().SetAuthorized("secretariat");
        return Render<DraftPage>(p => p.Add(x => x.Id, id));
    }

    [Fact]
    public void AParagraphsCount_IncludesTheProposalsOnItsQuotedLines()
    {
        var live = Live();
        var page = Open(
            live,
            Proposed(live, 1, d => d.SetText("op4", "Decides that rule 5 shall henceforth read as follows:")),
            Proposed(live, 2, d => d.SetText("op4-q2", "1. The Chair shall open the session.”"), by: "Brazil"));

        page.WaitForAssertion(() => Assert.Equal("2 proposed", page.Find("#para-op4 > .proposal-count").TextContent.Trim()));
    }

    [Fact]
    public void ALineOnlyProposal_IsCountedOnItsParagraph_AndAProposalTouchingBothCountsOnce()
    {
        var live = Live();
        var page = Open(
            live,
            Proposed(live, 1, d => d.SetText("op4-q1", "“Rule 6")),
            Proposed(live, 2, d =>
            {
                d.SetText("op4", "Decides that rule 5 shall henceforth read as follows:");
                d.SetText("op4-q2", "1. The Chair shall open the session.”");
            }, by: "Brazil"));

        page.WaitForAssertion(() => Assert.Equal("2 proposed", page.Find("#para-op4 > .proposal-count").TextContent.Trim()));
    }

    [Fact]
    public void AParagraphsCount_IncludesItsSubParagraphs_AndLeavesOutDecidedProposals()
    {
        var live = Live();
        Assert.True(live.AddSubParagraph("op2", "to report on the matter;", 0, "op2-x").IsSuccess);
        const string subId = "op2-x";
        var page = Open(
            live,
            Proposed(live, 1, d => d.SetText(subId, "to report on the matter in full;")),
            Proposed(live, 2, d => d.SetText("op2", live.FindNode("op2")!.Text + " also")),
            Proposed(live, 3, d => d.SetText(subId, "to report;"), by: "Brazil", withdrawn: true));

        page.WaitForAssertion(() => Assert.Equal("2 proposed", page.Find("#para-op2 > .proposal-count").TextContent.Trim()));
        Assert.Equal("1 proposed", page.Find("#para-op2-x > .proposal-count").TextContent.Trim());
    }
}
