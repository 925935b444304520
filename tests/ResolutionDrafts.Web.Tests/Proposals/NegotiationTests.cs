using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>Issue 8: sponsors joining, votes, paragraph status, comments, and the amendment and compilation documents.</summary>
public sealed class NegotiationTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task DelegationCoSponsors_AsAnAdditionalDatedSponsor_AndWithdraws_OnlyAsItself()
    {
        var sponsorship = app.Services.GetRequiredService<SponsorshipService>();
        var brazil = await app.AccessAsync("brazil", draftId);

        Assert.Null((await sponsorship.CoSponsorAsync(brazil, CancellationToken.None)).Error);
        var draft = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var added = draft.Sponsors[^1];
        Assert.Equal("Brazil", added.Name);
        Assert.True(added.Additional);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), added.Joined);
        Assert.Contains("already sponsors", (await sponsorship.CoSponsorAsync(brazil, CancellationToken.None)).Error);

        // Cuba leads the draft: it cannot withdraw through this path; the editor cannot co-sponsor at all.
        Assert.Contains("main sponsor", (await sponsorship.WithdrawAsync(await app.AccessAsync("cuba", draftId), CancellationToken.None)).Error);
        Assert.NotNull((await sponsorship.CoSponsorAsync(await app.AccessAsync("editor", draftId), CancellationToken.None)).Error);

        Assert.Null((await sponsorship.WithdrawAsync(brazil, CancellationToken.None)).Error);
        Assert.DoesNotContain((await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.Sponsors, s => s.Name == "Brazil");
    }

    [Theory]
    [InlineData(DocumentKind.AdoptedResolution, "This resolution has been adopted")]
    [InlineData(DocumentKind.AdoptedDecision, "This decision has been adopted")]
    public async Task AnAdoptedText_IsNotCoSponsoredNorWithdrawnFrom_WithWhy_WhileADraftStillIs(DocumentKind kind, string why)
    {
        var sponsorship = app.Services.GetRequiredService<SponsorshipService>();
        var adopted = SampleDrafts.Demo();
        Assert.True(adopted.AddSponsor(new Sponsor("Burundi")).IsSuccess); // a sponsor besides Cuba, which leads
        Assert.True(adopted.SetKind(kind, null).IsSuccess);
        var adoptedId = await app.CreateDraftAsync(adopted, openToDirectEditing: false);
        var sponsorsBefore = (await app.Drafts.LoadAsync(adoptedId, CancellationToken.None))!.Draft.Sponsors.Select(s => s.Name).ToList();

        var joining = await sponsorship.CoSponsorAsync(await app.AccessAsync("brazil", adoptedId), CancellationToken.None);
        var leaving = await sponsorship.WithdrawAsync(await app.AccessAsync("burundi", adoptedId), CancellationToken.None);

        Assert.StartsWith(why, joining.Error, StringComparison.Ordinal);
        Assert.StartsWith(why, leaving.Error, StringComparison.Ordinal);
        Assert.Equal(["Cuba", "Burundi"], sponsorsBefore);
        Assert.Equal(sponsorsBefore, (await app.Drafts.LoadAsync(adoptedId, CancellationToken.None))!.Draft.Sponsors.Select(s => s.Name));

        // The draft it stands beside is still co-sponsored as before.
        Assert.Null((await sponsorship.CoSponsorAsync(await app.AccessAsync("brazil", draftId), CancellationToken.None)).Error);
        Assert.Contains((await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.Sponsors, s => s.Name == "Brazil");
    }

    [Fact]
    public async Task PutToTheVote_AndAdopted_IsAppliedToTheLiveText()
    {
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var op5 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op5")!.Text;
        var proposal = (await Proposals.ProposeTextAsync(await app.AccessAsync("brazil", draftId), "op5", op5.Replace("Decides", "Further decides", StringComparison.Ordinal), null, CancellationToken.None)).Value!;

        Assert.Null((await Proposals.PutToVoteAsync(secretariat, proposal.Id, CancellationToken.None)).Error);
        Assert.Null((await Proposals.RecordVoteAsync(secretariat, proposal.Id, new VoteResult(80, 12, 30), CancellationToken.None)).Error);

        var stored = (await Proposals.ListAsync(draftId, CancellationToken.None)).Single();
        Assert.Equal(ProposalState.Adopted, stored.Proposal.State);
        Assert.Equal(80, stored.Proposal.Vote!.Yes);
        Assert.StartsWith("Further decides", (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op5")!.Text);
    }

    [Fact]
    public async Task ParagraphStatus_IsTheSecretariats_AndCommentsAreForMembersWhoMayComment()
    {
        var negotiation = app.Services.GetRequiredService<NegotiationService>();

        Assert.NotNull((await negotiation.SetStatusAsync(await app.AccessAsync("cuba", draftId), "op1", ParagraphStatus.Agreed, CancellationToken.None)).Error);
        Assert.Null((await negotiation.SetStatusAsync(await app.AccessAsync("secretariat", draftId), "op1", ParagraphStatus.AgreedAdRef, CancellationToken.None)).Error);
        Assert.Equal(ParagraphStatus.AgreedAdRef, (await negotiation.StatusesAsync(draftId, CancellationToken.None))["op1"]);

        Assert.Null((await negotiation.CommentAsync(await app.AccessAsync("cuba", draftId), "op1", "We could join consensus on this wording.", CancellationToken.None)).Error);
        Assert.NotNull((await negotiation.CommentAsync(await app.AccessAsync("observer", draftId), "op1", "An observer's view.", CancellationToken.None)).Error);
        Assert.NotNull((await negotiation.CommentAsync(await app.AccessAsync("cuba", draftId), "op1", "   ", CancellationToken.None)).Error);
        var comment = Assert.Single(await negotiation.CommentsAsync(draftId, CancellationToken.None));
        Assert.Equal("Cuba", comment.Delegation);
        Assert.Equal("Ana Pérez (Cuba)", comment.Author);
    }

    [Fact]
    public async Task AmendmentDocument_PrintsTheSymbolTheSecretariatIssuedItUnder_AtTheTopRight()
    {
        var op1 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        var made = await Proposals.ProposeTextAsync(await app.AccessAsync("burundi", draftId), "op1", op1.Replace("Takes note of", "Welcomes", StringComparison.Ordinal), null, CancellationToken.None);
        var secretariat = await app.ClientAsAsync("secretariat");

        async Task<string> TopRightAsync()
        {
            var response = await secretariat.GetAsync($"/drafts/{draftId}/proposals/1/docx");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
            var masthead = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First();
            return masthead.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First().Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last().InnerText;
        }

        Assert.Equal("", await TopRightAsync()); // not issued yet: no symbol is made up

        // Only the secretariat gives it; a symbol is checked; stored, every later download prints it.
        var refused = await Proposals.SetSymbolAsync(await app.AccessAsync("burundi", draftId), made.Value!.Id, "A/80/L.12", CancellationToken.None);
        Assert.False(refused.IsSuccess);
        var bad = await Proposals.SetSymbolAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, "L twelve", CancellationToken.None);
        Assert.Contains("not a document symbol", bad.Error, StringComparison.Ordinal);
        Assert.Null((await Proposals.SetSymbolAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, " A/80/L.12 ", CancellationToken.None)).Error);

        Assert.Equal("A/80/L.12", await TopRightAsync());
        Assert.Equal("A/80/L.12", (await Proposals.ListAsync(draftId, CancellationToken.None)).Single().Proposal.Symbol);
    }

    [Fact]
    public async Task AmendmentDocument_AndCompilation_Download_ForThoseWhoMayExport()
    {
        var op1 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.True((await Proposals.ProposeTextAsync(await app.AccessAsync("burundi", draftId), "op1", op1.Replace("Takes note of", "Welcomes", StringComparison.Ordinal), null, CancellationToken.None)).IsSuccess);
        var secretariat = await app.ClientAsAsync("secretariat");

        var amendment = await secretariat.GetAsync($"/drafts/{draftId}/proposals/1/docx");
        Assert.Equal(HttpStatusCode.OK, amendment.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await amendment.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Burundi: amendment to draft resolution A/80/L.6", text);
            Assert.Contains("In operative paragraph 1, replace the words “Takes note of” with the word “Welcomes”.", text);
        }

        var compilation = await secretariat.GetAsync($"/drafts/{draftId}/proposals/compilation.docx");
        Assert.Equal(HttpStatusCode.OK, compilation.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await compilation.Content.ReadAsByteArrayAsync()), false))
        {
            var table = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
            Assert.Contains("Burundi", table.InnerText);
            Assert.Contains("Proposal 1", table.InnerText);
        }

        // Delegations send their amendments to their capitals (issue 17); an observer may not download.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsAsync("cuba")).GetAsync($"/drafts/{draftId}/proposals/1/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsAsync("observer")).GetAsync($"/drafts/{draftId}/proposals/1/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/drafts/{draftId}/proposals/9/docx")).StatusCode);
    }

    [Fact]
    public async Task ProposalToAnIssuedRevision_IsNamedByItsSymbol_AndAppliesToTheLiveText()
    {
        var revisions = app.Services.GetRequiredService<ResolutionDrafts.Web.Revisions.IRevisionService>();
        var issued = (await revisions.IssueAsync(await app.AccessAsync("secretariat", draftId), new ResolutionDrafts.Web.Revisions.IssueRevisionRequest("A/80/L.6/Rev.1", null), CancellationToken.None)).Value!;
        var revisionText = (await revisions.LoadAsync(issued.Id, CancellationToken.None))!.Draft;
        // The live text moves on after the revision is issued, elsewhere.
        await app.Drafts.ApplyAsync(draftId, DraftChanges.SetText("op5", "Decides to remain seized of the matter."), await app.AccessAsync("secretariat", draftId), CancellationToken.None);

        var op2 = revisionText.FindNode("op2")!.Text;
        var made = await Proposals.ProposeToRevisionAsync(await app.AccessAsync("burundi", draftId), issued.Id,
            d => d.SetText("op2", op2.Replace("all States", "all Member States", StringComparison.Ordinal)), CancellationToken.None);

        Assert.True(made.IsSuccess, made.Error);
        Assert.Equal("A/80/L.6/Rev.1", made.Value!.Proposal.Target.Symbol);
        Assert.Equal("In operative paragraph 2, after the word “all”, insert the word “Member”.", made.Value.Wording("en"));
        var docx = await (await app.ClientAsAsync("secretariat")).GetByteArrayAsync($"/drafts/{draftId}/proposals/{made.Value.Number}/docx");
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Contains("Burundi: amendment to revised draft resolution A/80/L.6/Rev.1", document.MainDocumentPart!.Document!.Body!.InnerText);
        }

        Assert.Null((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), made.Value.Id, CancellationToken.None)).Error);
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.Contains("all Member States", live.FindNode("op2")!.Text);
        Assert.Equal("Decides to remain seized of the matter.", live.FindNode("op5")!.Text);
    }

    [Fact]
    public async Task VotingOrder_IsSuggested_UntilTheSecretariatMovesAProposal_ThenItsOrderIsKept()
    {
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var op3 = live.FindNode("op3")!.Text;
        var small = (await Proposals.ProposeTextAsync(await app.AccessAsync("cuba", draftId), "op3", op3.Replace("Once again", "Again", StringComparison.Ordinal), null, CancellationToken.None)).Value!;
        var large = (await Proposals.ProposeTextAsync(await app.AccessAsync("brazil", draftId), "op3", "Urges States to repeal such laws without delay;", null, CancellationToken.None)).Value!;

        // The one that changes most first.
        Assert.Equal([large.Id, small.Id], (await Proposals.VotingOrderAsync(draftId, CancellationToken.None)).Select(p => p.Id));

        Assert.NotNull((await Proposals.MoveInVotingOrderAsync(await app.AccessAsync("cuba", draftId), small.Id, -1, CancellationToken.None)).Error);
        Assert.Null((await Proposals.MoveInVotingOrderAsync(await app.AccessAsync("secretariat", draftId), small.Id, -1, CancellationToken.None)).Error);

        var order = await Proposals.VotingOrderAsync(draftId, CancellationToken.None);
        Assert.Equal([small.Id, large.Id], order.Select(p => p.Id));
        Assert.All(order, p => Assert.NotNull(p.VotePosition));
    }
}
