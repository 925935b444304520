using System.Diagnostics;
using System.Text.Json.Nodes;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>One connection flooding the hub is told to slow down; the others keep their latency.</summary>
// Rate limits do not depend on the store; on PostgreSQL here the server drains a flood slower than the limits, so they would not engage.
[Trait("Storage", "sqlite-only")]
public sealed class FloodTests : IAsyncLifetime
{
    private readonly ManualClock clock = new();
    private readonly AppFactory app;
    private Guid draftId;

    public FloodTests() => app = new() { TestServices = clock.Register };

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task FloodingConnection_IsThrottledWhileAnotherDelegationKeepsTyping()
    {
        clock.Run(); // the limits' clock goes with real time here: the typist's latency is what is measured
        // The secretariat may change the title: every flooded operation is allowed, only too many.
        await using var flooder = await HubClients.JoinAsync(app, draftId, "secretariat");
        await using var typist = await HubClients.JoinAsync(app, draftId, "cuba");
        var revision = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision;

        // 1,000 operations a second for two seconds, each a valid edit that would change the title.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var flood = Task.Run(async () =>
        {
            var seq = 0L;
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested && seq < 2_000)
            {
                seq++;
                await flooder.SendRawAsync(new { draftId, clientId = flooder.ClientId, clientSeq = seq, baseRevision = revision, operation = JsonNode.Parse($$"""{"type":"setTitle","title":"Flood {{seq}}"}""") });
                var due = TimeSpan.FromMilliseconds(seq);
                if (clock.Elapsed < due)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
            }

            return seq;
        });

        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await typist.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, "x").Value!));
            await typist.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(50);
        }

        var sent = await flood;
        Assert.True(sent > 1_000, $"the flood sent only {sent}");
        Assert.Contains(flooder.SlowDowns, r => r.StartsWith("Slow down", StringComparison.Ordinal));
        latencies.Sort();
        var p95 = latencies[(int)(latencies.Count * 0.95) - 1];
        Assert.True(p95 < 250, $"the typist's acknowledgements took up to {p95:F0} ms (p95) during the flood");
        Assert.Empty(typist.Refusals);
        var applied = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision - revision - latencies.Count;
        Assert.True(applied <= ResolutionDrafts.Web.Hubs.ConnectionRateLimit.Burst + ResolutionDrafts.Web.Hubs.ConnectionRateLimit.PerSecond * 4,
            $"{applied} flooded operations were applied: the limit did not hold");
    }

    [Fact]
    public async Task OneUserOnManyConnections_IsLimitedAsAUser()
    {
        // Eight connections of one user, each within its own burst (80), together over the user's (200). The limits' clock
        // stands still, so nothing is refilled however long the machine takes: exactly what is over the user's burst is
        // refused, each "slow down" for the user's connections together, none for a connection's own limit.
        const int each = 40;
        Assert.True(each < ResolutionDrafts.Web.Hubs.ConnectionRateLimit.Burst && 8 * each > ResolutionDrafts.Web.Hubs.UserRateLimits.DefaultBurst);
        var connections = new List<ResolutionDrafts.Client.LiveDraftConnection>();
        for (var i = 0; i < 8; i++)
        {
            connections.Add(await HubClients.JoinAsync(app, draftId, "secretariat"));
        }

        var revision = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision;
        await Task.WhenAll(connections.Select(c => Task.Run(async () =>
        {
            for (var seq = 1L; seq <= each; seq++)
            {
                await c.SendRawAsync(new { draftId, clientId = c.ClientId, clientSeq = seq, baseRevision = revision, operation = JsonNode.Parse($$"""{"type":"setTitle","title":"T {{seq}}"}""") });
            }
        })));

        // Every one either applied or answered: waited for as long as a loaded machine takes (the count, not the time, is the test).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        int answered;
        while ((answered = connections.Sum(c => c.SlowDowns.Count) + (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision - revision) < 8 * each)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{answered} of {8 * each} changes answered");
            await Task.Delay(50);
        }

        Assert.Empty(connections.SelectMany(c => c.Refusals));
        var refusals = connections.SelectMany(c => c.SlowDowns).ToList();
        Assert.Equal(8 * each - ResolutionDrafts.Web.Hubs.UserRateLimits.DefaultBurst, refusals.Count);
        Assert.All(refusals, r => Assert.Contains("your connections together", r, StringComparison.Ordinal));
        Assert.Equal(ResolutionDrafts.Web.Hubs.UserRateLimits.DefaultBurst, (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision - revision);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
