using System.Collections.Concurrent;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Tests.Infrastructure;
using StackExchange.Redis;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Two nodes on one database and one Redis; the first node's key in Redis (renewed every 2 s, lasting
/// 6 s) goes missing for a moment, as when a busy node beats late or Redis restarts empty. A fresh
/// cluster on a loaded machine once showed Brazil's chip never arriving on Cuba's page on the other
/// node: a read of the directory that found the key missing dropped that node's people at once, and
/// when the key came back nobody was told. Runs in the PostgreSQL pass of scripts/test.sh, which starts Redis.
/// </summary>
[Trait("Needs", "redis")]
public sealed class PresenceOfALateNodeTests : IAsyncLifetime
{
    private AppFactory first = null!;
    private AppFactory second = null!;
    private ConnectionMultiplexer redis = null!;
    private Guid draftId;

    public async Task InitializeAsync()
    {
        first = new AppFactory { WithRedis = true };
        draftId = await first.CreateDraftAsync(SampleDrafts.Demo());
        second = new AppFactory(first.DatabasePath) { WithRedis = true };
        redis = await ConnectionMultiplexer.ConnectAsync(AppFactory.RedisServer!);
    }

    public async Task DisposeAsync()
    {
        await redis.DisposeAsync();
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task ItsKeyMissingForAMoment_TheOtherNodesPagesStillListItsPeople()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await cuba.UpdatePresenceAsync("op2", 3, 3);
        await using var page = (await second.Drafts.WatchAsync(draftId, _ => Task.CompletedTask, CancellationToken.None))!;
        await HubClients.WaitUntilAsync(
            async () => (await page.PresenceAsync(CancellationToken.None)).Any(IsCubaInOp2),
            "the page on node two never listed Cuba in op2");

        var field = await CubasFieldAsync();
        await redis.GetDatabase().KeyDeleteAsync($"rd:node:{field[..field.IndexOf('|', StringComparison.Ordinal)]}");

        Assert.Contains(await page.PresenceAsync(CancellationToken.None), IsCubaInOp2);
        Assert.True(await redis.GetDatabase().HashExistsAsync(PresenceKey, field), "node two's read took Cuba out of the directory");
    }

    [Fact]
    public async Task ANodeThatFindsItsKeyGone_WritesItsPeopleAgain_AndTheOtherNodesPagesAreTold()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await cuba.UpdatePresenceAsync("op2", 3, 3);
        var heard = new ConcurrentQueue<DraftEvent>();
        await using var page = (await second.Drafts.WatchAsync(draftId, e => { heard.Enqueue(e); return Task.CompletedTask; }, CancellationToken.None))!;
        await HubClients.WaitUntilAsync(
            async () => (await page.PresenceAsync(CancellationToken.None)).Any(IsCubaInOp2),
            "the page on node two never listed Cuba in op2");

        // As after the key had stayed away long enough for the other node to take Cuba for gone.
        var field = await CubasFieldAsync();
        heard.Clear();
        var db = redis.GetDatabase();
        await db.KeyDeleteAsync($"rd:node:{field[..field.IndexOf('|', StringComparison.Ordinal)]}");
        await db.HashDeleteAsync(PresenceKey, field);

        await HubClients.WaitUntilAsync(
            () => heard.Any(e => e.Kind == DraftEventKind.Presence),
            () => "node one wrote its people again and the page on node two was not told",
            TimeSpan.FromSeconds(10));
        Assert.Contains(await page.PresenceAsync(CancellationToken.None), IsCubaInOp2);
    }

    private string PresenceKey => $"rd:presence:{draftId:N}";

    private static bool IsCubaInOp2(ResolutionDrafts.Contracts.Protocol.PresenceEntry entry) =>
        entry.Delegation.Contains("(Cuba)", StringComparison.Ordinal) && entry.NodeId == "op2";

    /// <summary>Cuba's entry in the draft's directory ("{node}|{connection}"), the only one there.</summary>
    private async Task<string> CubasFieldAsync()
    {
        var fields = await redis.GetDatabase().HashGetAllAsync(PresenceKey);
        return Assert.Single(fields, f => f.Value.ToString().Contains("(Cuba)", StringComparison.Ordinal)).Name.ToString();
    }
}
