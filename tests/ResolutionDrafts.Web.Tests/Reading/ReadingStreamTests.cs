using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Reading;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Reading;

/// <summary>
/// Issue 22, ADR 0017: a reader's page opens no circuit; each change is printed once for all
/// readers and reaches each of them over their stream; the access rules of the draft page and the
/// hub hold for the stream too.
/// </summary>
public sealed class ReadingStreamTests : IAsyncLifetime
{
    private readonly AppFactory app = new()
    {
        Settings = { ["Reading:Coalesce"] = "00:00:00.010", ["Reading:Heartbeat"] = "00:00:00.300" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TheReadingPage_IsRenderedWithoutACircuit_WhileTheDraftPageStartsOne()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var observer = await app.ClientAsAsync("observer");

        var reading = await observer.GetStringAsync($"/drafts/{id}/read");
        var draftPage = await observer.GetStringAsync($"/drafts/{id}");

        // The interactive page carries a server component's descriptor (its circuit starts from it); the reading page none.
        Assert.Contains("\"type\":\"server\"", draftPage);
        Assert.DoesNotContain("\"type\":\"server\"", reading);
        Assert.DoesNotContain("data-live-draft", reading); // nor does it join the hub
        Assert.Contains($"data-reading-draft=\"{id}\"", reading);
        var draft = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        foreach (var paragraph in draft.Paragraphs)
        {
            Assert.Contains($"<!--p:{paragraph.Id}-->", reading);
            Assert.Contains($"id=\"para-{paragraph.Id}\"", reading);
        }
    }

    [Fact]
    public async Task AChange_IsPrintedOnce_AndEveryReaderGetsIt()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var readers = new List<EventStream>();
        foreach (var user in new[] { "observer", "editor", "cuba" })
        {
            readers.Add(await EventStream.OpenAsync(await app.ClientAsAsync(user), $"/drafts/{id}/read/stream"));
        }

        var hellos = new List<string>();
        foreach (var reader in readers)
        {
            Assert.Equal(HttpStatusCode.OK, reader.Response.StatusCode);
            Assert.Equal("text/event-stream", reader.Response.Content.Headers.ContentType?.MediaType);
            hellos.Add((await reader.NextAsync("hello")).GetProperty("version").GetString()!);
        }

        Assert.Single(hellos.Distinct());
        var renderer = app.Services.GetRequiredService<ReadingRenderer>();
        var before = renderer.ParagraphsRendered;
        var op3 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        var edit = await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op3", op3 + " read along"), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.Null(edit.Error);

        foreach (var reader in readers)
        {
            var change = await reader.NextAsync("change");
            Assert.Equal(hellos[0], change.GetProperty("previous").GetString());
            var paragraphs = change.GetProperty("paragraphs").EnumerateObject().ToList();
            var only = Assert.Single(paragraphs);
            Assert.Equal("op3", only.Name);
            Assert.Contains("read along", only.Value.GetString());
            Assert.Contains("id=\"para-op3\"", only.Value.GetString());
            Assert.Equal(JsonValueKind.Null, change.GetProperty("order").ValueKind);
        }

        // One paragraph printed for three readers, not three.
        Assert.Equal(1, renderer.ParagraphsRendered - before);
        foreach (var reader in readers)
        {
            await reader.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheSidePanels_ArePrintedIntoThePage_AndIntoTheDocumentAPageFetches()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var observer = await app.ClientAsAsync("observer");

        var page = await observer.GetStringAsync($"/drafts/{id}/read");
        var document = await observer.GetFromJsonAsync<JsonElement>($"/drafts/{id}/read/document");

        foreach (var (name, heading) in new[] { ("presence", "In this draft"), ("proposals", "Proposals"), ("style", "Style") })
        {
            Assert.Contains($"data-reading-panel=\"{name}\"", page);
            Assert.Contains(heading, document.GetProperty("panels").GetProperty(name).GetString());
        }

        Assert.Contains("Nobody has the draft page open.", page);
        Assert.Contains("No proposals yet.", page);
        // Printed once for every reader: nothing in it is the reader's own.
        Assert.DoesNotContain("You appear as", page);
        Assert.DoesNotContain("<button", document.GetProperty("panels").GetProperty("proposals").GetString());
    }

    [Fact]
    public async Task AStyleWarning_ReachesEveryReader_WithTheChange_PrintedOnce()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var first = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        await using var second = await EventStream.OpenAsync(await app.ClientAsAsync("editor"), $"/drafts/{id}/read/stream");
        await first.NextAsync("hello");
        await second.NextAsync("hello");
        var renderer = app.Services.GetRequiredService<ReadingRenderer>();
        var before = renderer.PanelsRendered;
        var op3 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op3")!.Text;

        // An operative paragraph that no longer ends with ";" or ".": a style warning on OP3.
        Assert.Null((await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op3", op3 + " without an ending"), await app.AccessAsync("secretariat", id), CancellationToken.None)).Error);

        foreach (var reader in new[] { first, second })
        {
            var change = await reader.NextAsync("change");
            var style = change.GetProperty("panels").GetProperty("style").GetString()!;
            Assert.Contains("should end with", style);
            Assert.Contains($"href=\"drafts/{id}/read#para-op3\"", style); // stays on the reading page
            Assert.False(change.GetProperty("panels").TryGetProperty("presence", out _)); // only what changed
        }

        // One panel printed for two readers.
        Assert.Equal(1, renderer.PanelsRendered - before);
    }

    [Fact]
    public async Task SomeoneOpeningTheDraftPage_ReachesReaders_InThisDraft_AndLeavingToo()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var reader = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        var hello = await reader.NextAsync("hello");

        var cuba = await HubClients.JoinAsync(app, id, "cuba");
        var joined = await reader.NextAsync("panels");
        Assert.Equal(hello.GetProperty("version").GetString(), joined.GetProperty("previous").GetString());
        Assert.Contains("Cuba", joined.GetProperty("panels").GetProperty("presence").GetString());
        Assert.False(joined.GetProperty("panels").TryGetProperty("proposals", out _));

        await cuba.DisposeAsync();
        var left = await reader.NextAsync("panels");
        Assert.Equal(joined.GetProperty("version").GetString(), left.GetProperty("previous").GetString());
        Assert.DoesNotContain("Cuba", left.GetProperty("panels").GetProperty("presence").GetString());
        Assert.Contains("Nobody has the draft page open.", left.GetProperty("panels").GetProperty("presence").GetString());
    }

    [Fact]
    public async Task AProposal_ReachesReaders_InTheProposalsPanel_AndBesideItsParagraph()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var reader = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        await reader.NextAsync("hello");
        var op2 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Text;

        var proposed = await app.Services.GetRequiredService<ResolutionDrafts.Web.Proposals.IProposalService>()
            .ProposeTextAsync(await app.AccessAsync("cuba", id), "op2", op2.Replace("the", "all the", StringComparison.Ordinal), null, CancellationToken.None);
        Assert.Null(proposed.Error);

        var change = await reader.NextAsync("change");
        var panel = change.GetProperty("panels").GetProperty("proposals").GetString()!;
        Assert.Contains("Proposal 1", panel);
        Assert.Contains("Cuba", panel);
        Assert.Contains("operative paragraph 2", proposed.Value!.Wording("en"));
        Assert.Contains("operative paragraph 2", panel); // worded the UN way, as on the draft page
        Assert.Contains("1 proposed", change.GetProperty("paragraphs").GetProperty("op2").GetString());
    }

