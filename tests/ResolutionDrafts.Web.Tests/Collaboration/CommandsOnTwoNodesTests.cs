using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15: a command with rows of its own (issuing a revision, accepting a proposal) on a node that
/// has not yet heard what another node wrote. It cannot be moved past those writes once built, so it
/// is built on the change log as it stands: it succeeds, and stamps the other node's changes too.
/// Two app instances on one PostgreSQL database, no Redis between them (the node hears nothing).
/// </summary>
[Trait("Needs", "postgres")]
public sealed class CommandsOnTwoNodesTests : IAsyncLifetime
{
    private AppFactory first = null!;
    private AppFactory second = null!;
    private Guid draftId;

    public async Task InitializeAsync()
    {
        if (AppFactory.PostgresServer is null)
        {
            throw new InvalidOperationException("This test needs PostgreSQL: set RD_TEST_POSTGRES (scripts/test.sh starts one).");
        }

        first = new AppFactory();
        draftId = await first.CreateDraftAsync(SampleDrafts.Demo());
        second = new AppFactory(first.DatabasePath);
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task IssuingARevision_OnANodeBehindTheOther_Succeeds_AndStampsWhatTheOtherWrote()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");     // the first node holds the draft open
        await using var brazil = await HubClients.JoinAsync(second, draftId, "brazil"); // the second writes past it
        await brazil.EditAsync(HubClients.Splice("op3", 0, "Brazil "));
        await brazil.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));

        var issued = await first.Services.GetRequiredService<IRevisionService>()
            .IssueAsync(await first.AccessAsync("secretariat", draftId), new IssueRevisionRequest("A/80/L.6/Rev.1", null), CancellationToken.None);

        Assert.True(issued.IsSuccess, issued.Error);
        var revision = await first.Services.GetRequiredService<IRevisionService>().LoadAsync(issued.Value!.Id, CancellationToken.None);
        Assert.StartsWith("Brazil ", revision!.Draft.FindNode("op3")!.Text);
    }

    [Fact]
    public async Task TheStoredStateBesideTheLiveOne_KeepsNoMoreHistoryThanTheLiveOne()
    {
        // The copy a session keeps of the draft as stored (several nodes) had its change log trimmed
        // never, the live one at every snapshot: a long day of typing grew it without bound.
        await using var lease = await first.Services.GetRequiredService<ResolutionDrafts.Web.Collaboration.DraftSessions>().AcquireAsync(draftId, CancellationToken.None);
        var secretariat = await first.AccessAsync("secretariat", draftId);
        var count = ResolutionDrafts.Web.Tests.Infrastructure.HubClients.Timeout(120);
        for (var i = 0; i < ResolutionDrafts.Web.Collaboration.SessionStore.HistoryKept + ResolutionDrafts.Web.Collaboration.DraftSession.SnapshotEvery + 10; i++)
        {
            var done = await first.Drafts.ApplyAsync(draftId, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op2", $"Notes the report {i};"), secretariat, count);
            Assert.True(done.IsSuccess, done.Error);
        }

        var (live, stored) = lease!.Session.HistoryInMemory;
        Assert.True(stored > 0, "On PostgreSQL the session keeps the stored state beside the live one.");
        Assert.True(stored <= ResolutionDrafts.Web.Collaboration.SessionStore.HistoryKept + ResolutionDrafts.Web.Collaboration.DraftSession.SnapshotEvery, $"live {live}, stored {stored}");
    }
}
