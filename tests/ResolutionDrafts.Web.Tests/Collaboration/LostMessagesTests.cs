using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15: a broadcast that never arrives although the connection stays up (with several nodes,
/// one published through Redis while Redis is away). The session's broadcasts are dropped here on
/// purpose; the .NET client must notice — a revision skipped, or its own change not acknowledged
/// within its timeout — and catch up on the same connection, keeping its edits and applying each once.
/// </summary>
public sealed class LostMessagesTests : IAsyncLifetime
{
    private readonly LossyBroadcaster lossy = new();
    private readonly AppFactory app;
    private Guid draftId;

    public LostMessagesTests() =>
        app = new AppFactory
        {
            TestServices = services => services.AddSingleton<ISessionBroadcaster>(provider => lossy.Around(provider.GetRequiredService<HubBroadcaster>())),
        };

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AnAcknowledgementThatNeverComes_TheClientAsksAfterItsTimeout_AndTheChangeIsAppliedOnce()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        cuba.AckTimeout = TimeSpan.FromSeconds(1);

        lossy.DropNext(1); // the batch carrying Cuba's change, her acknowledgement with it
        await cuba.EditAsync(HubClients.Splice("op2", 0, "Also "));
        await cuba.EditAsync(HubClients.Splice("op2", 0, "Firmly ")); // buffered behind it

        await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(15));
        await HubClients.ConvergeAsync(app, draftId, cuba);
        Assert.Equal(1, lossy.Dropped);
        Assert.True(cuba.CatchUps >= 1, "the client caught up by its timeout");
        Assert.Empty(cuba.Refusals);
        Assert.Empty(cuba.Dropped);
        var text = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op2")!.Text;
        Assert.StartsWith("Firmly Also ", text, StringComparison.Ordinal);
        await AppliedOnceAsync(cuba.ClientId);
    }

    [Fact]
    public async Task ABroadcastLost_TheNextRevealsTheGap_AndBothCatchUpWithoutReloadingOrRefusals()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");
        // Never by timeout here: only the gap can tell them.
        cuba.AckTimeout = Timeout.InfiniteTimeSpan;
        brazil.AckTimeout = Timeout.InfiniteTimeSpan;

        lossy.DropNext(1);
        await cuba.EditAsync(HubClients.Splice("op2", 0, "c"));
        await HubClients.WaitUntilAsync(() => lossy.Dropped == 1, () => "the batch was not dropped", TimeSpan.FromSeconds(10));
        await brazil.EditAsync(HubClients.Splice("op3", 0, "b")); // its batch reaches both, one revision ahead of them

        await HubClients.ConvergeAsync(app, draftId, cuba, brazil);
        Assert.Equal(1, cuba.CatchUps);
        Assert.Equal(1, brazil.CatchUps);
        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));
        Assert.Empty(cuba.Dropped.Concat(brazil.Dropped));
        var server = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        foreach (var client in new[] { cuba, brazil })
        {
            var (draft, _, _) = await client.SnapshotAsync();
            Assert.Equal(server.FindNode("op2")!.Text, draft.FindNode("op2")!.Text);
            Assert.Equal(server.FindNode("op3")!.Text, draft.FindNode("op3")!.Text);
        }

        await AppliedOnceAsync(cuba.ClientId);
    }

    private async Task AppliedOnceAsync(string clientId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var seqs = await db.Operations.Where(o => o.DraftId == draftId && o.ClientId == clientId).Select(o => o.ClientSeq).ToListAsync();
        Assert.NotEmpty(seqs);
        Assert.Equal(seqs.Count, seqs.Distinct().Count());
    }

    /// <summary>The app's broadcaster, except that the next N batches sent to a whole draft (OperationsApplied) go nowhere.</summary>
    private sealed class LossyBroadcaster
    {
        private int toDrop;
        private int dropped;

        public int Dropped => Volatile.Read(ref dropped);

        public void DropNext(int count) => Volatile.Write(ref toDrop, count);

        public ISessionBroadcaster Around(ISessionBroadcaster inner) => new Broadcaster(inner, this);

        private bool TakeDrop()
        {
            if (Interlocked.Decrement(ref toDrop) < 0)
            {
                Interlocked.Increment(ref toDrop);
                return false;
            }

            Interlocked.Increment(ref dropped);
            return true;
        }

        private sealed class Broadcaster(ISessionBroadcaster inner, LossyBroadcaster lossy) : ISessionBroadcaster
        {
            public Task AddToDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken) => inner.AddToDraftAsync(connectionId, draftId, cancellationToken);

            public Task RemoveFromDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken) => inner.RemoveFromDraftAsync(connectionId, draftId, cancellationToken);

            public IDraftClient Connection(string connectionId) => inner.Connection(connectionId);

            public IDraftClient Others(Guid draftId, string? exceptConnectionId) => new Group(inner.Others(draftId, exceptConnectionId), lossy);
        }

        private sealed class Group(IDraftClient inner, LossyBroadcaster lossy) : IDraftClient
        {
            public Task DraftJoined(DraftJoined message) => inner.DraftJoined(message);

            public Task OperationsApplied(OperationsApplied message) => lossy.TakeDrop() ? Task.CompletedTask : inner.OperationsApplied(message);

            public Task OperationAcknowledged(OperationAcknowledged message) => inner.OperationAcknowledged(message);

            public Task OperationRefused(OperationRefused message) => inner.OperationRefused(message);

            public Task PresenceChanged(PresenceChanged message) => inner.PresenceChanged(message);

            public Task PresenceLeft(PresenceLeft message) => inner.PresenceLeft(message);
        }
    }
}
