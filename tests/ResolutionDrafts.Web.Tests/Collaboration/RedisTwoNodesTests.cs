using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
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
