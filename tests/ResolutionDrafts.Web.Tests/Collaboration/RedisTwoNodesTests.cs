using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15: two app nodes on one database and one Redis. Delegates on different nodes hear each
/// other live through the SignalR backplane, and an open page on one node hears of a change made on
/// the other (draft events over Redis, the session catching up from the database).
/// Runs in the PostgreSQL pass of scripts/test.sh, which starts Redis.
/// </summary>
[Trait("Needs", "redis")]
public sealed class RedisTwoNodesTests : IAsyncLifetime
{
    private AppFactory first = null!;
    private AppFactory second = null!;
    private Guid draftId;

    public async Task InitializeAsync()
    {
        first = new AppFactory { WithRedis = true };
        draftId = await first.CreateDraftAsync(SampleDrafts.Demo());
        second = new AppFactory(first.DatabasePath) { WithRedis = true };
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task DelegatesOnTwoNodes_SeeEachOthersEditsLive_AndAPageOnTheOtherNodeRefreshes()
    {
        var heardOnSecond = new ConcurrentQueue<DraftEvent>();
        await using var page = (await second.Drafts.WatchAsync(draftId, e => { heardOnSecond.Enqueue(e); return Task.CompletedTask; }, CancellationToken.None))!;
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(second, draftId, "brazil");

        await cuba.EditAsync(HubClients.Splice("op2", 0, "From node one: "));
        await HubClients.WaitUntilAsync(
            async () => (await brazil.SnapshotAsync()).Draft.FindNode("op2")!.Text.StartsWith("From node one: ", StringComparison.Ordinal),
            "Brazil, on node two, never heard Cuba's edit made on node one");
        await HubClients.WaitUntilAsync(() => heardOnSecond.Any(e => e.Kind == DraftEventKind.Text), () => "the page on node two heard no text event", TimeSpan.FromSeconds(10));
        Assert.StartsWith("From node one: ", (await second.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op2")!.Text);

        // Brazil answers on the revision he heard of, which node two's session catches up to first.
        await brazil.EditAsync(HubClients.Splice("op2", 0, "From node two: "));
        await HubClients.WaitUntilAsync(
            async () => (await cuba.SnapshotAsync()).Draft.FindNode("op2")!.Text.StartsWith("From node two: From node one: ", StringComparison.Ordinal),
            "Cuba, on node one, never heard Brazil's edit made on node two");
        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));
    }

    [Fact]
    public async Task PresenceOnOneNode_IsSeenOnTheOther_InTheJoinReply_OnPages_AndLive()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await cuba.UpdatePresenceAsync("op2", 3, 3);

        // Brazil joins on node two after Cuba moved: the reply itself says where Cuba is.
        await using var brazil = await HubClients.JoinAsync(second, draftId, "brazil");
        var cubaSeen = Assert.Single(brazil.Presence.Values, p => p.Delegation.Contains("(Cuba)", StringComparison.Ordinal));
        Assert.Equal("op2", cubaSeen.NodeId);
        Assert.Equal("", cubaSeen.ClientId);

        // A page on node two lists Cuba in op2, and follows her to op3.
        var presenceHeard = 0;
        await using var page = (await second.Drafts.WatchAsync(draftId, e =>
        {
            if (e.Kind == DraftEventKind.Presence)
            {
                Interlocked.Increment(ref presenceHeard);
            }

            return Task.CompletedTask;
        }, CancellationToken.None))!;
        var listed = await page.PresenceAsync(CancellationToken.None);
        Assert.Contains(listed, p => p.Delegation.Contains("(Cuba)", StringComparison.Ordinal) && p.NodeId == "op2");
        Assert.Contains(listed, p => p.Delegation.Contains("(Brazil)", StringComparison.Ordinal));

        await cuba.UpdatePresenceAsync("op3", 0, 0);
        await HubClients.WaitUntilAsync(() => Volatile.Read(ref presenceHeard) > 0, () => "the page on node two heard no presence event from node one", TimeSpan.FromSeconds(10));
        await HubClients.WaitUntilAsync(
            async () => (await page.PresenceAsync(CancellationToken.None)).Any(p => p.Delegation.Contains("(Cuba)", StringComparison.Ordinal) && p.NodeId == "op3"),
            "the page on node two never showed Cuba in op3");
        await HubClients.WaitUntilAsync(
            () => Task.FromResult(brazil.Presence.Values.Any(p => p.Delegation.Contains("(Cuba)", StringComparison.Ordinal) && p.NodeId == "op3")),
            "Brazil never saw Cuba move to op3");

        // Cuba leaves node one: the page on node two no longer lists her.
        await cuba.DisposeAsync();
        await HubClients.WaitUntilAsync(
            async () => !(await page.PresenceAsync(CancellationToken.None)).Any(p => p.Delegation.Contains("(Cuba)", StringComparison.Ordinal)),
            "the page on node two still lists Cuba after she left node one");
    }

