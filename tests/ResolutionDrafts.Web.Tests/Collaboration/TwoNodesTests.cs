using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15: two app nodes on one database, each with an open session of the same draft. The change
/// log's unique (draft, revision) key decides the order; a node that loses a revision takes in what
/// the other wrote and sends its batch again, transformed (ShareDB's optimistic append). Here there is
/// no backplane between them, so clients hear the other node's changes when their node catches up.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private AppFactory first = null!;
    private AppFactory second = null!;
    private Guid draftId;

    public async Task InitializeAsync()
    {
        first = new AppFactory();
        draftId = await first.CreateDraftAsync(SampleDrafts.Demo());
        second = new AppFactory(first.DatabasePath);
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task TwoDelegatesOnTwoNodes_TypingIntoOneParagraph_LoseNothing_AndConverge()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(second, draftId, "brazil");

        // Both type at once, each on its own node, with no pause: their nodes keep taking the same revisions.
        await Task.WhenAll(TypeAsync(cuba, "c"), TypeAsync(brazil, "b"));
        await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));
        await brazil.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));

        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));
        await using var third = new AppFactory(first.DatabasePath); // what the database holds, read by a node that held nothing
        var stored = (await third.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        for (var i = 0; i < Keystrokes; i++)
        {
            Assert.Equal(1, Count(stored, $"[c{i}]"));
            Assert.Equal(1, Count(stored, $"[b{i}]"));
        }

        // Each node catches its clients up when they join again; everyone ends with the stored text.
        await cuba.DisconnectAsync();
        await cuba.ReconnectAsync(HubClients.Timeout());
        await brazil.DisconnectAsync();
        await brazil.ReconnectAsync(HubClients.Timeout());
        Assert.Equal(stored, (await cuba.SnapshotAsync()).Draft.FindNode("op3")!.Text);
        Assert.Equal(stored, (await brazil.SnapshotAsync()).Draft.FindNode("op3")!.Text);
    }

    private const int Keystrokes = 25;

    private static async Task TypeAsync(LiveDraftConnection client, string who)
    {
        for (var i = 0; i < Keystrokes; i++)
        {
            var result = await client.EditAsync(HubClients.Splice("op3", 0, $"[{who}{i}]"));
            Assert.True(result.IsSuccess, result.Error);
            await Task.Delay(5);
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
