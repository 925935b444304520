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
    private readonly AppFactory app = new();
    private Guid draftId;

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task FloodingConnection_IsThrottledWhileAnotherDelegationKeepsTyping()
    {
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
        // Eight connections of one user, each under its own limit (38 a second), together over the user's.
        var connections = new List<ResolutionDrafts.Client.LiveDraftConnection>();
        for (var i = 0; i < 8; i++)
        {
            connections.Add(await HubClients.JoinAsync(app, draftId, "secretariat"));
        }

        var revision = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision;
        await Task.WhenAll(connections.Select(c => Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            for (var seq = 1L; seq <= 114; seq++)
            {
                await c.SendRawAsync(new { draftId, clientId = c.ClientId, clientSeq = seq, baseRevision = revision, operation = JsonNode.Parse($$"""{"type":"setTitle","title":"T {{seq}}"}""") });
                var due = TimeSpan.FromMilliseconds(seq * 1000 / 38);
                if (clock.Elapsed < due)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
            }
        })));

        await Task.Delay(500);
        Assert.Empty(connections.SelectMany(c => c.Refusals));
        var refusals = connections.SelectMany(c => c.SlowDowns).ToList();
        Assert.Contains(refusals, r => r.Contains("your connections together", StringComparison.Ordinal));
        Assert.DoesNotContain(refusals, r => r.Contains("at most 40 changes a second", StringComparison.Ordinal));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
