using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Client;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15, a fault case: of two real app processes on one PostgreSQL and one Redis, one is killed
/// (SIGKILL: no shutdown code runs) while delegates on both type. The killed node's delegate rejoins
/// on the other node under the same client id and carries on; every acknowledged change is in the
/// draft, and both delegates end on the stored text; the delegate on the surviving node stops seeing
/// the dead node's connection among those present. Runs in the PostgreSQL pass of scripts/test.sh.
/// </summary>
[Trait("Needs", "redis")]
public sealed class NodeKilledTests
{
    [Fact]
    public async Task ANodeKilledWhileItsDelegateTypes_TheDelegateCarriesOnOnTheOther_AndNothingAcknowledgedIsLost()
    {
        var server = AppFactory.PostgresServer ?? throw new InvalidOperationException("This test needs PostgreSQL: set RD_TEST_POSTGRES (scripts/test.sh starts one).");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__Provider"] = "postgres",
            ["Storage__DatabasePath"] = AppFactory.NewDatabasePath(),
            ["ConnectionStrings__Drafts"] = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"rd_killed_{Guid.NewGuid():N}" }.ToString(),
            ["Redis__Configuration"] = AppFactory.RedisServer ?? throw new InvalidOperationException("This test needs Redis: set RD_TEST_REDIS."),
        };
        var dll = AppProcess.WebDll();
        using var doomed = await AppProcess.StartAsync(dll, Path.GetDirectoryName(dll)!, AppProcess.FreePort(), environment);
        using var survivor = await AppProcess.StartAsync(dll, Path.GetDirectoryName(dll)!, AppProcess.FreePort(), environment);

        using var secretariat = await SignedInAsync(survivor.Url, "secretariat");
        var draftId = await CreateOpenDraftAsync(secretariat.Client);
        var cubaCookie = (await SignedInAsync(doomed.Url, "cuba")).Cookie;
        var brazilCookie = (await SignedInAsync(survivor.Url, "brazil")).Cookie;
        var acknowledged = new ConcurrentBag<(string ClientId, long Seq)>();

        var cuba = await JoinAsync(doomed.Url, cubaCookie, draftId, acknowledged, clientId: null);
        await using var brazil = await JoinAsync(survivor.Url, brazilCookie, draftId, acknowledged, clientId: null);
        var cubaClientId = cuba.ClientId;
        // Brazil, on the survivor, sees where Cuba is: her connection to the doomed node.
        await HubClients.WaitUntilAsync(() => brazil.Presence.Values.Any(p => p.Delegation.Contains("Cuba", StringComparison.Ordinal)), () => "Brazil never saw Cuba", TimeSpan.FromSeconds(10));
        var cubaOnTheDoomedNode = brazil.Presence.Where(p => p.Value.Delegation.Contains("Cuba", StringComparison.Ordinal)).Select(p => p.Key).ToList();

        // Both type; Cuba's node dies in the middle of her typing.
        var brazilTyping = TypeAsync(brazil, "op3", "b", 20);
        await TypeAsync(cuba, "op2", "c", 8);
        doomed.Kill();
        var killedAt = DateTime.UtcNow;
        await TypeAsync(cuba, "op2", "x", 3); // into a dead connection: kept locally, never acknowledged
        await cuba.DisposeAsync();

        // Cuba's browser reconnects through the balancer, which now sends her to the survivor.
        await using var cubaAgain = await JoinAsync(survivor.Url, cubaCookie, draftId, acknowledged, cubaClientId);
        await TypeAsync(cubaAgain, "op2", "d", 5);
        await brazilTyping;

        await cubaAgain.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));
        await brazil.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));
        var log = await secretariat.Client.GetFromJsonAsync<JsonElement[]>($"api/drafts/{draftId}/log");
        var stored = log!.Select(e => (e.GetProperty("clientId").GetString()!, e.GetProperty("clientSeq").GetInt64())).ToHashSet();
        Assert.Subset(stored, acknowledged.ToHashSet());
        Assert.Contains(acknowledged, a => a.ClientId == cubaClientId && a.Seq > 0);
        var lastRevision = log!.Max(e => e.GetProperty("revision").GetInt32());
        await HubClients.WaitUntilAsync(
            async () => (await cubaAgain.SnapshotAsync()).Revision == lastRevision && (await brazil.SnapshotAsync()).Revision == lastRevision,
            "the two delegates did not both reach the stored revision");
        var text = (await cubaAgain.SnapshotAsync()).Draft.FindNode("op2")!.Text;
        Assert.Equal(text, (await brazil.SnapshotAsync()).Draft.FindNode("op2")!.Text);
        Assert.StartsWith("ddddd", text, StringComparison.Ordinal);
        Assert.DoesNotContain('x', text[..text.IndexOf("c", StringComparison.Ordinal)]);

        // The dead node never said Cuba's first connection left: the survivor tells Brazil once the
        // dead node's presence key has expired (6 s) and stayed away a little (RedisPresence.DeadAfter).
        await HubClients.WaitUntilAsync(
            () => !cubaOnTheDoomedNode.Any(brazil.Presence.ContainsKey),
            () => $"Brazil still sees Cuba's connection to the killed node {(DateTime.UtcNow - killedAt).TotalSeconds:0} s after the kill",
            TimeSpan.FromSeconds(25));
        Assert.Contains(brazil.Presence.Values, p => p.Delegation.Contains("Cuba", StringComparison.Ordinal)); // her new connection, on the survivor
    }

    private static async Task TypeAsync(LiveDraftConnection client, string nodeId, string letter, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await client.EditAsync(HubClients.Splice(nodeId, 0, letter));
            await Task.Delay(50);
        }
    }

    private static async Task<LiveDraftConnection> JoinAsync(Uri node, string cookie, Guid draftId, ConcurrentBag<(string, long)> acknowledged, string? clientId)
    {
        var hub = LiveDraftConnection.Configure(new HubConnectionBuilder()
                .WithUrl(new Uri(node, "hubs/drafts"), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.SkipNegotiation = true;
                    options.Headers["Cookie"] = cookie;
                }))
            .Build();
        var client = await LiveDraftConnection.JoinAsync(hub, draftId, HubClients.Timeout(), clientId);
        client.Acknowledged = ack => acknowledged.Add((client.ClientId, ack.ClientSeq));
        return client;
    }

    private static async Task<SignedIn> SignedInAsync(Uri node, string user)
    {
        var client = new HttpClient { BaseAddress = node };
        using var response = await client.PostAsJsonAsync("api/sign-in", new { userName = user, password = "demo-password" });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd.session=", StringComparison.Ordinal));
        cookie = cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return new SignedIn(client, cookie);
    }

    private static async Task<Guid> CreateOpenDraftAsync(HttpClient secretariat)
    {
        var json = ResolutionDrafts.Documents.Json.DraftJson.Serialize(SampleDrafts.Demo());
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var created = await secretariat.PostAsync("api/drafts", content);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var user in new[] { "cuba", "brazil" })
        {
            (await secretariat.PutAsJsonAsync($"api/drafts/{id}/members/{user}", new { role = "Delegation" })).EnsureSuccessStatusCode();
        }

        (await secretariat.PutAsJsonAsync($"api/drafts/{id}/direct-editing", new { open = true })).EnsureSuccessStatusCode();
        return id;
    }

    private sealed record SignedIn(HttpClient Client, string Cookie) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }
}
