using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Client;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// The session writes and sends what arrives within one batch window together (docs/hub-protocol.md,
/// "Batches"): the first operation after a quiet spell at once, the rest at the end of the window,
/// never before they are in the change log, and all of a failed write refused together.
/// </summary>
public sealed class BatchTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1); // the longest allowed
    private readonly FailingSaves failing = new();
    private readonly AppFactory app;
    private readonly ConcurrentQueue<Received> received = new();
    private Guid draftId;

    public BatchTests() => app = new AppFactory
    {
        Settings = { ["Collaboration:BatchWindow"] = Window.ToString() },
        TestServices = services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(failing),
    };

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OperationsWithinOneWindow_ReachEveryoneInOneMessage_InOrder_AfterTheyAreSaved()
    {
        await using var observer = await ObserverAsync();
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");
        await using var burundi = await HubClients.JoinAsync(app, draftId, "burundi");

        // After a quiet spell the first operation goes out at once, not at the end of a window.
        var clock = Stopwatch.StartNew();
        await cuba.EditAsync(HubClients.Splice("op1", 0, "Firmly "));
        await cuba.WhenSynchronizedAsync(Window * 2);
        Assert.True(clock.Elapsed < Window * 0.8, $"A lone operation waited {clock.Elapsed} for its acknowledgement.");

        // The next two come within the window that flush opened: they are written and sent together.
        await brazil.EditAsync(HubClients.Splice("op2", 0, "Brazil "));
        await burundi.EditAsync(HubClients.Splice("op3", 0, "Burundi "));
        await HubClients.ConvergeAsync(app, draftId, observer, cuba, brazil, burundi);

        var batches = received.ToArray();
        Assert.Equal([[1], [2, 3]], batches.Select(b => b.Revisions));
        Assert.All(batches, b => Assert.True(b.AllSavedOnArrival, $"Revisions {string.Join(", ", b.Revisions)} arrived before they were saved."));
        var server = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.StartsWith("Brazil ", server.FindNode("op2")!.Text);
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of((await observer.SnapshotAsync()).Draft));
        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals).Concat(burundi.Refusals));
    }

    [Fact]
    public async Task ARevisionAnotherNodeTookFirst_IsTakenIn_AndTheBatchIsSentAgainTransformed()
    {
        await using var observer = await ObserverAsync();
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");

        // Another app node takes revision 2 in the change log behind the session's back: it inserts a
        // word at the start of OP2, where Cuba is about to type too.
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        await AnotherNode.WritesAsync(app, draftId, 2, EditText.Splice(live, "op2", 0, 0, "Elsewhere ").Value!);

        await cuba.EditAsync(HubClients.Splice("op1", 0, "Firmly ")); // revision 1 is still free: written at once, opening a window
        await cuba.WhenSynchronizedAsync(Window * 2);
        await cuba.EditAsync(HubClients.Splice("op2", 0, "Cuba "));     // revision 2 in memory: taken in the database
        await brazil.EditAsync(HubClients.Splice("op3", 0, "Brazil ")); // revision 3 in memory, in the same batch
        await HubClients.ConvergeAsync(app, draftId, observer, cuba, brazil);

        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));
        Assert.Equal([[1], [2], [3, 4]], received.Select(b => b.Revisions)); // the other node's revision 2, then theirs, moved past it
        Assert.All(received, b => Assert.True(b.AllSavedOnArrival));
        var stored = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.Equal((1, 1), (CountOf(stored.FindNode("op2")!.Text, "Cuba "), CountOf(stored.FindNode("op2")!.Text, "Elsewhere ")));
        Assert.StartsWith("Brazil ", stored.FindNode("op3")!.Text);
        Assert.Equal(DraftCanonicalForm.Of(stored), DraftCanonicalForm.Of((await cuba.SnapshotAsync()).Draft));
        Assert.Equal(DraftCanonicalForm.Of(stored), DraftCanonicalForm.Of((await observer.SnapshotAsync()).Draft));
    }

    [Fact]
    public async Task AWriteThatFails_RefusesEveryOperationOfItsBatch_AndNobodyHearsOfThem()
    {
        await using var observer = await ObserverAsync();
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");

        await cuba.EditAsync(HubClients.Splice("op1", 0, "Firmly ")); // revision 1, written at once; it opens a window
        await cuba.WhenSynchronizedAsync(Window * 2);
        failing.When = tracker => tracker.Entries<OperationRecord>().Any(e => e.State == EntityState.Added); // the database stops taking writes
        await cuba.EditAsync(HubClients.Splice("op2", 0, "Cuba "));     // revisions 2 and 3 in memory, one batch
        await brazil.EditAsync(HubClients.Splice("op3", 0, "Brazil "));
        await HubClients.WaitUntilAsync(() => cuba.Refusals.Count > 0 && brazil.Refusals.Count > 0, () => $"cuba: {string.Join("; ", cuba.Refusals)} brazil: {string.Join("; ", brazil.Refusals)} heard: {string.Join(" / ", received.Select(b => string.Join(",", b.Revisions)))}", TimeSpan.FromSeconds(20));
        failing.When = null;

        Assert.Contains("could not be saved", Assert.Single(cuba.Refusals));
        Assert.Contains("could not be saved", Assert.Single(brazil.Refusals));
        Assert.Equal([[1]], received.Select(b => b.Revisions)); // nobody heard of what was not saved
        var stored = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.DoesNotContain("Cuba ", stored.FindNode("op2")!.Text);
        Assert.DoesNotContain("Brazil ", stored.FindNode("op3")!.Text);

        // The session reloaded from the database and goes on from there, with everyone who had not been refused.
        await using var burundi = await HubClients.JoinAsync(app, draftId, "burundi");
        Assert.Equal(1, (await burundi.SnapshotAsync()).Revision);
        await burundi.EditAsync(HubClients.Splice("op2", 0, "Burundi "));
        await HubClients.ConvergeAsync(app, draftId, burundi, observer);
        Assert.StartsWith("Burundi ", (await observer.SnapshotAsync()).Draft.FindNode("op2")!.Text);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>A participant that records each batch it hears and whether its entries were in the change log by then.</summary>
    private async Task<LiveDraftConnection> ObserverAsync()
    {
        var hub = HubClients.Connection(app, await app.CookieAsync("observer"));
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        hub.On<OperationsApplied>(nameof(IDraftClient.OperationsApplied), async message =>
        {
            var revisions = message.Entries.Select(e => e.Revision).ToArray();
            await using var db = await dbFactory.CreateDbContextAsync();
            var saved = await db.Operations.CountAsync(o => o.DraftId == draftId && revisions.Contains(o.Revision));
            received.Enqueue(new Received(revisions, saved == revisions.Length));
        });
        return await LiveDraftConnection.JoinAsync(hub, draftId, HubClients.Timeout());
    }

    private sealed record Received(int[] Revisions, bool AllSavedOnArrival);
}
