using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// Issue 15, a fault case through the balancer of `scripts/cluster.sh up --demo`: two delegates
/// type through nginx, each sent to a different node by her rd_node cookie; one node is SIGKILLed
/// while they type. Cuba's connection drops, her client reconnects to the same balancer URL, nginx
/// sends her to the surviving node, she rejoins under her client id, resends what was in flight and
/// carries on; every acknowledged change is in the draft, both end on the stored text. Afterwards
/// the killed node is started again (`cluster.sh up` is safe to run twice).
/// No browser: the .NET live client follows the browser's rules (docs/hub-protocol.md) and shows
/// what was acknowledged. Needs the cluster (RD_TEST_CLUSTER, RD_CLUSTER_DIR as scripts/test.sh sets them).
/// </summary>
[Trait("Needs", "cluster")]
[Collection(ClusterCollection.Name)] // one at a time: this one kills a node the other uses
public sealed class ClusterNodeKilledTests
{
    private static string Balancer => Environment.GetEnvironmentVariable("RD_TEST_CLUSTER") is { Length: > 0 } url
        ? url.TrimEnd('/')
        : throw new InvalidOperationException("This test needs a running cluster: scripts/cluster.sh up --demo, then RD_TEST_CLUSTER=<its balancer URL>.");

    private static string ClusterDirectory => Environment.GetEnvironmentVariable("RD_CLUSTER_DIR") is { Length: > 0 } dir
        ? dir
        : throw new InvalidOperationException("This test kills a node of the cluster: set RD_CLUSTER_DIR to the cluster's folder (scripts/test.sh does).");

