using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Drafts;

/// <summary>
/// Issue 19: a command that changes the live text and saves rows of its own (an accepted proposal, an
/// issued revision) happens whole or not at all. A failure is injected into the database write of
/// the second half; neither half may be found stored afterwards.
/// </summary>
public sealed class AtomicCommandTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FailingSaves failing = new();
    private readonly AppFactory app;

    public AtomicCommandTests() => app = new AppFactory { TestServices = services => services.AddSingleton<IInterceptor>(failing) };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task IssuingARevision_WhoseRowCannotBeSaved_LeavesTheLiveTextUnstamped()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var before = (await app.Drafts.LoadAsync(id, None))!;
        failing.When = tracker => tracker.Entries<RevisionRecord>().Any(e => e.State == EntityState.Added);

        var issued = await app.Services.GetRequiredService<IRevisionService>().IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6/Rev.1", null), None);

        failing.When = null;
        Assert.False(issued.IsSuccess);
        var after = (await app.Drafts.LoadAsync(id, None))!;
        Assert.Equal(before.Draft.Metadata.Symbol, after.Draft.Metadata.Symbol);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Empty(await app.Services.GetRequiredService<IRevisionService>().ListAsync(id, None));
        Assert.Equal(before.Revision, await LoggedRevisionAsync(id));

        // Nothing was left half-done: the same revision issues cleanly now.
        var again = await app.Services.GetRequiredService<IRevisionService>().IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6/Rev.1", null), None);
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal("A/80/L.6/Rev.1", (await app.Drafts.LoadAsync(id, None))!.Draft.Metadata.Symbol);
    }

    [Fact]
    public async Task AcceptingAProposal_WhoseStateCannotBeSaved_LeavesTheTextAsItWas()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);
        var proposals = app.Services.GetRequiredService<ProposalService>();
        var op3 = (await app.Drafts.LoadAsync(id, None))!.Draft.FindNode("op3")!.Text;
        var proposed = await proposals.ProposeTextAsync(await app.AccessAsync("cuba", id), "op3", op3.Replace("again urges", "again strongly urges", StringComparison.Ordinal), null, None);
        Assert.True(proposed.IsSuccess, proposed.Error);
        var before = (await app.Drafts.LoadAsync(id, None))!;
        failing.When = tracker => tracker.Entries<ProposalRecord>().Any(e => e.State == EntityState.Modified);

        var error = (await proposals.AcceptAsync(await app.AccessAsync("secretariat", id), proposed.Value!.Id, None)).Error;

        failing.When = null;
        Assert.NotNull(error);
        var after = (await app.Drafts.LoadAsync(id, None))!;
        Assert.Equal(op3, after.Draft.FindNode("op3")!.Text);
        Assert.Equal(before.Revision, await LoggedRevisionAsync(id));
        Assert.Equal(ProposalState.Proposed, (await proposals.ListAsync(id, None)).Single().Proposal.State);

        // And once the database takes it, the acceptance goes through whole.
        Assert.Null((await proposals.AcceptAsync(await app.AccessAsync("secretariat", id), proposed.Value!.Id, None)).Error);
        Assert.Contains("again strongly urges", (await app.Drafts.LoadAsync(id, None))!.Draft.FindNode("op3")!.Text);
        Assert.Equal(ProposalState.Accepted, (await proposals.ListAsync(id, None)).Single().Proposal.State);
    }

    private async Task<int> LoggedRevisionAsync(Guid id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Operations.Where(o => o.DraftId == id).MaxAsync(o => (int?)o.Revision) ?? 0;
    }
}
