using System.Text.Json;
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
/// Issue 20: over the hub's per-user limit (all of one user's connections together), a change was
/// refused and the client reloaded, dropping what was typed meanwhile. "Slow down" is now a
/// retryable answer (<see cref="RefusalReasons.SlowDown"/> with a wait): nothing of the change is
/// applied, the client keeps it, merges later keystrokes and sends the same submission again.
/// Real SignalR connections to the app on a real database; the user's limit is set low (20 a second)
/// so that three connections typing at a person's pace go over it.
/// </summary>
public sealed class SlowDownTests : IAsyncLifetime
{
    private const string Typed = "and calls upon all States, 联合国 Member States, to cooperate fully";

    /// <summary>The user's burst here: fewer than three tabs' first changes, so the user's limit is reached however slowly the machine types.</summary>
    private const int Burst = 2;

    /// <summary>The limits' clock, standing still until a test lets it run: nothing is refilled while the test counts.</summary>
    private readonly ManualClock clock = new();

    private readonly AppFactory app;

    public SlowDownTests() => app = new()
    {
        Settings =
        {
            ["Collaboration:UserOperationsPerSecond"] = "20",
            ["Collaboration:UserOperationBurst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        TestServices = clock.Register,
    };

    private Guid draftId;

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OneUserInThreeConnections_TypingOverTheUsersLimit_EveryKeystrokeIsStoredOnce_AndAllConverge()
    {
        string[] paragraphs = ["pp1", "op1", "op2"];
        var tabs = new List<LiveDraftConnection>();
        for (var i = 0; i < paragraphs.Length; i++)
        {
            tabs.Add(await HubClients.JoinAsync(app, draftId, "cuba"));
        }

        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil"); // another user, watching
        var before = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;

        // Each tab types into a paragraph of its own, key by key at about 60 keys a second: within
        // each connection's own limit (40 a second after a burst of 80), three times the user's.
        await Task.WhenAll(tabs.Select((tab, i) => Task.Run(async () =>
        {
            foreach (var key in Typed)
            {
                var typed = await tab.EditAsync(draft => HubClients.Splice(paragraphs[i], draft.FindNode(paragraphs[i])!.Text.Length, key.ToString())(draft));
                Assert.True(typed.IsSuccess, typed.Error);
                await Task.Delay(15);
            }
        })));

        // Each tab sent at least its first change, three over the user's burst of two, with the clock still: the user's
        // limit was reached. Now it refills at 20 a second and the changes held back go again.
        clock.Run();
        await HubClients.ConvergeAsync(app, draftId, [.. tabs, brazil]);

        var server = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        foreach (var id in paragraphs)
        {
            // Every key once: none lost to a reload, none applied twice by a resend.
            Assert.Equal(before.FindNode(id)!.Text + Typed, server.FindNode(id)!.Text);
        }

        foreach (var client in tabs.Append(brazil))
        {
            Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of((await client.SnapshotAsync()).Draft));
            Assert.Empty(client.Refusals);
            Assert.Empty(client.Dropped);
        }

        var slowDowns = tabs.SelectMany(t => t.SlowDowns).ToList();
        Assert.NotEmpty(slowDowns); // the user's limit was reached, so the above is the retry's doing
        Assert.All(slowDowns, m => Assert.Contains("your connections together may send at most 20 changes a second", m, StringComparison.Ordinal));
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            foreach (var tab in tabs)
            {
                var seqs = await db.Operations.Where(o => o.DraftId == draftId && o.ClientId == tab.ClientId).Select(o => o.ClientSeq).ToListAsync();
                Assert.Equal(seqs.Count, seqs.Distinct().Count());
            }
        }

        foreach (var tab in tabs)
        {
            await tab.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheSlowDownAnswer_SaysWhyAndHowLongToWait_AndNothingOfTheChangeIsApplied()
    {
        var before = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;
        var answers = new System.Collections.Concurrent.ConcurrentQueue<OperationRefused>();
        var hub = HubClients.Connection(app, await app.CookieAsync("cuba"));
        hub.On<OperationRefused>(nameof(IDraftClient.OperationRefused), answers.Enqueue);
        await using var raw = await LiveDraftConnection.JoinAsync(hub, draftId, HubClients.Timeout());

        // The user's bucket holds two, and the clock stands still: twenty changes from this connection, each a new seq.
        for (var seq = 1; seq <= 20; seq++)
        {
            await raw.SendRawAsync(new { draftId, clientId = raw.ClientId, clientSeq = seq, baseRevision = before.Revision, operation = JsonDocument.Parse($$"""{"type":"editText","nodeId":"op2","operation":["{{seq}}",{{before.Draft.FindNode("op2")!.Text.Length}}]}""").RootElement });
        }

        // Every one either applied or answered.
        await HubClients.WaitUntilAsync(
            async () => answers.Count + (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision - before.Revision == 20, "an answer to each of the 20");
        var slowedDown = answers.ToList();
        Assert.Equal(20 - Burst, slowedDown.Count);
        Assert.All(slowedDown, a =>
        {
            Assert.Equal(RefusalReasons.SlowDown, a.Reason);
            Assert.InRange(a.RetryAfterMs ?? -1, 10, 5000);
        });

        // Exactly those not answered "slow down" were applied (each transformed onto the one before it).
        var after = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;
        Assert.Equal(20 - slowedDown.Count, after.Revision - before.Revision);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var applied = await db.Operations.Where(o => o.DraftId == draftId && o.ClientId == raw.ClientId).Select(o => o.ClientSeq).ToListAsync();
        Assert.Empty(applied.Intersect(slowedDown.Select(a => a.ClientSeq)));
    }

    /// <summary>What a client built before these fields existed reads: the same refusal, the new fields ignored (it reloads, as it always did).</summary>
    private sealed record OperationRefusedBeforeIssue20(Guid DraftId, long ClientSeq, string Error);

    [Fact]
    public void OldAndNewClients_ReadEachOthersRefusals()
    {
        var options = DraftOperationJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var id = Guid.NewGuid();

        var fromNewServer = JsonSerializer.Serialize(new OperationRefused(id, 7, "Slow down: …", RefusalReasons.SlowDown, 120), options);
        Assert.Contains("\"reason\":\"slowDown\"", fromNewServer, StringComparison.Ordinal);
        Assert.Contains("\"retryAfterMs\":120", fromNewServer, StringComparison.Ordinal);
        Assert.Equal(new OperationRefusedBeforeIssue20(id, 7, "Slow down: …"), JsonSerializer.Deserialize<OperationRefusedBeforeIssue20>(fromNewServer, options));

        var fromOldServer = JsonSerializer.Serialize(new OperationRefusedBeforeIssue20(id, 7, "Refused."), options);
        Assert.Equal(new OperationRefused(id, 7, "Refused."), JsonSerializer.Deserialize<OperationRefused>(fromOldServer, options));
    }
}