    [Fact]
    public async Task ANodeKilledBehindTheBalancer_ItsDelegateCarriesOnAtTheOther_AndNothingAcknowledgedIsLost()
    {
        var cubaRoute = await RouteAsync(avoid: null);
        var brazilRoute = await RouteAsync(avoid: cubaRoute.Node);
        using var secretariat = await SignedInAsync(await RouteAsync(avoid: null), "secretariat");
        var draftId = await CreateOpenDraftAsync(secretariat);
        var acknowledged = new ConcurrentBag<(string ClientId, long Seq)>();
        await using var cuba = await JoinAsync(await CookiesAsync(cubaRoute, "cuba"), draftId, acknowledged);
        await using var brazil = await JoinAsync(await CookiesAsync(brazilRoute, "brazil"), draftId, acknowledged);

        try
        {
            var brazilTyping = TypeAsync(brazil, "op3", "b", 30);
            await TypeAsync(cuba, "op2", "c", 8);
            Kill(cubaRoute.Node);
            // Cuba types on; her client reconnects through the balancer, which now sends her to the survivor.
            await TypeAsync(cuba, "op2", "d", 10);
            await brazilTyping;

            await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(60));
            await brazil.WhenSynchronizedAsync(TimeSpan.FromSeconds(30));
            var log = await secretariat.GetFromJsonAsync<JsonElement[]>($"api/drafts/{draftId}/log");
            var stored = log!.Select(e => (e.GetProperty("clientId").GetString()!, e.GetProperty("clientSeq").GetInt64())).ToList();
            Assert.Equal(stored.Count, stored.Distinct().Count()); // each change once
            Assert.Subset(stored.ToHashSet(), acknowledged.ToHashSet());
            var last = log!.Max(e => e.GetProperty("revision").GetInt32());
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while ((await cuba.SnapshotAsync()).Revision != last || (await brazil.SnapshotAsync()).Revision != last)
            {
                Assert.True(DateTime.UtcNow < deadline, "the two delegates did not both reach the stored revision");
                await Task.Delay(50);
            }

            var text = (await cuba.SnapshotAsync()).Draft.FindNode("op2")!.Text;
            Assert.Equal(text, (await brazil.SnapshotAsync()).Draft.FindNode("op2")!.Text);
            // Every letter typed, once: nothing typed while the node died was lost, nothing applied twice.
            Assert.StartsWith(new string('d', 10) + new string('c', 8) + "Decides", text, StringComparison.Ordinal);
            Assert.StartsWith(new string('b', 30) + "Requests", (await brazil.SnapshotAsync()).Draft.FindNode("op3")!.Text, StringComparison.Ordinal);
            Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));
        }
        finally
        {
            RestartCluster();
        }
    }

    private static async Task TypeAsync(LiveDraftConnection client, string nodeId, string letter, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var typed = await client.EditAsync(draft =>
            {
                var edit = EditText.Splice(draft, nodeId, 0, 0, letter);
                return edit.IsSuccess ? DomainResult<DraftOperation>.Ok(edit.Value!) : DomainResult<DraftOperation>.Fail(edit.Error!);
            });
            Assert.True(typed.IsSuccess, typed.Error);
            await Task.Delay(100);
        }
    }

    /// <summary>An rd_node cookie the balancer hashes to a node other than <paramref name="avoid"/>, and that node ("127.0.0.1:5331").</summary>
    private static async Task<Route> RouteAsync(string? avoid)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var cookie = Guid.NewGuid().ToString("N");
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Balancer}/health/live");
            request.Headers.Add("Cookie", $"rd_node={cookie}");
            using var response = await http.SendAsync(request);
            var node = response.Headers.TryGetValues("X-RD-Node", out var values) ? values.Single() : throw new InvalidOperationException("The balancer does not say which node answered (X-RD-Node): is it scripts/cluster.sh's?");
            if (node != avoid)
            {
                return new Route(cookie, node);
            }
        }

        throw new InvalidOperationException($"Forty routes all led to {avoid}: is the other node down?");
    }

    /// <summary>The Cookie header of a user signed in through the balancer on <paramref name="route"/>.</summary>
    private static async Task<string> CookiesAsync(Route route, string user)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Balancer}/api/sign-in") { Content = JsonContent.Create(new { userName = user, password = "demo-password" }) };
        request.Headers.Add("Cookie", $"rd_node={route.Cookie}");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd.session=", StringComparison.Ordinal));
        return $"rd_node={route.Cookie}; {session[..session.IndexOf(';', StringComparison.Ordinal)]}";
    }

    private static async Task<HttpClient> SignedInAsync(Route route, string user)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(Balancer + "/") };
        http.DefaultRequestHeaders.Add("Cookie", await CookiesAsync(route, user));
        return http;
    }

    /// <summary>A live client through the balancer that reconnects by itself (as the browser's page does), to whichever node nginx picks.</summary>
    private static async Task<LiveDraftConnection> JoinAsync(string cookies, Guid draftId, ConcurrentBag<(string, long)> acknowledged)
    {
        var hub = LiveDraftConnection.Configure(new HubConnectionBuilder()
                .WithUrl(new Uri($"{Balancer}/hubs/drafts"), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.SkipNegotiation = true;
                    options.Headers["Cookie"] = cookies;
                })
                .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)]))
            .Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var client = await LiveDraftConnection.JoinAsync(hub, draftId, timeout.Token);
        client.Acknowledged = ack => acknowledged.Add((client.ClientId, ack.ClientSeq));
        return client;
    }

    private static async Task<Guid> CreateOpenDraftAsync(HttpClient secretariat)
    {
        var json = Documents.Json.DraftJson.Serialize(Sample());
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

    private static Draft Sample()
    {
        var draft = Draft.Create("en").Value!;
        draft.SetTitle("Killed behind the balancer");
        draft.SetAuthorLine("The General Assembly,");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to carry on;", id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, "Requests a report.", id: "op3");
        return draft;
    }

    /// <summary>SIGKILL to the node at <paramref name="node"/> ("127.0.0.1:5331"): its pid is in the cluster's folder.</summary>
    private static void Kill(string node)
    {
        var port = node[(node.LastIndexOf(':') + 1)..];
        var pid = int.Parse(File.ReadAllText(Path.Combine(ClusterDirectory, $"node-{port}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Process.GetProcessById(pid).Kill(); // SIGKILL on Linux: no shutdown code runs
    }

    /// <summary>Starts the killed node again, so the cluster is whole for the tests after this one.</summary>
    private static void RestartCluster()
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = ResolutionDrafts.Web.Tests.Infrastructure.AppProcess.RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("scripts/cluster.sh");
        start.ArgumentList.Add("up");
        start.ArgumentList.Add("--demo");
        using var up = Process.Start(start)!;
        _ = up.StandardOutput.ReadToEndAsync();
        _ = up.StandardError.ReadToEndAsync();
        up.WaitForExit(TimeSpan.FromMinutes(3));
    }

    private sealed record Route(string Cookie, string Node);
}
