using System.Text.Json.Nodes;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>Live co-editing through real HubConnections against the app on a real SQLite file.</summary>
public sealed class DraftHubTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TwoClientsTypingIntoOneParagraphAtOnce_BothSeeBothEdits()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var chile = await HubClients.JoinAsync(app, draftId, "brazil");

        // Both type at the same moment into OP3, each at a different place, several keystrokes each.
        var typing = Task.WhenAll(
            TypeAsync(cuba, "op3", 0, "[Cuba] "),
            TypeAsync(chile, "op3", 16, "{智利}"));
        await typing;
        await HubClients.ConvergeAsync(app, draftId, cuba, chile);

        var server = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var text = server.FindNode("op3")!.Text;
        Assert.StartsWith("[Cuba] Once again", text);
        Assert.Contains("{智利}", text);
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of((await cuba.SnapshotAsync()).Draft));
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of((await chile.SnapshotAsync()).Draft));
        Assert.Empty(cuba.Refusals.Concat(chile.Refusals));
    }

    [Fact]
    public async Task ClientThatDropsMidEdit_ReconnectsResendsAndConverges()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var chile = await HubClients.JoinAsync(app, draftId, "brazil");

        await cuba.EditAsync(HubClients.Splice("op1", 0, "Firmly "));
        await cuba.DisconnectAsync();
        await cuba.EditAsync(HubClients.Splice("op1", 0, "Again "));       // typed while offline
        await chile.EditAsync(HubClients.Splice("op1", 0, "Chile: "));     // others go on meanwhile
        await chile.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));

        await cuba.ReconnectAsync(HubClients.Timeout());
        await HubClients.ConvergeAsync(app, draftId, cuba, chile);

        var text = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.Contains("Firmly ", text);
        Assert.Contains("Again ", text);
        Assert.Contains("Chile: ", text);
        Assert.Equal(1, CountOf(text, "Firmly ")); // applied exactly once, whether or not the first send arrived
        Assert.Equal(DraftCanonicalForm.Of((await chile.SnapshotAsync()).Draft), DraftCanonicalForm.Of((await cuba.SnapshotAsync()).Draft));
    }

    public static TheoryData<string, string, string> InvalidOperations => new()
    {
        { "out of range", """{"type":"editText","nodeId":"op1","operation":[5000,"x"]}""", "characters" },
        { "unknown paragraph", """{"type":"editText","nodeId":"nope","operation":[1,"x"]}""", "no paragraph" },
        { "malformed", """{"type":"explode"}""", "" },
        { "1 MB insert", "{\"type\":\"editText\",\"nodeId\":\"op1\",\"operation\":[\"" + new string('x', 1024 * 1024) + "\"]}", "KB" },
    };

    [Theory]
    [MemberData(nameof(InvalidOperations))]
    public async Task InvalidOperation_IsRefusedWithAMessageAndChangesNobodysText(string what, string operation, string reason)
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var chile = await HubClients.JoinAsync(app, draftId, "brazil");
        var before = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;

        await cuba.SendRawAsync(new { draftId, clientId = cuba.ClientId, clientSeq = 1, baseRevision = before.Revision, operation = JsonNode.Parse(operation) });

        await HubClients.WaitUntilAsync(() => cuba.Refusals.Count > 0, () => what, TimeSpan.FromSeconds(10));
        Assert.Contains(reason, cuba.Refusals[0]);
        var after = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(DraftCanonicalForm.Of(before.Draft), DraftCanonicalForm.Of(after.Draft));
        Assert.Equal(DraftCanonicalForm.Of(before.Draft), DraftCanonicalForm.Of((await chile.SnapshotAsync()).Draft));
    }

    [Fact]
    public async Task RevisionFarInTheFuture_IsRefused()
    {
        // The secretariat may change the title; the revision is what is wrong here.
        await using var cuba = await HubClients.JoinAsync(app, draftId, "secretariat");

        await cuba.SendRawAsync(new { draftId, clientId = cuba.ClientId, clientSeq = 1, baseRevision = 1_000_000, operation = JsonNode.Parse("""{"type":"setTitle","title":"Hijacked"}""") });

        await HubClients.WaitUntilAsync(() => cuba.Refusals.Count > 0, () => "future revision", TimeSpan.FromSeconds(10));
        Assert.Contains("future", cuba.Refusals[0]);
        Assert.NotEqual("Hijacked", (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.Title);
    }

    [Fact]
    public async Task PageChange_ReachesConnectedClientsLive()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");

        var result = await app.Drafts.ApplyAsync(draftId, DraftChanges.InsertParagraph("op5", ParagraphKind.Operative, "Decides to remain seized of the matter."), await app.AccessAsync("secretariat", draftId), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        await HubClients.ConvergeAsync(app, draftId, cuba);
        Assert.Equal("Decides to remain seized of the matter.", (await cuba.SnapshotAsync()).Draft.Paragraphs[^1].Text);
    }

    [Fact]
    public async Task AcknowledgedEdits_SurviveARestart()
    {
        await using (var cuba = await HubClients.JoinAsync(app, draftId, "cuba"))
        {
            for (var i = 0; i < 25; i++)
            {
                await cuba.EditAsync(HubClients.Splice("pp1", 0, i % 2 == 0 ? "a" : "中"));
            }

            await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }

        await using var restarted = new AppFactory(app.DatabasePath);
        var text = (await restarted.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("pp1")!.Text;
        Assert.Equal(string.Concat(Enumerable.Range(0, 25).Reverse().Select(i => i % 2 == 0 ? "a" : "中")), text[..25]);
        Assert.EndsWith("Charter of the United Nations,", text);
    }

    [Fact]
    public async Task ACaretCountedAtAnOlderRevision_IsMovedThroughWhatHappenedSince()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");
        var before = (await brazil.SnapshotAsync()).Revision;

        await cuba.EditAsync(HubClients.Splice("op2", 0, "Strongly "));
        await HubClients.ConvergeAsync(app, draftId, cuba, brazil);
        // Brazil's caret was at 20 in the text it had before Cuba's insertion.
        await brazil.UpdatePresenceAsync("op2", 20, 24, before);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        ResolutionDrafts.Contracts.Protocol.PresenceEntry? seen = null;
        while (DateTime.UtcNow < deadline && (seen = cuba.Presence.Values.FirstOrDefault(p => p.NodeId == "op2")) is null)
        {
            await Task.Delay(20);
        }

        Assert.NotNull(seen);
        Assert.Equal((29, 28 + 5), (seen!.SelectionStart!.Value, seen.SelectionEnd!.Value));
        Assert.Equal((await cuba.SnapshotAsync()).Revision, seen.Revision);
    }

    [Fact]
    public async Task JoiningAnUnknownDraft_IsRefused()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => HubClients.JoinAsync(app, Guid.NewGuid(), "cuba"));

        Assert.Contains("no such draft", error.ToString());
    }

    private static async Task TypeAsync(ResolutionDrafts.Client.LiveDraftConnection client, string nodeId, int at, string text)
    {
        // One keystroke at a time, each right after the previous one.
        for (var i = 0; i < text.Length; i++)
        {
            var offset = at + i;
            var character = text[i].ToString();
            await client.EditAsync(HubClients.Splice(nodeId, offset, character));
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
