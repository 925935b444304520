using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;
using ResolutionDrafts.Web.Tests.Revisions;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// A decision on the draft page and in the form that creates a draft (issue 16, ADR 0022): the kind line says
/// "draft decision", a sentence that names its organ stands without an author line above it and without a number,
/// and the form offers the decision kinds.
/// </summary>
public sealed class DecisionRenderingTests : BunitContext
{
    private readonly RecordingDraftService service = new();

    public DecisionRenderingTests()
    {
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
    public void DraftPage_ShowsADecisionsKindLine_AndItsSentenceWithoutAuthorLineOrNumber()
    {
        var draft = DecisionRevisionTests.Decision();
        Assert.True(draft.SetAuthorLine("The General Assembly,").IsSuccess); // kept, as a new draft has it, but not printed twice
        var id = service.Add(draft);

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal("Austria and Mexico: draft decision", page.Find("[data-testid=sponsors-line]").TextContent);
        Assert.Empty(page.FindAll(".author-line"));
        var paragraph = Assert.Single(page.FindAll(".para.op"));
        Assert.DoesNotContain(paragraph.QuerySelectorAll(".text > .marker"), m => m.TextContent.Length > 0);
        Assert.Contains("The General Assembly decides to include", paragraph.TextContent, StringComparison.Ordinal);
        Assert.Empty(paragraph.QuerySelectorAll(".text em"));
    }

    [Theory]
    [InlineData("en", "Security Council", "The Security Council,", "Decides to remain seized of the matter.", "Resolution 2799 (2026)", "Adopted by the Security Council at its 9912th meeting, on 14 May 2026")]
    [InlineData("zh", "安全理事会", "安全理事会，", "决定继续积极处理此案。", "第2799(2026)号决议", "2026年5月14日安全理事会第9912次会议通过")]
    public void DraftPage_ShowsASecurityCouncilResolutionsNumberAndAdoptionLine(string language, string body, string author, string text, string number, string adoption)
    {
        // Issue 16's trial: the number and the meeting line of an S/RES text were kept nowhere and not shown.
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetKind(DocumentKind.AdoptedResolution, null).IsSuccess);
        Assert.True(draft.SetMetadata(new DraftMetadata { Body = body, Symbol = "S/RES/2799 (2026)", AdoptionLine = adoption }).IsSuccess);
        Assert.True(draft.SetAuthorLine(author).IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, text).IsSuccess);
        var id = service.Add(draft);

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal(number, page.Find("[data-testid=council-number]").TextContent);
        var line = page.Find("[data-testid=adoption-line]");
        Assert.Equal(adoption, line.TextContent);
        Assert.Equal(language == "en", line.QuerySelector("em") is not null); // Chinese has no italics
        Assert.Empty(page.FindAll("[data-testid=title]"));
    }

    [Fact]
    public void TheMastheadForm_OffersTheDecisionKinds_AndAsksARevisedOneForItsNumber()
    {
        MetadataForm? saved = null;
        var blank = Draft.Create(DraftLanguage.English).Value!;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, blank).Add(x => x.OnSave, (MetadataForm f) => saved = f));

        var options = editor.FindAll("select option").Select(o => o.TextContent).ToList();
        Assert.Contains("Draft decision", options);
        Assert.Contains("Revised draft decision", options);
        Assert.Contains("Adopted decision", options);

        editor.FindAll("select").First(s => s.QuerySelectorAll("option").Any(o => o.TextContent == "Draft decision")).Change(DocumentKind.RevisedDraftDecision.ToString());
        Assert.NotNull(editor.Find("[data-testid=decision-hint]"));
        editor.Find("input[type=number]").Change("2");
        editor.Find("form").Submit();

        Assert.NotNull(saved);
        var created = Draft.Create(DraftLanguage.English).Value!;
        Assert.True(saved!.ApplyTo(created).IsSuccess);
        Assert.Equal((DocumentKind.RevisedDraftDecision, 2), (created.Kind, created.Revision));
    }
}
