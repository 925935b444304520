using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Security;

/// <summary>Issue 7: script and markup in every text field render inert; oversized and malformed hub messages change nothing.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task MarkupInEveryTextField_IsShownAsText_OnEveryPage()
    {
        var http = await app.ClientAsAsync("secretariat");
        var json = $$"""
        {
          "language": "en", "symbol": "A/80/L.99{{Escaped}}", "body": "General Assembly{{Escaped}}", "committee": "Third Committee{{Escaped}}",
          "session": "Eightieth session{{Escaped}}", "agendaItem": { "number": "38{{Escaped}}", "title": "Oceans{{Escaped}}" },
          "distribution": "Limited{{Escaped}}", "date": "7 October 2025{{Escaped}}", "originalLanguage": "en",
          "sponsors": [ { "name": "Cuba{{Escaped}}" } ],
          "title": "Oceans{{Escaped}}", "authorLine": "The General Assembly{{Escaped}},",
          "paragraphs": [
            { "id": "pp1", "kind": "preambular", "text": "Recalling{{Escaped}}," },
            { "id": "op1", "kind": "operative", "heading": "I. Heading{{Escaped}}", "text": "Decides{{Escaped}}:[^1]",
              "subparagraphs": [ { "id": "op1-a", "text": "To act{{Escaped}};" } ] }
          ],
          "footnotes": [ { "number": 1, "text": "A/80/1{{Escaped}}." } ]
        }
        """;
        var created = await http.PostAsync("/api/drafts", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = created.Headers.Location!.ToString().Split('/')[^1];
        var revision = await http.GetStringAsync($"/drafts/{id}/revisions");

        foreach (var path in new[] { $"/drafts/{id}", $"/drafts/{id}/revisions", $"/drafts/{id}/compare?old=live&new=live", $"/drafts/{id}/members", $"/drafts/{id}/audit", "/" })
        {
            var html = await http.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
        }

        var page = await http.GetStringAsync($"/drafts/{id}");
        // Each field shows the markup as text: escaped once, visible to the reader.
        Assert.True(Count(page, "&lt;script&gt;alert(1)&lt;/script&gt;") >= 8, "the markup is not shown as text in every field");
        Assert.NotNull(revision);
    }

    [Fact]
    public async Task OversizedHubMessage_ClosesThatConnectionOnly_AndChangesNothing()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var bystander = await HubClients.JoinAsync(app, id, "cuba");
        var hub = HubClients.Connection(app, await app.CookieAsync("secretariat"));
        await using var attacker = await ResolutionDrafts.Client.LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout());
        var before = DraftJson.Serialize((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft);

        var huge = new string('x', 3 * 1024 * 1024);
        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("SubmitOperation", new
        {
            draftId = id, clientId = attacker.ClientId, clientSeq = 1, baseRevision = 0,
            operation = JsonNode.Parse($$"""{"type":"setTitle","title":"{{huge}}"}"""),
        }).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(before, DraftJson.Serialize((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft));
        // The other delegation goes on working.
        await bystander.EditAsync(d => ResolutionDrafts.Domain.Drafts.DomainResult<ResolutionDrafts.Domain.Operations.DraftOperation>.Ok(
            ResolutionDrafts.Domain.Operations.EditText.Splice(d, "op1", 0, 0, "Still ").Value!));
        await bystander.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("Still ", (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Text);
    }

    [Theory]
    [InlineData("""{"type":"editText","nodeId":"op1","operation":[5,"x",-999999]}""")]
    [InlineData("""{"type":"insertParagraph","id":"<script>","kind":"operative","index":0,"text":"x"}""")]
    [InlineData("""{"type":"noSuchThing"}""")]
    [InlineData("""{"type":"setTitle"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"type":"operationBatch","operations":[{"type":"setTitle","title":"a"},{"type":"editText","nodeId":"nope","operation":[1]}]}""")]
    public async Task MalformedOperation_IsRefusedWithAReason_AndChangesNothing(string operation)
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var client = await HubClients.JoinAsync(app, id, "secretariat");
        var before = DraftJson.Serialize((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft);

        await client.SendRawAsync(new { draftId = id, clientId = client.ClientId, clientSeq = 1, baseRevision = 0, operation = JsonNode.Parse(operation) });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (client.Refusals.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.NotEmpty(client.Refusals);
        Assert.False(string.IsNullOrWhiteSpace(client.Refusals[0]));
        Assert.Equal(before, DraftJson.Serialize((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft));
    }

    [Fact]
    public async Task MalformedHubArguments_AreErrors_NotCrashes()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var hub = HubClients.Connection(app, await app.CookieAsync("secretariat"));
        await hub.StartAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("JoinDraft", new { draftId = id, clientId = new string('c', 65) }));
        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("JoinDraft", new { draftId = "not-a-guid", clientId = "c" }));
        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("UpdatePresence", new { draftId = id }));
        await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync("NoSuchMethod", 1, 2, 3));

        // The connection survives all of it and can still join.
        await using var joined = await ResolutionDrafts.Client.LiveDraftConnection.JoinAsync(hub, id, HubClients.Timeout());
        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    private const string Escaped = "<script>alert(1)</script><img src=x onerror=alert(2)><b onmouseover=alert(3)>x</b>";

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
