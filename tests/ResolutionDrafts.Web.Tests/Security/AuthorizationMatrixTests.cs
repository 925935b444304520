using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Security;

/// <summary>
/// Issue 7, "Done when": every role × every action, through every path (pages, HTTP endpoints, hub
/// methods). The expectations are written out here from the issue's list of what each role may
/// do, not read from the permission table, so the two check each other.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    /// <summary>The users and what they are in the matrix draft; "china" is not a member, "admin" administers the installation.</summary>
    public static readonly string[] Users = ["admin", "secretariat", "cuba", "editor", "observer", "china"];

    private static readonly string[] Members = ["admin", "secretariat", "cuba", "editor", "observer"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (action, allowed) in Expectations)
        {
            foreach (var user in Users)
            {
                data.Add(action, user, allowed.Contains(user) ? "allowed" : "refused");
            }
        }

        return data;
    }

    private static readonly (string Action, string[] Allowed)[] Expectations =
    [
        ("page: read the draft", Members),
        ("page: edit mode offered", ["admin", "secretariat", "editor"]),
        ("page: issue a revision offered", ["admin", "secretariat"]),
        ("page: members", ["admin", "secretariat"]),
        ("page: audit log", ["admin", "secretariat"]),
        ("page: new draft", ["admin", "secretariat"]),
        ("page: users", ["admin"]),
        ("http: download DOCX", ["admin", "secretariat", "cuba", "editor"]),
        ("http: download comparison", ["admin", "secretariat", "cuba", "editor"]),
        ("http: draft JSON", Members),
        ("http: change log", Members),
        ("http: list members", ["admin", "secretariat"]),
        ("http: add a member", ["admin", "secretariat"]),
        ("http: create a draft", ["admin", "secretariat"]),
        ("hub: join", Members),
        ("hub: edit a paragraph (draft closed to delegations)", ["admin", "secretariat", "editor"]),
        ("hub: change the title", ["admin", "secretariat", "editor"]),
        ("hub: add a sponsor", ["admin", "secretariat"]),
        ("service: edit a paragraph from a page", ["admin", "secretariat", "editor"]),
        ("service: propose an amendment", ["cuba"]),
        ("service: withdraw Burundi's proposal", []),
        ("service: join Burundi's proposal, then withdraw it", []),
        ("service: issue a revision", ["admin", "secretariat"]),
        ("http: download an issued revision", ["admin", "secretariat", "cuba", "editor"]),
        ("service: accept a proposal", ["admin", "secretariat"]),
        ("service: comment on a paragraph", ["admin", "secretariat", "cuba"]),
        ("service: co-sponsor", ["cuba"]),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RoleAndAction(string action, string user, string expected)
    {
        var allowed = await fixture.TryAsync(action, user);
        Assert.True((expected == "allowed") == allowed, $"{user} / {action}: expected {expected}, was {(allowed ? "allowed" : "refused")}");
    }

    [Fact]
    public async Task DelegationMayEditDirectly_OnlyWhileTheDraftIsOpen_AndNeverTheTitle()
    {
        var id = await fixture.App.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("cuba", DraftRole.Delegation));

        Assert.True(await Fixture.HubEditAsync(fixture.App, id, "cuba", "paragraph"));
        Assert.False(await Fixture.HubEditAsync(fixture.App, id, "cuba", "title"));
        Assert.False(await Fixture.HubEditAsync(fixture.App, id, "cuba", "sponsor"));
    }

    [Fact]
    public async Task AMemberOfDraftA_CannotJoinDraftB_ByGuessingItsId()
    {
        var a = await fixture.App.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("cuba", DraftRole.Delegation));
        var b = await fixture.App.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("brazil", DraftRole.Delegation));
        var cookie = await fixture.App.CookieAsync("cuba");
        await using var hub = HubClients.Connection(fixture.App, cookie);
        await using var inA = await ResolutionDrafts.Client.LiveDraftConnection.JoinAsync(hub, a, HubClients.Timeout());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("JoinDraft", new { draftId = b, clientId = "guess", knownRevision = (int?)null }));
        Assert.Contains("no such draft, or you are not a member", error.Message);

        // Nor can an operation name draft B over the connection joined to A.
        var sent = await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("SubmitOperation", new
        {
            draftId = b, clientId = inA.ClientId, clientSeq = 1, baseRevision = 0,
            operation = JsonNode.Parse("""{"type":"setTitle","title":"Taken"}"""),
        }));
        Assert.Contains("Join the draft first", sent.Message);
        Assert.NotEqual("Taken", (await fixture.App.Drafts.LoadAsync(b, CancellationToken.None))!.Draft.Title);
    }

    [Fact]
    public async Task AMemberRemovedWhileConnected_StopsHearingTheDraft_AndCannotChangeIt()
    {
        var id = await fixture.App.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("brazil", DraftRole.Delegation));
        await using var brazil = await HubClients.JoinAsync(fixture.App, id, "brazil");
        var secretariat = await fixture.App.AccessAsync("secretariat", id);

        var userId = (await fixture.App.Services.GetRequiredService<DraftAccessService>().MembersAsync(id, CancellationToken.None)).Single(m => m.UserName == "brazil").UserId;
        Assert.Null((await fixture.App.Services.GetRequiredService<DraftAccessService>().RemoveMemberAsync(secretariat, userId, CancellationToken.None)).Error);
        var change = await fixture.App.Drafts.ApplyAsync(id, DraftChanges.SetText("op5", "Decides to remain seized of the matter."), secretariat, CancellationToken.None);
        Assert.True(change.IsSuccess, change.Error);

        await Task.Delay(500);
        Assert.True((await brazil.SnapshotAsync()).Revision < change.Value!.Revision, "a removed member still received the change");
        await brazil.EditAsync(d => ResolutionDrafts.Domain.Drafts.DomainResult<ResolutionDrafts.Domain.Operations.DraftOperation>.Ok(new ResolutionDrafts.Domain.Operations.SetTitle("Still here")));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (brazil.Refusals.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Contains(brazil.Refusals, r => r.Contains("not a member", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnauthenticatedConnections_AreRefused()
    {
        await using var hub = HubClients.Connection(fixture.App, cookie: null);
        await Assert.ThrowsAnyAsync<Exception>(() => hub.StartAsync());
        var anonymous = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/drafts/{fixture.DraftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/drafts/{fixture.DraftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/drafts/{fixture.DraftId}/export/docx")).StatusCode);
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public const string AdminPassword = "a-known-admin-password";

        public AppFactory App { get; } = new();

        public Guid DraftId { get; private set; }

        private readonly Dictionary<string, HttpClient> clients = [];

        public async Task InitializeAsync()
        {
            await App.SetAdministratorPasswordAsync(AdminPassword);

            DraftId = await App.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false,
                ("cuba", DraftRole.Delegation), ("editor", DraftRole.Editor), ("observer", DraftRole.Observer));
        }

        public async Task DisposeAsync() => await App.DisposeAsync();

        private async Task<HttpClient> ClientAsync(string user)
        {
            if (!clients.TryGetValue(user, out var client))
            {
                client = await App.ClientAsAsync(user, user == "admin" ? AdminPassword : DemoUsers.Password);
                clients[user] = client;
            }

            return client;
        }

        public async Task<bool> TryAsync(string action, string user)
        {
            var http = await ClientAsync(user);
            var id = DraftId;
            return action switch
            {
                "page: read the draft" => (await http.GetStringAsync($"/drafts/{id}")).Contains("id=\"para-pp1\"", StringComparison.Ordinal),
                "page: edit mode offered" => (await http.GetStringAsync($"/drafts/{id}")).Contains("aria-label=\"Mode\"", StringComparison.Ordinal),
                "page: issue a revision offered" => (await http.GetStringAsync($"/drafts/{id}/revisions")).Contains("Issue revision", StringComparison.Ordinal),
                "page: members" => (await http.GetStringAsync($"/drafts/{id}/members")).Contains("Add a member", StringComparison.Ordinal),
                "page: audit log" => (await http.GetStringAsync($"/drafts/{id}/audit")).Contains("Who did what to this draft", StringComparison.Ordinal),
                "page: new draft" => await PageAllowedAsync(http, "/drafts/new"),
                "page: users" => await PageAllowedAsync(http, "/admin/users"),
                "http: download DOCX" => await StatusAsync(http.GetAsync($"/drafts/{id}/export/docx")),
                "http: download comparison" => await StatusAsync(http.GetAsync($"/drafts/{id}/compare/docx?old=live&new=live")),
                "http: draft JSON" => await StatusAsync(http.GetAsync($"/api/drafts/{id}")),
                "http: change log" => await StatusAsync(http.GetAsync($"/api/drafts/{id}/log")),
                "http: list members" => await StatusAsync(http.GetAsync($"/api/drafts/{id}/members")),
                "http: add a member" => await StatusAsync(http.PutAsJsonAsync($"/api/drafts/{id}/members/observer", new { role = "Observer" })),
                "http: create a draft" => await StatusAsync(http.PostAsync("/api/drafts",
                    new StringContent(DraftJson.Serialize(SampleDrafts.Demo()), Encoding.UTF8, "application/json"))),
                "hub: join" => await JoinsAsync(App, id, user),
                "hub: edit a paragraph (draft closed to delegations)" => await HubEditAsync(App, id, user, "paragraph"),
                "hub: change the title" => await HubEditAsync(App, id, user, "title"),
                "hub: add a sponsor" => await HubEditAsync(App, id, user, "sponsor"),
                "service: edit a paragraph from a page" => await ServiceEditAsync(user),
                "service: propose an amendment" => await AsMemberAsync(user, async a =>
                    (await Proposals.ProposeTextAsync(a, "op4", $"Requests the Secretary-General to report ({user});", null, CancellationToken.None)).IsSuccess),
                "service: withdraw Burundi's proposal" => await AsMemberAsync(user, async a =>
                    (await Proposals.WithdrawAsync(a, await BurundisProposalAsync(), CancellationToken.None)).Error is null),
                "service: join Burundi's proposal, then withdraw it" => await AsMemberAsync(user, async a =>
                {
                    var proposal = await FreshProposalAsync("burundi");
                    await Proposals.JoinAsync(a, proposal, CancellationToken.None);
                    return (await Proposals.WithdrawAsync(a, proposal, CancellationToken.None)).Error is null;
                }),
                "service: issue a revision" => await AsMemberAsync(user, async a =>
                    (await App.Services.GetRequiredService<IRevisionService>().IssueAsync(a, new IssueRevisionRequest($"A/80/L.6/Rev.{Interlocked.Increment(ref revisions)}", null), CancellationToken.None)).IsSuccess),
                "http: download an issued revision" => await StatusAsync(http.GetAsync($"/revisions/{await RevisionAsync()}/export/docx")),
                "service: accept a proposal" => await AsMemberAsync(user, async a =>
                    (await Proposals.AcceptAsync(a, await FreshProposalAsync(), CancellationToken.None)).Error is null),
                "service: comment on a paragraph" => await AsMemberAsync(user, async a =>
                    (await App.Services.GetRequiredService<NegotiationService>().CommentAsync(a, "op1", $"A comment by {user}.", CancellationToken.None)).Error is null),
                // Cuba already leads the draft: the permission passes and the domain answers "already sponsors".
                "service: co-sponsor" => await AsMemberAsync(user, async a =>
                    ((await App.Services.GetRequiredService<SponsorshipService>().CoSponsorAsync(a, CancellationToken.None)).Error)?.Contains("already sponsors", StringComparison.Ordinal) ?? true),
                _ => throw new ArgumentException(action),
            };
        }

        /// <summary>Allowed: 2xx. Refused: 403 for a member without the right, 404 for a non-member; anything else fails the test.</summary>
        private static async Task<bool> StatusAsync(Task<HttpResponseMessage> request)
        {
            using var response = await request;
            return response.StatusCode switch
            {
                >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => true,
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound => false,
                var other => throw new InvalidOperationException($"Unexpected {(int)other}: {await response.Content.ReadAsStringAsync()}"),
            };
        }

        private static async Task<bool> PageAllowedAsync(HttpClient http, string path)
        {
            using var response = await http.GetAsync(path);
            return response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == path;
        }

        private static async Task<bool> JoinsAsync(AppFactory app, Guid id, string user)
        {
            await using var hub = HubClients.Connection(app, await app.CookieAsync(user, user == "admin" ? AdminPassword : DemoUsers.Password));
            try
            {
                await using var joined = await ResolutionDrafts.Client.LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout());
                return true;
            }
            catch (Microsoft.AspNetCore.SignalR.HubException e) when (e.Message.Contains("not a member", StringComparison.Ordinal))
            {
                return false;
            }
        }

        /// <summary>Joins (when the user may) and sends one operation; true when it was applied, false when refused.</summary>
        public static async Task<bool> HubEditAsync(AppFactory app, Guid id, string user, string what)
        {
            await using var hub = HubClients.Connection(app, await app.CookieAsync(user, user == "admin" ? AdminPassword : DemoUsers.Password));
            ResolutionDrafts.Client.LiveDraftConnection connection;
            try
            {
                connection = await ResolutionDrafts.Client.LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout());
            }
            catch (Microsoft.AspNetCore.SignalR.HubException)
            {
                return false;
            }

            await using (connection)
            {
                var mark = $"[{user}-{Guid.NewGuid():N}]"[..20];
                await connection.EditAsync(d => what switch
                {
                    "paragraph" => ResolutionDrafts.Domain.Drafts.DomainResult<ResolutionDrafts.Domain.Operations.DraftOperation>.Ok(ResolutionDrafts.Domain.Operations.EditText.Splice(d, "op2", 0, 0, mark).Value!),
                    "title" => ResolutionDrafts.Domain.Drafts.DomainResult<ResolutionDrafts.Domain.Operations.DraftOperation>.Ok(new ResolutionDrafts.Domain.Operations.SetTitle(mark)),
                    _ => ResolutionDrafts.Domain.Drafts.DomainResult<ResolutionDrafts.Domain.Operations.DraftOperation>.Ok(new ResolutionDrafts.Domain.Operations.AddSponsor(new ResolutionDrafts.Domain.Drafts.Sponsor(mark), 1)),
                });
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (DateTime.UtcNow < deadline)
                {
                    if (connection.Refusals.Count > 0)
                    {
                        return false;
                    }

                    var json = DraftJson.Serialize((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft);
                    if (json.Contains(mark, StringComparison.Ordinal))
                    {
                        return true;
                    }

                    await Task.Delay(20);
                }

                throw new TimeoutException($"{user}'s {what} change was neither applied nor refused.");
            }
        }

        private ProposalService Proposals => App.Services.GetRequiredService<ProposalService>();

        private Guid? burundis;

        /// <summary>A proposal of Burundi's (a member added for it): nobody else may withdraw it.</summary>
        private async Task<Guid> BurundisProposalAsync()
        {
            if (burundis is null)
            {
                await App.CreateMemberAsync(DraftId, "burundi", DraftRole.Delegation);
                var made = await Proposals.ProposeTextAsync(await App.AccessAsync("burundi", DraftId), "op5", "Decides to remain seized of the matter (Burundi).", null, CancellationToken.None);
                burundis = made.Value!.Id;
            }

            return burundis.Value;
        }

        private int revisions;
        private Guid? revision;

        /// <summary>A revision issued from the matrix draft, made once.</summary>
        private async Task<Guid> RevisionAsync()
        {
            revision ??= (await App.Services.GetRequiredService<IRevisionService>().IssueAsync(await App.AccessAsync("secretariat", DraftId), new IssueRevisionRequest("A/80/L.6", null), CancellationToken.None)).Value!.Id;
            return revision.Value;
        }

        /// <summary>A new proposal by <paramref name="by"/> (Cuba unless said) to the current text, for one attempt.</summary>
        private async Task<Guid> FreshProposalAsync(string by = "cuba")
        {
            if (by != "cuba")
            {
                await BurundisProposalAsync(); // makes Burundi a member
            }

            var made = await Proposals.ProposeTextAsync(await App.AccessAsync(by, DraftId), "pp1", $"Determined to encourage compliance ({Guid.NewGuid():N}),", null, CancellationToken.None);
            Assert.True(made.IsSuccess, made.Error);
            return made.Value!.Id;
        }

        private async Task<bool> AsMemberAsync(string user, Func<DraftAccess, Task<bool>> act)
        {
            DraftAccess access;
            try
            {
                access = await App.AccessAsync(user, DraftId);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("not a member", StringComparison.Ordinal))
            {
                return false;
            }

            return await act(access);
        }

        private async Task<bool> ServiceEditAsync(string user)
        {
            DraftAccess access;
            try
            {
                access = await App.AccessAsync(user, DraftId);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("not a member", StringComparison.Ordinal))
            {
                return false;
            }

            var result = await App.Drafts.ApplyAsync(DraftId, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op1", $"Takes note of the report of {user};"), access, CancellationToken.None);
            return result.IsSuccess;
        }
    }
}
