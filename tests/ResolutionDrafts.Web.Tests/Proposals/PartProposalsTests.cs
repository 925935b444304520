using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// A delegation proposes a new title for part B and a paragraph at its head, a new author line, and a move of the
/// edge between parts A and B; the secretariat accepts and the live text has them, stored (ADR 0016).
/// </summary>
public sealed class PartProposalsTests : IAsyncLifetime
{
    private static readonly DraftPart PartB = new("Global communications", "The General Assembly,");

    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(InParts(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static Draft InParts()
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.DraftResolution).Value!;
        Ok(draft.SetTitle("Questions relating to information"));
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Taking note of the report,", id: "a-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Urges all countries to cooperate.", id: "a-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Emphasizing the role of the United Nations,", id: "b-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Requests a report.", id: "b-op1").Untyped());
        Ok(draft.SetPart("a-pp1", new DraftPart("Information in the service of humanity", "The General Assembly,")));
        Ok(draft.SetPart("b-pp1", PartB));
        return draft;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    [Fact]
    public async Task ANewTitleAndAParagraphAtTheHeadOfPartB_Proposed_AndAccepted_ReachTheLiveText()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var title = await Proposals.ProposeEditAsync(cuba, d => d.SetPart("b-pp1", PartB with { Title = "United Nations global communications" }), null, CancellationToken.None);
        var head = await Proposals.ProposeEditAsync(cuba, d => PartEdges.InsertBefore(d, new InsertParagraph("cuba-1", ParagraphKind.Preambular, 2, "Recalling its resolution 74/93,")).Apply(d), null, CancellationToken.None);

        Assert.True(title.IsSuccess, title.Error);
        Assert.True(head.IsSuccess, head.Error);
        Assert.Equal("In the title of resolution B, replace “Global communications” with “United Nations global communications”.", title.Value!.Wording("en"));
        Assert.Equal("Before the first preambular paragraph of resolution B, insert a new paragraph reading: “Recalling its resolution 74/93,”.", head.Value!.Wording("en"));

        Assert.Null((await Proposals.AcceptAsync(secretariat, head.Value.Id, CancellationToken.None)).Error);
        // The title change was made while b-pp1 opened part B; the part's title is changed wherever it opens now.
        Assert.Null((await Proposals.AcceptAsync(secretariat, title.Value.Id, CancellationToken.None)).Error);

        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var opener = live.Paragraphs[2];
        Assert.Equal("Recalling its resolution 74/93,", opener.Text);
        Assert.Equal(PartB with { Title = "United Nations global communications" }, opener.Part);
        Assert.Null(live.Paragraphs[3].Part);
    }

    [Fact]
    public async Task ANewTitle_WhenTheTitleWasChangedSince_IsRefused_AndTheNewerTitleStays()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var title = await Proposals.ProposeEditAsync(cuba, d => d.SetPart("b-pp1", PartB with { Title = "United Nations global communications" }), null, CancellationToken.None);
        var edited = await app.Drafts.ApplyAsync(draftId, ResolutionDrafts.Web.Drafts.DraftChanges.SetPart("b-pp1", PartB with { Title = "Public information" }), secretariat, CancellationToken.None);
        Assert.True(edited.IsSuccess, edited.Error);

        var accepted = await Proposals.AcceptAsync(secretariat, title.Value!.Id, CancellationToken.None);

        Assert.NotNull(accepted.Error);
        Assert.Equal("Public information", (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.Paragraphs[2].Part!.Title);
    }

    [Fact]
    public async Task ANewTitleForPartB_Accepted_IsTheLiveTitle()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var title = await Proposals.ProposeEditAsync(cuba, d => d.SetPart("b-pp1", PartB with { Title = "United Nations global communications" }), null, CancellationToken.None);

        Assert.Null((await Proposals.AcceptAsync(secretariat, title.Value!.Id, CancellationToken.None)).Error);

        Assert.Equal("United Nations global communications", (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.Paragraphs[2].Part!.Title);
    }

    [Fact]
    public async Task UpOnPartBsFirstParagraph_ProposedAsTheDraftPageDoes_IsAMoveToTheEndOfResolutionA_AndAcceptedMovesTheEdge()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var made = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeMoveUp, "b-pp1"))!, null, CancellationToken.None);

        Assert.True(made.IsSuccess, made.Error);
        Assert.Equal("Move the first preambular paragraph of resolution B to the end of resolution A.", made.Value!.Wording("en"));
        Assert.Equal("将决议B序言部分第一段移至决议A末尾。", made.Value.Wording("zh"));
        Assert.Null((await Proposals.AcceptAsync(secretariat, made.Value.Id, CancellationToken.None)).Error);
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.Equal(["a-pp1", "a-op1", "b-pp1", "b-op1"], live.Paragraphs.Select(p => p.Id));
        Assert.Null(live.Paragraphs[2].Part);
        Assert.Equal(PartB, live.Paragraphs[3].Part);
    }

    [Fact]
    public async Task ANewAuthorLineForPartB_ProposedAsTheDraftPageDoes_AndAccepted_IsTheLiveAuthorLine()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var made = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.Part("b-pp1", PartB with { AuthorLine = "The Economic and Social Council," }), null, CancellationToken.None);

        Assert.True(made.IsSuccess, made.Error);
        Assert.Equal("In resolution B, replace the author line “The General Assembly,” with “The Economic and Social Council,”.", made.Value!.Wording("en"));
        Assert.Null((await Proposals.AcceptAsync(secretariat, made.Value.Id, CancellationToken.None)).Error);
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.Equal(PartB with { AuthorLine = "The Economic and Social Council," }, live.Paragraphs[2].Part);
    }

    [Fact]
    public async Task ANewPartASectionAndAPartsEnd_ProposedAsTheDraftPageDoes_AreWorded_AndAcceptedReachTheLiveText()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var part = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.Part("a-op1", new DraftPart("Follow-up", "The General Assembly,")), null, CancellationToken.None);
        var section = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.OpenSection, "b-op1"))!, null, CancellationToken.None);
        var end = await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.RemovePart, "b-pp1"))!, null, CancellationToken.None);

        Assert.Equal("Begin a new resolution at the operative paragraph of resolution A, entitled “Follow-up”, with the author line “The General Assembly,”.", part.Value!.Wording("en"));
        Assert.Equal("Begin a new section at the operative paragraph of resolution B, its paragraphs numbered from 1.", section.Value!.Wording("en"));
        Assert.Equal("Join resolution B to resolution A, deleting its title and author line.", end.Value!.Wording("en"));
        foreach (var accepted in new[] { section.Value, part.Value, end.Value })
        {
            Assert.Null((await Proposals.AcceptAsync(secretariat, accepted.Id, CancellationToken.None)).Error);
        }

        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.Equal(new DraftPart("Follow-up", "The General Assembly,"), live.Paragraphs[1].Part);
        Assert.Null(live.Paragraphs[2].Part);
        Assert.True(live.Paragraphs[3].OpensSection);
    }
}
