using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// Issue 17: one delegation could make the same proposal twice (the same instruction on the same text),
/// and the negotiation view then credited the wording to "Cuba; Cuba". The second is refused, naming the
/// first; where one delegation's two different proposals read the same at one place, it is named once.
/// </summary>
public sealed class DuplicateProposalTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<string> Op(string id) => (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode(id)!.Text;

    [Fact]
    public async Task TheSameProposalTwice_IsRefused_NamingTheFirst_AnotherDelegationMayMakeIt_AndAfterWithdrawingItMayBeMadeAgain()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var op3 = await Op("op3");
        var invites = op3.Replace("again urges", "again invites", StringComparison.Ordinal);
        var other = (await Proposals.ProposeTextAsync(cuba, "op1", "Takes note of the report of the Secretary-General;", null, CancellationToken.None)).Value!;
        var first = await Proposals.ProposeTextAsync(cuba, "op3", invites, null, CancellationToken.None);
        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(2, first.Value!.Number);

        var again = await Proposals.ProposeTextAsync(cuba, "op3", invites, null, CancellationToken.None);

        Assert.False(again.IsSuccess);
        Assert.StartsWith("Cuba already proposed this: proposal 2.", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await Proposals.ListAsync(draftId, CancellationToken.None)).Count);

        // Another wording on the same paragraph is another proposal.
        Assert.True((await Proposals.ProposeTextAsync(cuba, "op3", op3.Replace("again urges", "again calls upon", StringComparison.Ordinal), null, CancellationToken.None)).IsSuccess);
        // Brazil may make Cuba's proposal (or join it).
        Assert.True((await Proposals.ProposeTextAsync(await app.AccessAsync("brazil", draftId), "op3", invites, null, CancellationToken.None)).IsSuccess);
        // Withdrawn, it no longer stands in the way.
        Assert.Null((await Proposals.WithdrawAsync(cuba, first.Value.Id, CancellationToken.None)).Error);
        Assert.True((await Proposals.ProposeTextAsync(cuba, "op3", invites, null, CancellationToken.None)).IsSuccess);
        Assert.NotEqual(other.Id, first.Value.Id);
    }

    [Fact]
    public async Task AProposalCubaJoined_CountsAsCubas()
    {
        var brazil = await app.AccessAsync("brazil", draftId);
        var cuba = await app.AccessAsync("cuba", draftId);
        var invites = (await Op("op3")).Replace("again urges", "again invites", StringComparison.Ordinal);
        var brazils = (await Proposals.ProposeTextAsync(brazil, "op3", invites, null, CancellationToken.None)).Value!;
        Assert.Null((await Proposals.JoinAsync(cuba, brazils.Id, CancellationToken.None)).Error);

        var again = await Proposals.ProposeTextAsync(cuba, "op3", invites, null, CancellationToken.None);

        Assert.StartsWith("Cuba already proposed this: proposal 1.", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NegotiationView_NamesADelegationOnce_WhenTwoOfItsProposalsReadTheSameAtOnePlace()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var op3 = await Op("op3");
        var invites = op3.Replace("again urges", "again invites", StringComparison.Ordinal);
        // Two different proposals (the second also changes OP1) that both make OP3 read "again invites".
        Assert.True((await Proposals.ProposeTextAsync(cuba, "op3", invites, null, CancellationToken.None)).IsSuccess);
        var both = await Proposals.ProposeEditAsync(cuba, d => Both(d.SetText("op3", invites), d.SetText("op1", "Takes note of the report of the Secretary-General;")), null, CancellationToken.None);
        Assert.True(both.IsSuccess, both.Error);

        var response = await (await app.ClientAsAsync("cuba")).GetAsync($"/drafts/{draftId}/negotiation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Cuba", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cuba; Cuba", html, StringComparison.Ordinal);
    }

    private static DomainResult Both(DomainResult first, DomainResult second) => first.IsSuccess ? second : first;
}