    [Fact]
    public async Task AMove_SendsTheNewOrder_AndTheRenumberedParagraphs()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var reader = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        await reader.NextAsync("hello");

        Assert.Null((await app.Drafts.ApplyAsync(id, DraftChanges.MoveBy("op1", +1), await app.AccessAsync("secretariat", id), CancellationToken.None)).Error);

        var change = await reader.NextAsync("change");
        var draft = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.Equal(draft.Paragraphs.Select(p => p.Id), change.GetProperty("order").EnumerateArray().Select(e => e.GetString()));
        var printed = change.GetProperty("paragraphs");
        Assert.Contains("data-label=\"OP2\"", printed.GetProperty("op1").GetString());
        Assert.Contains("data-label=\"OP1\"", printed.GetProperty("op2").GetString());
    }

    [Fact]
    public async Task APageThatMissedAMessage_GetsTheWholeDocumentAtTheCurrentVersion()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var observer = await app.ClientAsAsync("observer");
        await using var reader = await EventStream.OpenAsync(observer, $"/drafts/{id}/read/stream");
        await reader.NextAsync("hello");
        var op2 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Text;
        await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op2", op2 + " missed"), await app.AccessAsync("secretariat", id), CancellationToken.None);
        var change = await reader.NextAsync("change");

        var document = await observer.GetFromJsonAsync<JsonElement>($"/drafts/{id}/read/document");

        Assert.Equal(change.GetProperty("version").GetString(), document.GetProperty("version").GetString());
        Assert.Contains("missed", document.GetProperty("html").GetString());
        Assert.StartsWith("<article", document.GetProperty("html").GetString()!.TrimStart());
    }

    [Fact]
    public async Task AChangeAboveTheParagraphs_SendsTheWholeDocument_FollowingTheShownVersion()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var reader = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        var hello = await reader.NextAsync("hello");

        Assert.Null((await app.Drafts.ApplyAsync(id, DraftChanges.AddSponsor(new ResolutionDrafts.Domain.Drafts.Sponsor("Uruguay")), await app.AccessAsync("secretariat", id), CancellationToken.None)).Error);

        var document = await reader.NextAsync("document");
        Assert.Equal(hello.GetProperty("version").GetString(), document.GetProperty("previous").GetString());
        var html = document.GetProperty("html").GetString()!;
        Assert.Contains("Uruguay", html);
        Assert.Contains("<!--p:op1-->", html);
    }

    [Fact]
    public async Task TheFacilitatorsLead_ReachesEveryReader_AndANewReaderHearsWhereItIs()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var early = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        await early.NextAsync("hello");
        var room = app.Services.GetRequiredService<ResolutionDrafts.Web.Room.MeetingRoom>();

        Assert.Null((await room.LeadAsync(await app.AccessAsync("secretariat", id), true, "op2", CancellationToken.None)).Error);

        var follow = await early.NextAsync("follow");
        Assert.True(follow.GetProperty("on").GetBoolean());
        Assert.Equal("op2", follow.GetProperty("paragraphId").GetString());
        await using var late = await EventStream.OpenAsync(await app.ClientAsAsync("cuba"), $"/drafts/{id}/read/stream");
        await late.NextAsync("hello");
        Assert.Equal("op2", (await late.NextAsync("follow")).GetProperty("paragraphId").GetString());
    }

    [Fact]
    public async Task ANonMember_GetsNeitherThePageNorTheStreamNorTheDocument()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), true, ("cuba", DraftRole.Delegation));
        var outsider = await app.ClientAsAsync("brazil");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/drafts/{id}/read/stream", HttpCompletionOption.ResponseHeadersRead)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/drafts/{id}/read/document")).StatusCode);
        var page = await outsider.GetStringAsync($"/drafts/{id}/read");
        Assert.Contains("There is no such draft, or you are not a member of it.", page);
        Assert.DoesNotContain("para-op1", page);

        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync($"/drafts/{id}/read/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EndingTheSignIn_EndsTheReadersStream_BeforeTheNextChangeReachesIt()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var reader = await EventStream.OpenAsync(await app.ClientAsAsync("brazil"), $"/drafts/{id}/read/stream");
        await reader.NextAsync("hello");

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            await app.Services.GetRequiredService<SignInCheck>().EndSessionsAsync(users, (await users.FindByNameAsync("brazil"))!);
        }

        var op1 = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op1", op1 + " secret"), await app.AccessAsync("secretariat", id), CancellationToken.None);

        var ended = await reader.NextAsync("ended");
        Assert.Contains("sign-in has ended", ended.GetProperty("reason").GetString());
        Assert.Null(await reader.NextAsync()); // and closed, without the change
    }

    [Fact]
    public async Task ARemovedMember_IsToldAndTheirStreamCloses_EvenWhenNothingChanges()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var reader = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream");
        await reader.NextAsync("hello");
        var observerId = (await app.ActorAsync("observer")).UserId;

        Assert.Null((await app.Services.GetRequiredService<DraftAccessService>().RemoveMemberAsync(await app.AccessAsync("secretariat", id), observerId, CancellationToken.None)).Error);

        var ended = await reader.NextAsync("ended");
        Assert.Contains("no longer a member", ended.GetProperty("reason").GetString());
        Assert.Null(await reader.NextAsync());
    }
}
