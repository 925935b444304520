using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>Issue 8, "Done when": a delegation proposes, the secretariat accepts, every connected client sees the text change live; a non-sponsor cannot withdraw.</summary>
public sealed class ProposalFlowTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task DelegationProposes_SecretariatAccepts_EveryConnectedClientSeesTheTextChange()
    {
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");
        await using var observer = await HubClients.JoinAsync(app, draftId, "observer");
        var cuba = await app.AccessAsync("cuba", draftId);
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var op3 = live.FindNode("op3")!.Text;

        var proposed = await Proposals.ProposeTextAsync(cuba, "op3", op3.Replace("again urges", "again strongly urges", StringComparison.Ordinal), null, CancellationToken.None);

        Assert.True(proposed.IsSuccess, proposed.Error);
        Assert.Equal("In operative paragraph 3, after the word “again”, insert the word “strongly”.", proposed.Value!.Wording("en"));
        Assert.Equal("在执行部分第3段中，在“again”之后插入“strongly”。", proposed.Value.Wording("zh"));
        Assert.Equal(ProposalState.Proposed, proposed.Value.Proposal.State);
        Assert.Equal(op3, (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text);

        // Brazil, not a proposer, cannot withdraw it; the secretariat cannot withdraw it either (only decide).
        var brazilAccess = await app.AccessAsync("brazil", draftId);
        Assert.Contains("(Cuba) can withdraw it; Brazil is not one of them", (await Proposals.WithdrawAsync(brazilAccess, proposed.Value.Id, CancellationToken.None)).Error);
        Assert.NotNull((await Proposals.WithdrawAsync(await app.AccessAsync("secretariat", draftId), proposed.Value.Id, CancellationToken.None)).Error);
        // A delegation cannot accept.
        Assert.NotNull((await Proposals.AcceptAsync(cuba, proposed.Value.Id, CancellationToken.None)).Error);

        Assert.Null((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), proposed.Value.Id, CancellationToken.None)).Error);

        var expected = op3.Replace("again urges", "again strongly urges", StringComparison.Ordinal);
        await HubClients.ConvergeAsync(app, draftId, brazil, observer);
        Assert.Equal(expected, (await brazil.SnapshotAsync()).Draft.FindNode("op3")!.Text);
        Assert.Equal(expected, (await observer.SnapshotAsync()).Draft.FindNode("op3")!.Text);
        var stored = Assert.Single(await Proposals.ListAsync(draftId, CancellationToken.None));
        Assert.Equal(ProposalState.Accepted, stored.Proposal.State);
        Assert.Equal(["Proposed", "Accepted"], stored.Proposal.History.Select(h => h.State.ToString()));
        Assert.Equal("Sara Lindqvist", stored.Proposal.History[^1].Actor);
    }

    [Fact]
    public async Task Withdrawal_ByTheProposer_IsRecorded_AndAWithdrawnProposalCannotBeAccepted()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var proposed = (await Proposals.ProposeTextAsync(cuba, "op1", "Takes note of the report of the Secretary-General;", null, CancellationToken.None)).Value!;

        Assert.Null((await Proposals.WithdrawAsync(cuba, proposed.Id, CancellationToken.None)).Error);
        Assert.Contains("withdrawn", (await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), proposed.Id, CancellationToken.None)).Error);
        Assert.Equal(ProposalState.Withdrawn, (await Proposals.ListAsync(draftId, CancellationToken.None)).Single().Proposal.State);
    }

    [Fact]
    public async Task AcceptingOne_MakesAnotherThatNoLongerApplies_Fall()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var brazil = await app.AccessAsync("brazil", draftId);
        var op3 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        var first = (await Proposals.ProposeTextAsync(cuba, "op3", op3.Replace("again urges", "again calls upon", StringComparison.Ordinal), null, CancellationToken.None)).Value!;
        var second = (await Proposals.ProposeTextAsync(brazil, "op3", op3.Replace("again urges", "again invites", StringComparison.Ordinal), null, CancellationToken.None)).Value!;

        Assert.Null((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), first.Id, CancellationToken.None)).Error);

        var states = (await Proposals.ListAsync(draftId, CancellationToken.None)).ToDictionary(p => p.Id, p => p.Proposal.State);
        Assert.Equal(ProposalState.Accepted, states[first.Id]);
        Assert.Equal(ProposalState.Fallen, states[second.Id]);
    }

    [Fact]
    public async Task OnlyDelegationsPropose_AndNothingIsNotAProposal()
    {
        var editor = await app.AccessAsync("editor", draftId);
        var cuba = await app.AccessAsync("cuba", draftId);
        var op1 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op1")!.Text;

        Assert.False((await Proposals.ProposeTextAsync(editor, "op1", "Changed;", null, CancellationToken.None)).IsSuccess);
        Assert.Contains("nothing to propose", (await Proposals.ProposeTextAsync(cuba, "op1", op1, null, CancellationToken.None)).Error);
        Assert.Contains("cannot be empty", (await Proposals.ProposeTextAsync(cuba, "op1", "  ", null, CancellationToken.None)).Error);
        Assert.Empty(await Proposals.ListAsync(draftId, CancellationToken.None));
        Assert.Equal(DraftRole.Delegation, cuba.Role);
    }

    [Fact]
    public async Task ProposalsToAddDeleteAndMoveParagraphs_AreWordedAndAppliedLive()
    {
        await using var observer = await HubClients.JoinAsync(app, draftId, "observer");
        var cuba = await app.AccessAsync("cuba", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var added = await Proposals.ProposeEditAsync(cuba, d => Ok(d.InsertParagraph(ResolutionDrafts.Domain.Drafts.ParagraphKind.Operative, "Decides to remain seized of the matter.", 13)), null, CancellationToken.None);
        var deleted = await Proposals.ProposeEditAsync(cuba, d => d.Delete("op1"), null, CancellationToken.None);
        var moved = await Proposals.ProposeEditAsync(cuba, d => d.MoveBy("pp2", -1), null, CancellationToken.None);

        Assert.True(added.IsSuccess, added.Error);
        Assert.StartsWith("After operative paragraph 5, insert a new paragraph", added.Value!.Wording("en"));
        Assert.Equal("Delete operative paragraph 1.", deleted.Value!.Wording("en"));
        Assert.Contains("preambular paragraph", moved.Value!.Wording("en"));

        foreach (var proposal in new[] { added.Value, deleted.Value, moved.Value })
        {
            Assert.Null((await Proposals.AcceptAsync(secretariat, proposal.Id, CancellationToken.None)).Error);
        }

        await HubClients.ConvergeAsync(app, draftId, observer);
        var text = (await observer.SnapshotAsync()).Draft;
        Assert.Null(text.FindNode("op1"));
        Assert.Equal("Decides to remain seized of the matter.", text.Paragraphs[^1].Text);
        Assert.Equal(["pp2", "pp1"], text.Paragraphs.Take(2).Select(p => p.Id));
    }

    private static ResolutionDrafts.Domain.Drafts.DomainResult Ok<T>(ResolutionDrafts.Domain.Drafts.DomainResult<T> result) =>
        result.IsSuccess ? ResolutionDrafts.Domain.Drafts.DomainResult.Ok() : ResolutionDrafts.Domain.Drafts.DomainResult.Fail(result.Error!);

    [Fact]
    public async Task AnAmendmentToAProposal_WhenAccepted_ChangesTheProposal_ThenTheProposalChangesTheText()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var brazil = await app.AccessAsync("brazil", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var op3 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        var parent = (await Proposals.ProposeTextAsync(cuba, "op3", op3.Replace("again urges", "again strongly urges", StringComparison.Ordinal), null, CancellationToken.None)).Value!;

        var sub = await Proposals.ProposeSubAmendmentAsync(brazil, parent.Id, "op3",
            op3.Replace("again urges", "again firmly urges", StringComparison.Ordinal), null, CancellationToken.None);

        Assert.True(sub.IsSuccess, sub.Error);
        Assert.Equal(parent.Proposal.Id, sub.Value!.Proposal.ParentId);
        Assert.Equal("In operative paragraph 3, replace the word “strongly” with the word “firmly”.", sub.Value.Wording("en"));
        // Sub-amendments are voted on before the proposal they amend.
        var order = ResolutionDrafts.Domain.Negotiation.VotingOrder.Suggest(
            (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft, (await Proposals.ListAsync(draftId, CancellationToken.None)).Select(p => p.Proposal));
        Assert.Equal([sub.Value.Proposal.Id, parent.Proposal.Id], order.Select(e => e.Proposal.Id));

        Assert.Null((await Proposals.AcceptAsync(secretariat, sub.Value.Id, CancellationToken.None)).Error);
        Assert.Equal(op3, (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text);
        var revised = (await Proposals.ListAsync(draftId, CancellationToken.None)).Single(p => p.Id == parent.Id);
        Assert.Equal("In operative paragraph 3, after the word “again”, insert the word “firmly”.", revised.Wording("en"));

        Assert.Null((await Proposals.AcceptAsync(secretariat, parent.Id, CancellationToken.None)).Error);
        Assert.StartsWith("Once again firmly urges", (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text);
    }
}
