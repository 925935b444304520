using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// A quotation on the draft page (ADR 0028): shown line by line under its paragraph; the secretariat edits a line
/// live, adds, moves and removes lines; a reader sees the lines and no tools.
/// </summary>
public sealed class QuotationPageTests : BunitContext
{
    private readonly RecordingDraftService service = new();
    private readonly Guid id;
    private readonly FixedDraftAccess access = new(ResolutionDrafts.Web.Access.DraftRole.Secretariat);

    public QuotationPageTests()
    {
        var draft = SampleDrafts.Demo();
        draft.SetText("op4", "Decides that rule 5 shall read as follows:");
        draft.AddQuotedLine("op4", "“Rule 5", id: "op4-q1");
        draft.AddQuotedLine("op4", "1. The President shall open the session.”", id: "op4-q2");
        id = service.Add(draft);
        Services.AddSingleton<IDraftService>(service);
        Services.AddSingleton<ResolutionDrafts.Web.Access.IDraftAccess>(access);
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
    public void TheQuotation_IsShownUnderItsParagraph_LineByLine_BeforeTheNextParagraph()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var lines = page.FindAll("#para-op4 > .quotation .quoted-line > .text").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["“Rule 5", "1. The President shall open the session.”"], lines);
        Assert.Contains("Decides that rule 5 shall read as follows:", page.Find("#para-op4 > .text").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Rule 5", page.Find("#para-op4 > .text").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EditingAQuotedLine_OpensALiveTextareaForThatLine()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-quoted-line=op4-q2] .tools button[title='Edit this quoted line']").Click();

        var textarea = page.Find("[data-quoted-line=op4-q2] textarea.live-text");
        Assert.Equal("op4-q2", textarea.GetAttribute("data-live-node"));
        Assert.Equal("OP4, quoted line 2", textarea.GetAttribute("data-live-label"));
        Assert.Equal("", textarea.TextContent);
    }

    [Fact]
    public void AddingMovingAndRemovingLines_GoThroughTheServiceAsQuotationOperations()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-quoted-line=op4-q1] .tools button[title='Add a quoted line after this one']").Click();
        page.WaitForAssertion(() => Assert.Single(service.Applied));
        var add = Assert.IsType<AddQuotedLine>(service.Applied[0]);
        Assert.Equal(("op4", 1, ""), (add.HolderId, add.Index, add.Text));
        // The new line opens in the live editor at once.
        page.WaitForAssertion(() => Assert.Equal(add.Id, page.Find("textarea.live-text").GetAttribute("data-live-node")));

        page.Find("[data-quoted-line=op4-q2] .tools button[title='Move the line up']").Click();
        page.WaitForAssertion(() => Assert.Equal(2, service.Applied.Count));
        Assert.Equal(new MoveQuotedLine("op4-q2", "op4", 2, 1), service.Applied[1]);

        page.Find("[data-quoted-line=op4-q1] .tools button[title='Remove this line from the quotation']").Click();
        page.Find("[data-quoted-line=op4-q1] .tools button.confirm").Click();
        page.WaitForAssertion(() => Assert.Equal(3, service.Applied.Count));
        Assert.Equal(new DeleteQuotedLine("op4-q1", "op4", 0), service.Applied[2]);
        Assert.Equal(["op4-q2", add.Id], service.Current(id).FindNode("op4")!.Quotation.Select(l => l.Id));
    }

    [Fact]
    public void AParagraphWithoutAQuotation_StartsOneWithItsButton()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op2 > .tools button[title^='Quote a text under it']").Click();

        page.WaitForAssertion(() => Assert.Single(service.Applied));
        Assert.Equal("op2", Assert.IsType<AddQuotedLine>(service.Applied[0]).HolderId);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#para-op2 > .quotation .quoted-line")));
    }

    [Fact]
    public void AReader_SeesTheLines_AndNoTools()
    {
        access.Role = ResolutionDrafts.Web.Access.DraftRole.Observer;

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal(2, page.FindAll("#para-op4 .quoted-line").Count);
        Assert.Empty(page.FindAll("#para-op4 .quoted-line .tools"));
    }
}

/// <summary>The compare page shows a changed quoted line as a change in that line, under its paragraph (ADR 0028).</summary>
public sealed class QuotationComparePageTests : BunitContext
{
    [Fact]
    public void AChangedQuotedLine_IsShownChangedInPlace_UnderItsParagraph()
    {
        var old = SampleDrafts.Demo();
        old.AddQuotedLine("op4", "“Rule 5", id: "op4-q1");
        old.AddQuotedLine("op4", "1. The President shall open the session.”", id: "op4-q2");
        var now = old.Clone();
        now.SetText("op4-q2", "1. The Chair shall open the session.”");
        var comparison = ResolutionDrafts.Domain.Comparison.DraftComparer.Compare(old, now);

        var op4 = Render<ResolutionDrafts.Web.Components.Comparison.ParagraphDiff>(p => p.Add(x => x.P, comparison.Paragraphs.Single(x => x.Id == "op4")));

        var line = op4.Find("#cmp-op4-q2");
        Assert.Contains("OP4, quoted line 2", line.QuerySelector(".labels")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Chair", line.QuerySelector(".diff-ins")!.TextContent.Trim());
        Assert.Equal("President", line.QuerySelector(".diff-del")!.TextContent.Trim());
    }
}
