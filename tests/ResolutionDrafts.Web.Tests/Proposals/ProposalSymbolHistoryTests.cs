using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// The symbol the secretariat issues an amendment under ("Issue as an L document") is a line of the proposal's history,
/// as the audit log has it (issue 16, noticed at stop 28): who gave it, when, and the symbol; given after the proposal
/// was decided too, kept when the proposal is read back from the database, and taken away with a line of its own.
/// </summary>
public sealed class ProposalSymbolHistoryTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<ProposalView> ProposeAsync()
    {
        var op1 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        var made = await Proposals.ProposeTextAsync(await app.AccessAsync("burundi", draftId), "op1", op1.Replace("Takes note of", "Welcomes", StringComparison.Ordinal), null, CancellationToken.None);
        return made.Value!;
    }

    private async Task<Proposal> StoredAsync() => (await Proposals.ListAsync(draftId, CancellationToken.None)).Single().Proposal;

    [Fact]
    public async Task GivingTheSymbol_IsALineOfTheHistory_WithWhoAndTheSymbol()
    {
        var proposal = await ProposeAsync();
        var secretariat = await app.AccessAsync("secretariat", draftId);

        Assert.Null((await Proposals.SetSymbolAsync(secretariat, proposal.Id, " A/80/L.12 ", CancellationToken.None)).Error);

        var stored = await StoredAsync();
        var line = stored.History[^1];
        Assert.Equal(ProposalEvent.SymbolGiven, line.Event);
        Assert.Equal("A/80/L.12", line.Note);
        Assert.Equal(ProposalState.Proposed, line.State);
        Assert.Equal("issued as an L document", NegotiationWords.Event(line.Event));

        // The same symbol again adds nothing; a refused symbol adds nothing.
        Assert.Null((await Proposals.SetSymbolAsync(secretariat, proposal.Id, "A/80/L.12", CancellationToken.None)).Error);
        Assert.NotNull((await Proposals.SetSymbolAsync(secretariat, proposal.Id, "L twelve", CancellationToken.None)).Error);
        Assert.Equal(stored.History.Count, (await StoredAsync()).History.Count);
    }

    [Fact]
    public async Task AnAcceptedAmendment_IsIssuedAndUnissued_AndItsHistoryReadsBack()
    {
        var proposal = await ProposeAsync();
        var secretariat = await app.AccessAsync("secretariat", draftId);
        Assert.Null((await Proposals.AcceptAsync(secretariat, proposal.Id, CancellationToken.None)).Error);

        Assert.Null((await Proposals.SetSymbolAsync(secretariat, proposal.Id, "A/80/L.12", CancellationToken.None)).Error);
        Assert.Null((await Proposals.SetSymbolAsync(secretariat, proposal.Id, "A/80/L.13", CancellationToken.None)).Error);
        Assert.Null((await Proposals.SetSymbolAsync(secretariat, proposal.Id, "", CancellationToken.None)).Error);

        // Read back from the database (its history checked as it loads): still accepted, with the three lines in order.
        var stored = await StoredAsync();
        Assert.Equal(ProposalState.Accepted, stored.State);
        Assert.Null(stored.Symbol);
        Assert.Equal(
            [(ProposalEvent.SymbolGiven, "A/80/L.12"), (ProposalEvent.SymbolGiven, "A/80/L.13"), (ProposalEvent.SymbolRemoved, "A/80/L.13")],
            stored.History.Skip(2).Select(h => (h.Event, h.Note)));
        Assert.All(stored.History.Skip(2), h => Assert.Equal(ProposalState.Accepted, h.State));
    }
}
