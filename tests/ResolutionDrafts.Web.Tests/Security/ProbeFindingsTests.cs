using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResolutionDrafts.Client;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Security;

/// <summary>
/// Issue 14: the holes a security probe of the running app found, each through the path the probe
/// used (real hub connections, HTTP with a replayed cookie). Every test here failed before its fix.
/// </summary>
public sealed partial class ProbeFindingsTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Settings = { ["Accounts:SignInCheckInterval"] = "00:00:00" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    // ---- 1. An empty batch passed every permission check ----

    [Theory]
    [InlineData("observer", DraftRole.Observer, false)]
    [InlineData("editor", DraftRole.Editor, true)]
    [InlineData("cuba", DraftRole.Delegation, false)]
    [InlineData("secretariat", DraftRole.Secretariat, true)]
    public async Task AnOperationThatChangesNothing_IsRefused_AndMakesNoRevisionUnderAnyonesName(string user, DraftRole role, bool mayEdit)
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false, (user, role));
        await using var client = await HubClients.JoinAsync(app, id, user);
        var before = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Revision;

        foreach (var (seq, nothing) in new[] { """{"type":"batch","operations":[]}""", """{"type":"noOp"}""", """{"type":"batch","operations":[{"type":"batch","operations":[]}]}""" }.Index())
        {
            await client.SendRawAsync(new { draftId = id, clientId = client.ClientId, clientSeq = seq + 1, baseRevision = before, operation = JsonNode.Parse(nothing) });
            await HubClients.WaitUntilAsync(() => client.Refusals.Count > seq, () => $"{user}: {nothing} neither applied nor refused", TimeSpan.FromSeconds(10));
            Assert.True(client.Refusals[seq].Contains(mayEdit ? "changes nothing" : role == DraftRole.Delegation ? "only while" : "may not", StringComparison.Ordinal), $"{user}, {nothing}: {client.Refusals[seq]}");
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(before, await db.Operations.Where(o => o.DraftId == id).MaxAsync(o => (int?)o.Revision) ?? 0);
    }

    // ---- 2. A client's stream could be taken over through its client id ----

    [Fact]
    public async Task AnotherAccount_CannotJoinOrSubmitUnderAVictimsClientId_AndTheVictimsTypingIsKept()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("cuba", DraftRole.Delegation), ("brazil", DraftRole.Delegation));
        await using var victim = await HubClients.JoinAsync(app, id, "cuba");
        await victim.EditAsync(HubClients.Splice("op1", 0, "Cuba one "));
        await victim.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));

        // The attacker tries the victim's id on a join of its own...
        var hub = HubClients.Connection(app, await app.CookieAsync("brazil"));
        await hub.StartAsync();
        var join = await Assert.ThrowsAnyAsync<HubException>(() => LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout(), clientId: victim.ClientId));
        Assert.Contains("belongs to another account", join.Message);

        // ...and, joined under its own, submits under the victim's with a huge sequence number.
        await using var attacker = await LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout());
        var revision = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Revision;
        await attacker.SendRawAsync(new { draftId = id, clientId = victim.ClientId, clientSeq = 1_000_000, baseRevision = revision, operation = JsonNode.Parse("""{"type":"setAuthorLine","authorLine":"Hijacked,"}""") });
        await HubClients.WaitUntilAsync(() => attacker.Refusals.Count > 0, () => "the hijack was neither applied nor refused", TimeSpan.FromSeconds(10));
        Assert.Contains("client id this connection joined", attacker.Refusals[0]);

        // The victim goes on typing: every change is acknowledged and stored, nothing goes stale.
        await victim.EditAsync(HubClients.Splice("op1", 0, "Cuba two "));
        await victim.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(victim.Refusals);
        var text = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.StartsWith("Cuba two Cuba one ", text);
    }

    [Fact]
    public async Task AClientIdStaysBoundToItsAccount_AfterTheSessionClosesAndReopens()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("cuba", DraftRole.Delegation), ("brazil", DraftRole.Delegation));
        string victimId;
        await using (var victim = await HubClients.JoinAsync(app, id, "cuba"))
        {
            await victim.EditAsync(HubClients.Splice("op1", 0, "Cuba "));
            await victim.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
            victimId = victim.ClientId;
        }

        await Task.Delay(200); // the last one out closes the session; the binding is in the change log
        var hub = HubClients.Connection(app, await app.CookieAsync("brazil"));
        await using var _ = hub;
        var join = await Assert.ThrowsAnyAsync<HubException>(() => LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout(), clientId: victimId));
        Assert.Contains("belongs to another account", join.Message);

        // The victim, back, picks up where it was (its last sequence number is its own).
        await using var back = await LiveDraftConnection.JoinAsync(HubClients.Connection(app, await app.CookieAsync("cuba")), id, HubClients.Timeout(), clientId: victimId);
        await back.EditAsync(HubClients.Splice("op1", 0, "again "));
        await back.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(back.Refusals);
    }

    [Fact]
    public async Task AResendOlderThanTheClientsLast_IsRefusedWithAReason_NotDroppedInSilence()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var client = await HubClients.JoinAsync(app, id, "secretariat");
        var revision = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Revision;
        await client.SendRawAsync(new { draftId = id, clientId = client.ClientId, clientSeq = 5, baseRevision = revision, operation = JsonNode.Parse("""{"type":"setTitle","title":"Five"}""") });
        await HubClients.WaitUntilAsync(async () => (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Title == "Five", "seq 5 applied");

        await client.SendRawAsync(new { draftId = id, clientId = client.ClientId, clientSeq = 3, baseRevision = revision, operation = JsonNode.Parse("""{"type":"setTitle","title":"Three"}""") });

        await HubClients.WaitUntilAsync(() => client.Refusals.Count > 0, () => "the stale resend was neither applied nor refused", TimeSpan.FromSeconds(10));
        Assert.Contains("already sent later changes", client.Refusals[0]);
        Assert.Equal("Five", (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.Title);
    }

    [Fact]
    public async Task OthersClientIds_AreNotHandedToReaders()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("cuba", DraftRole.Delegation), ("observer", DraftRole.Observer));
        await using var cuba = await HubClients.JoinAsync(app, id, "cuba");
        await cuba.EditAsync(HubClients.Splice("op1", 0, "Cuba "));
        await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        await using var reader = await HubClients.JoinAsync(app, id, "observer");
        await HubClients.WaitUntilAsync(() => cuba.Presence.Count > 0, () => "the reader's arrival", TimeSpan.FromSeconds(10));
        await cuba.UpdatePresenceAsync("op1", 2, 2);
        await reader.UpdatePresenceAsync("op2", 0, 0);
        await HubClients.WaitUntilAsync(() => reader.Presence.Values.Any(p => p.NodeId == "op1") && cuba.Presence.Values.Any(p => p.NodeId == "op2"), () => "presence", TimeSpan.FromSeconds(10));

        Assert.All(reader.Presence.Values, p => Assert.Equal("", p.ClientId));
        Assert.All(cuba.Presence.Values, p => Assert.Equal("", p.ClientId));

        var log = await (await app.ClientAsAsync("observer")).GetStringAsync($"/api/drafts/{id}/log");
        Assert.DoesNotContain(cuba.ClientId, log);
        var own = await (await app.ClientAsAsync("cuba")).GetStringAsync($"/api/drafts/{id}/log");
        Assert.Contains(cuba.ClientId, own);
    }

    // ---- 4. Signing out did not end the session ----

    [Theory]
    [InlineData("sign-out")]
    [InlineData("password change")]
    [InlineData("password reset")]
    [InlineData("lock")]
    public async Task ACopiedCookie_StopsWorking_AfterTheSessionEnds(string how)
    {
        var browser = await app.ClientAsAsync("brazil");
        var copied = await app.CookieAsync("brazil");
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("brazil", DraftRole.Delegation));
        await using var live = await LiveDraftConnection.JoinAsync(HubClients.Connection(app, copied), id, HubClients.Timeout());
        Assert.Equal(HttpStatusCode.OK, (await Replay(copied)).StatusCode);

        var admin = Actor.From(await PrincipalAsync(AccountSeeder.AdministratorUserName))!;
        var brazilId = (await PrincipalAsync("brazil")).FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        var accounts = app.Services.GetRequiredService<AccountAdministration>();
        switch (how)
        {
            case "sign-out":
                var page = await browser.GetStringAsync("/");
                var token = AntiForgeryToken().Match(page).Groups[1].Value;
                var signedOut = await browser.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                Assert.True(signedOut.IsSuccessStatusCode || signedOut.StatusCode == HttpStatusCode.Redirect, $"{signedOut.StatusCode}");
                break;
            case "password change":
                var me = Actor.From(await PrincipalAsync("brazil"))!;
                Assert.Null((await accounts.ChangeOwnPasswordAsync(me, DemoUsers.Password, "a brand new passphrase", CancellationToken.None)).Error);
                break;
            case "password reset":
                Assert.Null((await accounts.ResetPasswordAsync(admin, brazilId, "another new passphrase", CancellationToken.None)).Error);
                break;
            default:
                Assert.Null((await accounts.LockAsync(admin, brazilId, CancellationToken.None)).Error);
                break;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Replay(copied)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);

        // The live connection made with the cookie is closed on its next message; nothing it sends is applied.
        await live.EditAsync(HubClients.Splice("op1", 0, "After "));
        await Task.Delay(500);
        Assert.DoesNotContain("After ", (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text);
        if (how == "lock")
        {
            var again = await app.CreateClient().PostAsJsonAsync("/api/sign-in", new { userName = "brazil", password = DemoUsers.Password });
            Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        }
    }

    // ---- 6. Presence and joins were not rate-limited ----

    [Fact]
    public async Task APresenceFlood_IsCutOff_AndOthersHearOnlyAFewUpdates()
    {
        // The limits' clock stands still (nothing refilled however long the machine takes): past the burst, every update is refused.
        var clock = new ManualClock();
        await using var limited = new AppFactory { Settings = { ["Accounts:SignInCheckInterval"] = "00:00:00" }, TestServices = clock.Register };
        var id = await limited.CreateDraftAsync(SampleDrafts.Demo());
        // The flood's updates are those placing the flooder's caret in op1. The flooder's arrival is a presence update too, sent
        // to the others after its own join is answered: under load the bystander heard it after the flood had begun (41 heard
        // of a burst of 40, at load 60-85), so it is not counted as one of the flood's.
        var heardOfTheFlood = 0;
        var listening = HubClients.Connection(limited, await limited.CookieAsync("cuba"));
        using var counting = listening.On<ResolutionDrafts.Contracts.Protocol.PresenceChanged>("PresenceChanged", changed =>
        {
            if (changed.Entry.NodeId == "op1")
            {
                Interlocked.Increment(ref heardOfTheFlood);
            }
        });
        // The joins are waited for as long as a loaded machine takes (at load 21–42 a fresh host's first join passed 20 s):
        // what is counted below does not depend on how long anything took.
        await using var bystander = await LiveDraftConnection.JoinAsync(listening, id, HubClients.Timeout(120));
        var hub = HubClients.Connection(limited, await limited.CookieAsync("brazil"));
        await using var flooder = await LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout(120));

        var refused = 0;
        for (var i = 0; i < 300; i++)
        {
            try
            {
                await hub.InvokeAsync("UpdatePresence", new { draftId = id, nodeId = "op1", selectionStart = i % 20, selectionEnd = i % 20, revision = 0 });
            }
            catch (HubException e) when (e.Message.Contains("Slow down", StringComparison.Ordinal))
            {
                refused++;
            }
        }

        Assert.Equal(300 - ResolutionDrafts.Web.Hubs.ConnectionRateLimit.PresenceBurst, refused);
        // Every update let through reaches the bystander (waited for by count, as long as a loaded machine takes), and no more:
        // after the last has arrived, a moment for one past the burst to arrive too, were any sent.
        await HubClients.WaitUntilAsync(
            () => Volatile.Read(ref heardOfTheFlood) >= ResolutionDrafts.Web.Hubs.ConnectionRateLimit.PresenceBurst,
            () => $"the bystander heard {Volatile.Read(ref heardOfTheFlood)} of the {ResolutionDrafts.Web.Hubs.ConnectionRateLimit.PresenceBurst} updates let through",
            TimeSpan.FromSeconds(60));
        await Task.Delay(300);
        Assert.Equal(ResolutionDrafts.Web.Hubs.ConnectionRateLimit.PresenceBurst, Volatile.Read(ref heardOfTheFlood));
    }

    [Fact]
    public async Task AJoinFlood_IsCutOff_WithAReason()
    {
        // The limits' clock stands still: nothing is refilled however long each join takes, so exactly the burst joins.
        var clock = new ManualClock();
        await using var limited = new AppFactory { TestServices = clock.Register };
        var id = await limited.CreateDraftAsync(SampleDrafts.Demo());
        await using var hub = HubClients.Connection(limited, await limited.CookieAsync("cuba"));
        await hub.StartAsync();

        var refusal = "";
        var joined = 0;
        for (var i = 0; i < 100 && refusal.Length == 0; i++)
        {
            try
            {
                await hub.InvokeAsync("JoinDraft", new { draftId = id, clientId = "flood", knownRevision = (int?)null });
                joined++;
            }
            catch (HubException e)
            {
                refusal = e.Message;
            }
        }

        Assert.EndsWith(ResolutionDrafts.Web.Hubs.ConnectionRateLimit.TooManyJoins, refusal, StringComparison.Ordinal);
        Assert.Equal(ResolutionDrafts.Web.Hubs.ConnectionRateLimit.JoinBurst, joined);
    }

    // ---- 7. Revision ids could be probed ----

    [Fact]
    public async Task ANonMember_GetsTheSameAnswer_ForAnExistingRevisionAndAMissingOne()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var issued = await app.Services.GetRequiredService<IRevisionService>().IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6", null), CancellationToken.None);
        Assert.True(issued.IsSuccess, issued.Error);
        var outsider = await app.ClientAsAsync("china");

        var existing = await outsider.GetAsync($"/revisions/{issued.Value!.Id}/export/docx");
        var missing = await outsider.GetAsync($"/revisions/{Guid.NewGuid()}/export/docx");

        Assert.Equal(HttpStatusCode.NotFound, existing.StatusCode);
        Assert.Equal(missing.StatusCode, existing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await existing.Content.ReadAsStringAsync());
        var page = await outsider.GetStringAsync($"/revisions/{issued.Value!.Id}");
        Assert.DoesNotContain("A/80/L.6", page);
    }

    // ---- 8. A deeply nested batch closed the connection ----

    [Fact]
    public async Task ADeeplyNestedBatch_IsRefusedWithAReason_AndTheConnectionLives()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var client = await HubClients.JoinAsync(app, id, "secretariat");
        var nested = """{"type":"setTitle","title":"Deep"}""";
        for (var i = 0; i < 40; i++)
        {
            nested = $$"""{"type":"batch","operations":[{{nested}}]}""";
        }

        await client.SendRawAsync(new { draftId = id, clientId = client.ClientId, clientSeq = 1, baseRevision = 0, operation = JsonNode.Parse(nested, documentOptions: new JsonDocumentOptions { MaxDepth = 200 }) });

        await HubClients.WaitUntilAsync(() => client.Refusals.Count > 0, () => $"the nested batch was neither applied nor refused", TimeSpan.FromSeconds(10));
        Assert.Contains("nested", client.Refusals[0]);
        await client.EditAsync(HubClients.Splice("op1", 0, "Alive "));
        await client.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("Alive ", (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text);
    }

    // ---- 9. Control and direction characters in short fields ----

    [Theory]
    [InlineData("\u202E6.L/08/A")]
    [InlineData("A/80/L.6\nA/80/L.7")]
    [InlineData("A/80\r/L.6")]
    [InlineData("A/80\0/L.6")]
    public async Task ControlCharactersInASymbol_AreRefused_OnEveryPath(string symbol)
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var client = await HubClients.JoinAsync(app, id, "secretariat");
        var metadata = JsonSerializer.SerializeToNode(new { symbol, body = "General Assembly" })!;
        await client.SendRawAsync(new { draftId = id, clientId = client.ClientId, clientSeq = 1, baseRevision = 0, operation = new JsonObject { ["type"] = "setMetadata", ["metadata"] = metadata } });
        await HubClients.WaitUntilAsync(() => client.Refusals.Count > 0, () => "refused", TimeSpan.FromSeconds(10));
        Assert.Contains("invisible control character", client.Refusals[0]);

        var json = DraftJson.Serialize(SampleDrafts.Demo()).Replace("\"A/80/L.6\"", JsonSerializer.Serialize(symbol), StringComparison.Ordinal);
        var posted = await (await app.ClientAsAsync("secretariat")).PostAsync("/api/drafts", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("invisible control character", await posted.Content.ReadAsStringAsync());

        var revision = await app.Services.GetRequiredService<IRevisionService>().IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest(symbol, null), CancellationToken.None);
        Assert.False(revision.IsSuccess);
    }

    [Fact]
    public async Task ADisplayNameWithADirectionOverride_IsRefused()
    {
        var admin = Actor.From(await PrincipalAsync(AccountSeeder.AdministratorUserName))!;
        var error = (await app.Services.GetRequiredService<AccountAdministration>().CreateAsync(admin,
            new AccountAdministration.NewUser("spoof", "Ana \u202EzeréP", "Cuba", "a long enough passphrase", []), CancellationToken.None)).Error;
        Assert.Contains("invisible control character", error);
    }

    // ---- 10. Origin, enumeration ----

    [Fact]
    public async Task ALiveConnectionFromAnotherSitesPage_IsRefused()
    {
        var http = await app.ClientAsAsync("cuba");
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/hubs/drafts/negotiate?negotiateVersion=1");
        foreign.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(foreign)).StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Post, "/hubs/drafts/negotiate?negotiateVersion=1");
        own.Headers.Add("Origin", http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task ARefusedJoin_IsLoggedAsInformation_WithoutAStackTrace()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var recorder = new RecordingLogs();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(recorder)));
        var cookie = await TestUsers.CookieAsync(logged.CreateClient(), "china");
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(logged.Server.BaseAddress, "hubs/drafts"), o =>
            {
                o.HttpMessageHandlerFactory = _ => logged.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await hub.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("JoinDraft", new { draftId = id, clientId = "outsider", knownRevision = (int?)null }));

        Assert.Contains(recorder.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Information && e.Message.Contains("JoinDraft refused", StringComparison.Ordinal));
        Assert.DoesNotContain(recorder.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    private sealed class RecordingLogs : Microsoft.Extensions.Logging.ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<(Microsoft.Extensions.Logging.LogLevel Level, string Message)> Entries { get; } = new();

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(RecordingLogs logs, string category) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal) || category.StartsWith("ResolutionDrafts", StringComparison.Ordinal))
                {
                    logs.Entries.Enqueue((logLevel, $"{category}: {formatter(state, exception)}"));
                }
            }
        }
    }

    private async Task<HttpResponseMessage> Replay(string cookie)
    {
        var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return await http.GetAsync("/api/me");
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<AppUser>>();
        return await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(userName))!);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
