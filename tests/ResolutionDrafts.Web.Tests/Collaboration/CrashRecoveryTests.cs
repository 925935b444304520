using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Client;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 6, "Done when": the app is killed (SIGKILL) during a load run and restarted; every
/// operation acknowledged before the kill is in the change log and in the draft. The app runs as a
/// real child process on Kestrel, the clients talk to it over WebSockets.
/// </summary>
[Trait("Storage", "sqlite-only")] // the app runs as a child process on its own SQLite file
public sealed class CrashRecoveryTests
{
    private const int Typists = 4;

    [Fact]
    public async Task AppKilledDuringTyping_KeepsEveryAcknowledgedOperation_AndClientsConvergeAfterRestart()
    {
        var databasePath = AppFactory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var port = AppProcess.FreePort();
        var typists = new List<Typist>();
        Guid draftId;
        List<(string ClientId, long Seq, IReadOnlyList<string> Tokens)> acknowledged;
        try
        {
            using (var app = await AppProcess.StartAsync(databasePath, port))
            {
                using var http = await SignedInAsync(app.Url, "secretariat");
                draftId = await CreateDraftAsync(http);
                for (var i = 0; i < Typists; i++)
                {
                    typists.Add(new Typist(await JoinAsync(app.Url, draftId, i), i));
                }

                using var stop = new CancellationTokenSource();
                var typing = typists.Select(t => t.TypeAsync(stop.Token)).ToArray();
                await Task.Delay(TimeSpan.FromSeconds(1.5));
                typists.ForEach(t => t.ServerKilled = true); // before the kill: a send may fail the moment it happens
                app.Kill();
                // Acks still arriving now were sent before the kill; none can be sent after it.
                acknowledged = [.. typists.SelectMany(t => t.Acknowledged())];
                await Task.Delay(300); // typing goes on offline, as a delegate's would
                await stop.CancelAsync();
                await Task.WhenAll(typing);
            }

            Assert.True(acknowledged.Count >= 20, $"Only {acknowledged.Count} submissions were acknowledged before the kill: the run did not load the app.");

            using var restarted = await AppProcess.StartAsync(databasePath, port);
            using var api = await SignedInAsync(restarted.Url, "secretariat");
            var logged = (await LogAsync(api, draftId)).ToHashSet();
            var missing = acknowledged.Where(a => !logged.Contains((a.ClientId, a.Seq))).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} acknowledged submissions are not in the change log, e.g. {string.Join(", ", missing.Take(5).Select(m => $"{m.ClientId}#{m.Seq}"))}.");
            var text = AllText(await DraftAsync(api, draftId));
            var lostTokens = acknowledged.SelectMany(a => a.Tokens).Where(token => !text.Contains(token, StringComparison.Ordinal)).ToList();
            Assert.True(lostTokens.Count == 0, $"Acknowledged edits missing from the draft: {string.Join(", ", lostTokens.Take(10))}.");

            // The clients reconnect and resend what was in flight or typed offline: everything typed ends up in the draft, once.
            foreach (var typist in typists)
            {
                await typist.ReconnectAsync();
            }

            await ConvergeAsync(api, draftId, typists);
            var server = await DraftAsync(api, draftId);
            var final = AllText(server);
            var wrongCounts = typists.SelectMany(t => t.Typed).Where(token => CountOf(final, token) != 1).ToList();
            Assert.True(wrongCounts.Count == 0, $"Edits not in the draft exactly once: {string.Join(", ", wrongCounts.Take(10))}.");
            foreach (var typist in typists)
            {
                Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of((await typist.Connection.SnapshotAsync()).Draft));
                Assert.Empty(typist.Connection.Refusals);
            }
        }
        finally
        {
            await Task.WhenAll(typists.Select(t => t.Connection.DisposeAsync().AsTask()));
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static readonly string[] TypistUsers = ["secretariat", "cuba", "brazil", "burundi"];

    private static async Task<LiveDraftConnection> JoinAsync(Uri app, Guid draftId, int index)
    {
        using var http = new HttpClient { BaseAddress = app };
        var cookie = await TestUsers.CookieAsync(http, TypistUsers[index % TypistUsers.Length]);
        var hub = LiveDraftConnection.Configure(new HubConnectionBuilder()
                .WithUrl(new Uri(app, "hubs/drafts"), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.Headers["Cookie"] = cookie;
                }))
            .Build();
        return await LiveDraftConnection.JoinAsync(hub, draftId, HubClients.Timeout());
    }

    private static async Task<HttpClient> SignedInAsync(Uri app, string userName)
    {
        var http = new HttpClient { BaseAddress = app };
        http.DefaultRequestHeaders.Add("Cookie", await TestUsers.CookieAsync(http, userName));
        return http;
    }

    /// <summary>As the load driver does: the secretariat creates the draft, adds the typists' delegations and opens it to direct editing.</summary>
    private static async Task<Guid> CreateDraftAsync(HttpClient http)
    {
        using var content = new StringContent(DraftJson.Serialize(SampleDrafts.Demo()), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/drafts", content);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var user in TypistUsers.Skip(1))
        {
            (await http.PutAsJsonAsync($"api/drafts/{id}/members/{user}", new { role = "Delegation" })).EnsureSuccessStatusCode();
        }

        (await http.PutAsJsonAsync($"api/drafts/{id}/direct-editing", new { open = true })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<List<(string ClientId, long Seq)>> LogAsync(HttpClient http, Guid draftId)
    {
        var entries = await http.GetFromJsonAsync<JsonElement>($"api/drafts/{draftId}/log");
        return [.. entries.EnumerateArray().Select(e => (e.GetProperty("clientId").GetString()!, e.GetProperty("clientSeq").GetInt64()))];
    }

    private static async Task<Draft> DraftAsync(HttpClient http, Guid draftId)
    {
        var draft = DraftJson.DeserializeVerbatim(await http.GetStringAsync($"api/drafts/{draftId}"));
        Assert.True(draft.IsSuccess, draft.Error);
        return draft.Value!;
    }

    private static async Task ConvergeAsync(HttpClient http, Guid draftId, List<Typist> typists)
    {
        foreach (var typist in typists)
        {
            await typist.Connection.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }

        for (var attempt = 0; attempt < 100; attempt++)
        {
            var entries = await http.GetFromJsonAsync<JsonElement>($"api/drafts/{draftId}/log");
            var serverRevision = entries.EnumerateArray().Select(e => e.GetProperty("revision").GetInt32()).DefaultIfEmpty(0).Max();
            var revisions = await Task.WhenAll(typists.Select(async t => (await t.Connection.SnapshotAsync()).Revision));
            if (revisions.All(r => r == serverRevision))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The clients did not catch up with the restarted app.");
    }

    private static string AllText(Draft draft) => string.Join('\n', draft.AllNodes().Select(n => n.Text));

    private static int CountOf(string text, string token)
    {
        var count = 0;
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + token.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// One client typing unique tokens ("&lt;2.17&gt;") at the start or end of random paragraphs,
    /// so a token is never split by another's insert and can be looked for in the text. It mirrors
    /// the client's in-flight and buffered edits to know which tokens each acknowledgement covers.
    /// </summary>
    private sealed class Typist
    {
        private const int MaxTokens = 400;
        private readonly Lock sync = new();
        private readonly int index;
        private readonly Random random;
        private readonly List<(long Seq, IReadOnlyList<string> Tokens)> acknowledged = [];
        private List<string>? inFlight;
        private List<string> buffered = [];
        private long inFlightSeq;
        private long lastSeq;

        public Typist(LiveDraftConnection connection, int index)
        {
            Connection = connection;
            this.index = index;
            random = new Random(index);
            connection.Acknowledged = OnAcknowledged;
        }

        public LiveDraftConnection Connection { get; }

        public List<string> Typed { get; } = [];

        /// <summary>Once set, a send failing on the dead connection is expected (the client resends on reconnecting).</summary>
        public bool ServerKilled { get; set; }

        public List<(string ClientId, long Seq, IReadOnlyList<string> Tokens)> Acknowledged()
        {
            lock (sync)
            {
                return [.. acknowledged.Select(a => (Connection.ClientId, a.Seq, a.Tokens))];
            }
        }

        public async Task TypeAsync(CancellationToken stop)
        {
            for (var n = 0; n < MaxTokens && !stop.IsCancellationRequested; n++)
            {
                var token = $"<{index}.{n}>";
                try
                {
                    var edit = await Connection.EditAsync(draft => Insert(draft, token));
                    Assert.True(edit.IsSuccess, edit.Error);
                }
                catch (Exception) when (ServerKilled)
                {
                    // The edit is in the client's draft and buffer; the connection died as it was sent.
                }

                // A fast typist, under the per-connection limit of 40 changes a second: the limit is not what this test is about.
                await Task.Delay(30, CancellationToken.None);
            }
        }

        public async Task ReconnectAsync()
        {
            // The client notices the dead socket on its own; rejoining before that fails and is tried again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await Connection.ReconnectAsync(HubClients.Timeout(10));
                    return;
                }
                catch (Exception) when (attempt < 20)
                {
                    await Task.Delay(200);
                }
            }
        }

        /// <summary>Runs under the client's lock, just before the client applies the edit and sends it if nothing is in flight.</summary>
        private DomainResult<DraftOperation> Insert(Draft draft, string token)
        {
            var paragraph = draft.Paragraphs[random.Next(draft.Paragraphs.Count)];
            var edit = EditText.Splice(draft, paragraph.Id, random.Next(2) == 0 ? 0 : paragraph.Text.Length, 0, token);
            if (!edit.IsSuccess)
            {
                return DomainResult<DraftOperation>.Fail(edit.Error!);
            }

            lock (sync)
            {
                Typed.Add(token);
                if (inFlight is null)
                {
                    inFlight = [token];
                    inFlightSeq = ++lastSeq;
                }
                else
                {
                    buffered.Add(token);
                }
            }

            return DomainResult<DraftOperation>.Ok(edit.Value!);
        }

        /// <summary>Runs under the client's lock, before it sends its buffer as the next submission (numbered one more than the last).</summary>
        private void OnAcknowledged(OperationAck ack)
        {
            lock (sync)
            {
                if (inFlight is null || ack.ClientSeq != inFlightSeq)
                {
                    return; // after the reconnect the mirror no longer follows; only acks before the kill are checked
                }

                acknowledged.Add((ack.ClientSeq, inFlight));
                inFlight = null;
                if (buffered.Count > 0)
                {
                    (inFlight, buffered) = (buffered, []);
                    inFlightSeq = ++lastSeq;
                }
            }
        }
    }
}
