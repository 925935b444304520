using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// Issue 19: listing a draft's proposals parsed both stored texts of every proposal and recomputed its
/// amendment on every page refresh. The store does that once per stored pair of texts, and reads anew
/// when a text is rewritten.
/// </summary>
public sealed class ProposalStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AppFactory app = new();
    private Guid draftId;

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ListingTwice_ParsesEachProposalsTextsOnce()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var op3 = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op3")!.Text;
        Assert.True((await Proposals.ProposeTextAsync(cuba, "op3", op3 + " (one)", null, None)).IsSuccess);
        Assert.True((await Proposals.ProposeTextAsync(cuba, "op3", op3 + " (two)", null, None)).IsSuccess);

        var first = await Proposals.ListAsync(draftId, None);
        var second = await Proposals.ListAsync(draftId, None);

        Assert.Equal(2, first.Count);
        Assert.All(first.Zip(second), pair =>
        {
            Assert.Same(pair.First.Original, pair.Second.Original);
            Assert.Same(pair.First.Proposed, pair.Second.Proposed);
            Assert.NotSame(pair.First.Proposal, pair.Second.Proposal); // the state is read fresh: it changes with every decision
        });
    }

    [Fact]
    public async Task ARewrittenProposedText_IsReadAnew()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var op3 = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op3")!.Text;
        var made = await Proposals.ProposeTextAsync(cuba, "op3", op3 + " (one)", null, None);
        Assert.True(made.IsSuccess, made.Error);
        Assert.Contains("(one)", Assert.Single(await Proposals.ListAsync(draftId, None)).Wording("en"));

        var rewritten = made.Value!.Original.Clone();
        Assert.True(rewritten.SetText("op3", op3 + " (three)").IsSuccess);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var row = await db.Proposals.SingleAsync(p => p.Id == made.Value.Id);
            row.ProposedJson = DraftJson.Serialize(rewritten);
            await db.SaveChangesAsync();
        }

        var read = Assert.Single(await Proposals.ListAsync(draftId, None));
        Assert.Contains("(three)", read.Wording("en"));
        Assert.Equal(op3 + " (three)", read.Proposed.FindNode("op3")!.Text);
    }
}
