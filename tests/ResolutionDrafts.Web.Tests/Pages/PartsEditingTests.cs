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
/// The draft page's tools for a resolution in parts (ADR 0016): start a part at a paragraph, edit its
/// title and author line, remove it, add a paragraph at its head, and the arrows at its edges.
/// </summary>
public sealed class PartsEditingTests : BunitContext
{
    private readonly RecordingDraftService service = new();

    public PartsEditingTests()
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

    private static Draft InParts(bool parts = true)
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetTitle("Questions relating to information"));
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Taking note of the report,", id: "a-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Urges all countries to cooperate;", id: "a-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "a-op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Emphasizing the role of the United Nations,", id: "b-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Requests a report;", id: "b-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to include the item.", id: "b-op2").Untyped());
        if (parts)
        {
            Ok(draft.SetPart("a-pp1", new DraftPart("Information in the service of humanity", "The General Assembly,")));
            Ok(draft.SetPart("b-pp1", new DraftPart("United Nations global communications policies and activities", "The General Assembly,")));
        }

        return draft;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    private IReadOnlyList<string> Labels(IRenderedComponent<DraftPage> page) => page.FindAll(".para > .label").Select(e => e.TextContent).ToList();

    private Draft Stored(Guid id) => service.Current(id);

    [Fact]
    public void Secretariat_StartsAPartAtAParagraph_InADraftWithoutParts()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts(parts: false));
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        Assert.Empty(page.FindAll(".part-heading"));

        page.Find("#para-b-pp1 .tools button[title^='Start a new part']").Click();
        page.Find("[data-testid=part-editor] .part-title-input").Input("United Nations global communications policies and activities");
        Assert.Equal("The General Assembly,", page.Find("[data-testid=part-editor] .part-author-input").GetAttribute("value"));
        page.Find("[data-testid=part-editor] button.primary").Click();

        Assert.Empty(page.FindAll("[data-testid=part-editor]"));
        Assert.Equal(["A", "B"], page.FindAll(".part-heading .part-letter").Select(e => e.TextContent));
        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=part-B] .part-title").TextContent);
        Assert.Equal(["A PP1", "A OP1", "A OP2", "B PP1", "B OP1", "B OP2"], Labels(page));
        Assert.Contains(service.Applied, op => op is OperationBatch { Operations: [SetPart { Id: "a-pp1" }, SetPart { Id: "b-pp1" }] });
    }

    [Fact]
    public void Secretariat_EditsAPartsTitleAndAuthorLine()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=part-B] .part-tools button[title^='Edit the title']").Click();
        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=part-editor] .part-title-input").GetAttribute("value"));
        page.Find("[data-testid=part-editor] .part-title-input").Input("Global communications");
        page.Find("[data-testid=part-editor] .part-author-input").Input("The General Assembly, ");
        page.Find("[data-testid=part-editor] button.primary").Click();

        Assert.Equal("Global communications", page.Find("[data-testid=part-B] .part-title").TextContent);
        Assert.Equal(new DraftPart("Global communications", "The General Assembly,"), ((Paragraph)Stored(id).FindNode("b-pp1")!).Part);
    }

    [Fact]
    public void ARefusedTitle_KeepsTheFormOpenWithTheReason()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=part-B] .part-tools button[title^='Edit the title']").Click();
        page.Find("[data-testid=part-editor] .part-title-input").Input(new string('x', DraftLimits.MaxShortTextLength + 1));
        page.Find("[data-testid=part-editor] button.primary").Click();

        Assert.Contains("title", page.Find("[data-testid=part-editor] .edit-error").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=part-B] .part-title").TextContent);
    }

    [Fact]
    public void Secretariat_RemovesAPart_AfterConfirming_ItsParagraphsJoinThePartBefore_AndOnePartLeftIsAPlainResolution()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=part-B] .part-tools button.danger").Click();
        Assert.Equal(2, page.FindAll(".part-heading").Count);
        page.Find("[data-testid=part-B] .part-tools button.confirm").Click();

        // No "A" heading is left over the only part: its title is the resolution's.
        Assert.Empty(page.FindAll(".part-heading"));
        Assert.Equal(["PP1", "OP1", "OP2", "PP2", "OP3", "OP4"], Labels(page));
        Assert.Equal("Information in the service of humanity", page.Find("[data-testid=title]").TextContent.Trim());
    }

    [Fact]
    public void Secretariat_RemovesPartA_OfTwo_ThePageShowsPartBsTitleAsTheResolutions_AndNoLetter()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=part-A] .part-tools button.danger").Click();
        page.Find("[data-testid=part-A] .part-tools button.confirm").Click();

        Assert.Empty(page.FindAll(".part-heading"));
        Assert.Equal(["PP1", "OP1", "OP2", "PP2", "OP3", "OP4"], Labels(page));
        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=title]").TextContent.Trim());
    }

    /// <summary>
    /// Two removals at once (each seeing parts A, B and C) leave one part "A" (ADR 0016 amendments 14 and 15): the page says
    /// so where the part's heading prints, with the one action that ends it, and the usual "Remove part A" (whose paragraphs
    /// would "begin the part after it") is not offered beside it.
    /// </summary>
    [Fact]
    public void ALonePartA_IsSaidSo_AndTheSecretariatEndsItWithTheNoticesOneAction_TheTextBecomingOneResolution()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var draft = InParts();
        Ok(draft.SetPart("b-pp1", null));
        var id = service.Add(draft);
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var notice = page.Find("[data-testid=part-A] [data-testid=lone-part-notice]");
        Assert.Contains("Only part A is left", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("“Information in the service of humanity”", notice.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=part-A] .part-tools button.danger"));
        Assert.Equal("A PP1", Labels(page)[0]);

        page.Find("[data-testid=lone-part-notice] button").Click();

        Assert.Empty(page.FindAll(".part-heading"));
        Assert.Empty(page.FindAll("[data-testid=lone-part-notice]"));
        Assert.Equal(["PP1", "OP1", "OP2", "PP2", "OP3", "OP4"], Labels(page));
        Assert.Equal("Information in the service of humanity", page.Find("[data-testid=title]").TextContent.Trim());
        Assert.False(Stored(id).HasParts);
    }

    [Fact]
    public void ALonePartA_ADelegationIsOfferedToProposeEndingIt_AnObserverReadsTheNoticeOnly_ADraftOfTwoPartsHasNone()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Delegation);
        var draft = InParts();
        Ok(draft.SetPart("b-pp1", null));
        var id = service.Add(draft);
        var two = service.Add(InParts());

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));
        Assert.Equal(["Propose ending part A"], page.FindAll("[data-testid=lone-part-notice] button").Select(b => b.TextContent.Trim()));
        Assert.DoesNotContain("Propose ending part A", page.FindAll("[data-testid=part-A] .part-tools button").Select(b => b.TextContent));
        Assert.Empty(Render<DraftPage>(p => p.Add(x => x.Id, two)).FindAll("[data-testid=lone-part-notice]"));
    }

    [Fact]
    public void ALonePartA_AnObserverReadsTheNotice_WithNoAction()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Observer);
        var draft = InParts();
        Ok(draft.SetPart("b-pp1", null));
        var id = service.Add(draft);

        var notice = Render<DraftPage>(p => p.Add(x => x.Id, id)).Find("[data-testid=lone-part-notice]");

        Assert.Contains("Only part A is left", notice.TextContent, StringComparison.Ordinal);
        Assert.Empty(notice.QuerySelectorAll("button"));
    }

    [Fact]
    public void ANewParagraphAtAPartsHead_OpensThePart()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=part-B] .part-tools button[title^='Add a paragraph at the head']").Click();
        page.Find("textarea#editor-text ~ textarea.marked-model").Input("Recalling its resolution 74/93,");
        page.Find(".para-editor .editor-actions button.primary").Click();

        // The typed text reaches the page through the box's input event, which the save waits on.
        page.WaitForAssertion(() => Assert.Equal(["A PP1", "A OP1", "A OP2", "B PP1", "B PP2", "B OP1", "B OP2"], Labels(page)));
        Assert.Equal("Recalling its resolution 74/93,", page.Find("[data-testid=part-B]").NextElementSibling!.QuerySelector(".text")!.TextContent.Trim());
        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=part-B] .part-title").TextContent);
    }

    [Fact]
    public void ANewParagraphAtTheStart_HeadsPartA()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find(".insert-bar button").Click();
        page.Find("textarea#editor-text ~ textarea.marked-model").Input("Recalling its resolution 74/93,");
        page.Find(".para-editor .editor-actions button.primary").Click();

        page.WaitForAssertion(() => Assert.Equal("Recalling its resolution 74/93,", Stored(id).Paragraphs[0].Text));
        var draft = Stored(id);
        Assert.Equal("Information in the service of humanity", draft.Paragraphs[0].Part?.Title);
        Assert.Equal("para-" + draft.Paragraphs[0].Id, page.Find("[data-testid=part-A]").NextElementSibling!.Id);
    }

    [Fact]
    public void UpOnAPartsFirstParagraph_StepsIntoThePartBefore_AndThePartStays()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-b-pp1 .tools button[title='Move up']").Click();

        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=part-B] .part-title").TextContent);
        Assert.Equal("para-b-op1", page.Find("[data-testid=part-B]").NextElementSibling!.Id);
        Assert.Equal("A PP2", ParagraphLabels.Compute(Stored(id))["b-pp1"].Label);
        Assert.Equal(["a-pp1", "a-op1", "a-op2", "b-pp1", "b-op1", "b-op2"], Stored(id).Paragraphs.Select(p => p.Id));
    }

    [Fact]
    public void DownOnAPartsFirstParagraph_LeavesThePartWhereItWas()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Secretariat);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-b-pp1 .tools button[title='Move down']").Click();

        Assert.Equal("para-b-op1", page.Find("[data-testid=part-B]").NextElementSibling!.Id);
        Assert.Equal(["A PP1", "A OP1", "A OP2", "B OP1", "B PP1", "B OP2"], Labels(page));
    }

    [Fact]
    public void ProposingAMoveAtAPartsEdge_KeepsThePartInPlace_OrMovesOnlyTheEdge()
    {
        var down = InParts();
        var up = InParts();
        var delete = InParts();

        var moved = ResolutionDrafts.Web.Components.Proposals.SuggestingEdits.For(new(Components.Drafts.ParagraphAction.ProposeMoveDown, "b-pp1"))!(down);
        var stepped = ResolutionDrafts.Web.Components.Proposals.SuggestingEdits.For(new(Components.Drafts.ParagraphAction.ProposeMoveUp, "b-pp1"))!(up);
        var deleted = ResolutionDrafts.Web.Components.Proposals.SuggestingEdits.For(new(Components.Drafts.ParagraphAction.ProposeDelete, "b-pp1"))!(delete);

        Assert.True(moved.IsSuccess, moved.Error);
        Assert.Equal("b-op1", down.Paragraphs[3].Id);
        Assert.NotNull(down.Paragraphs[3].Part);
        // ↑ on part B's first paragraph: it ends part A where it stands, and b-op1 opens part B (proposed as a move
        // "to the end of resolution A", EdgeAmendmentsTests).
        Assert.True(stepped.IsSuccess, stepped.Error);
        Assert.Equal(["a-pp1", "a-op1", "a-op2", "b-pp1", "b-op1", "b-op2"], up.Paragraphs.Select(p => p.Id));
        Assert.Null(up.Paragraphs[3].Part);
        Assert.Equal("United Nations global communications policies and activities", up.Paragraphs[4].Part?.Title);
        Assert.True(deleted.IsSuccess, deleted.Error);
        Assert.Equal("United Nations global communications policies and activities", delete.Paragraphs[3].Part?.Title);
    }

    [Fact]
    public void ADelegation_MayOnlyProposeChangesToAPart()
    {
        SignIn(ResolutionDrafts.Web.Access.DraftRole.Delegation);
        var id = service.Add(InParts());
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal(2, page.FindAll(".part-heading").Count);
        // Only what an amendment can say: a new title or author line, a paragraph at the head, the part's end.
        Assert.Equal(["Propose a new title or author line", "Propose a paragraph at the head", "Propose ending part B"], page.FindAll("[data-testid=part-B] .part-tools button").Select(b => b.TextContent));
        Assert.Empty(page.FindAll("button[title^='Start a new part']"));
    }
}
