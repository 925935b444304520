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
        // The limits' clock stands still: nothing is refilled however slowly a loaded machine sends, so exactly the
        // connection's burst of the flood is applied and every other change is told to slow down. The typist's latency
        // during the flood is measured on real time.
        const int flooded = 2_000;
        // The secretariat may change the title: every flooded operation is allowed, only too many.
        await using var flooder = await HubClients.JoinAsync(app, draftId, "secretariat");
        await using var typist = await HubClients.JoinAsync(app, draftId, "cuba");
        var revision = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision;

        // The typist's latency on this machine at this moment without a flood: what the flood may not add much to.
        var alone = await TypeAsync(typist);

        // Up to 1,000 operations a second (as fast as the machine sends, when slower), each a valid edit that would change the title.
        var flood = Task.Run(async () =>
        {
            var pace = Stopwatch.StartNew();
            for (var seq = 1L; seq <= flooded; seq++)
            {
                await flooder.SendRawAsync(new { draftId, clientId = flooder.ClientId, clientSeq = seq, baseRevision = revision, operation = JsonNode.Parse($$"""{"type":"setTitle","title":"Flood {{seq}}"}""") });
                var due = TimeSpan.FromMilliseconds(seq);
                if (pace.Elapsed < due)
                {
                    await Task.Delay(due - pace.Elapsed);
                }
            }
        });

        var during = await TypeAsync(typist);
        await flood;
        var typed = alone.Count + during.Count;
        // Every flooded change either applied or answered "slow down": waited for as long as a loaded machine takes (the
        // deadline only ends a run that hangs; the counts below are the test).
        var deadline = DateTime.UtcNow + AnswersMayTake;
        int answered;
        while ((answered = flooder.SlowDowns.Count + (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision - revision - typed) < flooded)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{answered} of {flooded} flooded changes answered");
            await Task.Delay(50);
        }

        Assert.Empty(typist.Refusals);
        var applied = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Revision - revision - typed;
        Assert.Equal(ResolutionDrafts.Web.Hubs.ConnectionRateLimit.Burst, applied);
        Assert.Equal(flooded - ResolutionDrafts.Web.Hubs.ConnectionRateLimit.Burst, flooder.SlowDowns.Count);
        Assert.All(flooder.SlowDowns, r => Assert.StartsWith("Slow down", r, StringComparison.Ordinal));
        // The others keep their latency, measured against the same typing alone just before on the same machine: at most a
        // quarter of a second more where typing alone answers within one; on a machine too loaded for that, at most four
        // times as long (the flood's own sending then takes a share of two cores: at load 60–80, 968 ms alone and 1,768 ms
        // during the flood; 784 ms and 2,392 ms).
        var (p95Alone, p95During) = (P95(alone), P95(during));
        var allowed = p95Alone < 250 ? p95Alone + 250 : 4 * p95Alone;
        Assert.True(p95During < allowed, $"the typist's acknowledgements took up to {p95During:F0} ms (p95) during the flood, {p95Alone:F0} ms alone");
    }

    /// <summary>Twenty keys in a paragraph, each waited for until acknowledged: how long each took, in milliseconds.</summary>
    private static async Task<List<double>> TypeAsync(ResolutionDrafts.Client.LiveDraftConnection typist)
    {
        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await typist.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, "x").Value!));
            await typist.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(50);
        }

        return latencies;
    }

    /// <summary>
    /// How long the answers to a flood are waited for before the test gives up. Only a run that hangs should meet it: at load
    /// 88 on two cores (two busy loops beside three engineers' builds) 127 of 320 answers had come in the 120 s waited before.
    /// </summary>
    private static readonly TimeSpan AnswersMayTake = TimeSpan.FromMinutes(6);

    private static double P95(List<double> latencies) => latencies.Order().ElementAt((int)(latencies.Count * 0.95) - 1);

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
        var deadline = DateTime.UtcNow + AnswersMayTake;
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