    [Fact]
    public async Task AMemberRemovedOnOneNode_IsEvictedFromTheLiveSessionOnTheOther()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(second, draftId, "brazil");
        await HubClients.WaitUntilAsync(
            () => Task.FromResult(cuba.Presence.Values.Any(p => p.Delegation.Contains("(Brazil)", StringComparison.Ordinal))),
            "Cuba never saw Brazil join on node two");
        var brazilActor = await second.ActorAsync("brazil");
        Assert.NotNull(await second.Services.GetRequiredService<DraftAccessService>().ForAsync(brazilActor, draftId, CancellationToken.None));

        // The secretariat, on node one, removes Brazil.
        var secretariat = await first.AccessAsync("secretariat", draftId);
        Assert.Null((await first.Services.GetRequiredService<DraftAccessService>().RemoveMemberAsync(secretariat, brazilActor.UserId, CancellationToken.None)).Error);

        // Node two takes Brazil out: the others see him leave, and his page's access is gone (no 5 s cache wait).
        await HubClients.WaitUntilAsync(
            () => Task.FromResult(!cuba.Presence.Values.Any(p => p.Delegation.Contains("(Brazil)", StringComparison.Ordinal))),
            "Brazil, removed on node one, is still present in the draft through node two");
        Assert.Null(await second.Services.GetRequiredService<DraftAccessService>().ForAsync(brazilActor, draftId, CancellationToken.None));

        // What Cuba types now no longer reaches Brazil's connection on node two.
        await cuba.EditAsync(HubClients.Splice("op2", 0, "Not for Brazil: "));
        await HubClients.ConvergeAsync(first, draftId, cuba);
        await Task.Delay(500);
        Assert.DoesNotContain("Not for Brazil: ", (await brazil.SnapshotAsync()).Draft.FindNode("op2")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFacilitatorsFollowMe_OnNodeOne_ReachesAProjectionOnNodeTwo_WithWhereTo()
    {
        var heardOnSecond = new ConcurrentQueue<DraftEvent>();
        await using var page = (await second.Drafts.WatchAsync(draftId, e => { heardOnSecond.Enqueue(e); return Task.CompletedTask; }, CancellationToken.None))!;
        var state = new ResolutionDrafts.Web.Room.FollowState(Guid.NewGuid(), true, "op3");

        await first.Services.GetRequiredService<IDraftEvents>().PublishAsync(new DraftEvent(draftId, DraftEventKind.Follow, Detail: state.ToDetail()));

        await HubClients.WaitUntilAsync(() => heardOnSecond.Any(e => e.Kind == DraftEventKind.Follow), () => "the page on node two heard no follow event", TimeSpan.FromSeconds(10));
        var heard = heardOnSecond.First(e => e.Kind == DraftEventKind.Follow);
        var meeting = await second.Services.GetRequiredService<ResolutionDrafts.Web.Room.MeetingRoom>().HeardAsync(heard, CancellationToken.None);
        Assert.Equal(state, meeting!.State);
        Assert.Equal("op3", second.Services.GetRequiredService<ResolutionDrafts.Web.Room.MeetingRoom>().Current(draftId)!.State.ParagraphId);
    }
}
