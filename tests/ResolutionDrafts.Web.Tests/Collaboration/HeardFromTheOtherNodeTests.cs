using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15, the divergence of 50 typists on one draft over two nodes: a client hears a revision
/// another node wrote (over the backplane) before its own node does, while its node holds a batch
/// of its own in memory at that same revision number. The client's change is based on the other
/// node's revision; received on the node's live text it was applied to the wrong text — refused
/// ("a text operation for a text of N characters; the paragraph has M") when the lengths differ, and
/// the sender's text went its own way. The node must first write what it holds and take in what the
/// other wrote, then receive the change.
/// </summary>
[Trait("Needs", "postgres")]
public sealed class HeardFromTheOtherNodeTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Settings = { ["Collaboration:BatchWindow"] = TimeSpan.FromSeconds(1).ToString() } };
    private Guid draftId;

    public async Task InitializeAsync()
    {
        if (AppFactory.PostgresServer is null)
        {
            throw new InvalidOperationException("This test needs PostgreSQL: set RD_TEST_POSTGRES (scripts/test.sh starts one).");
        }

        draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AChangeBasedOnARevisionTheNodeHasNotStoredYet_IsReceivedAfterIt_NotOnTheNodesOwnBatch()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        var answers = new ConcurrentQueue<string>();
        await using var burundi = HubClients.Connection(app, await app.CookieAsync("burundi"));
        burundi.On<OperationAcknowledged>(nameof(IDraftClient.OperationAcknowledged), m => answers.Enqueue($"ack {m.Ack.Revision}"));
        burundi.On<OperationRefused>(nameof(IDraftClient.OperationRefused), m => answers.Enqueue($"refused: {m.Error}"));
        burundi.On<OperationsApplied>(nameof(IDraftClient.OperationsApplied), m =>
        {
            foreach (var entry in m.Entries.Where(e => e.ClientId == "burundi-raw"))
            {
                answers.Enqueue($"ack {entry.Revision}");
            }
        });
        burundi.On<DraftJoined>(nameof(IDraftClient.DraftJoined), _ => { });
        await burundi.StartAsync();
        await burundi.InvokeAsync("JoinDraft", new JoinDraft(draftId, "burundi-raw", null));

        // Revision 1 is written at once and opens a batch window; Cuba's next change waits in the
        // node's memory as revision 2.
        await cuba.EditAsync(HubClients.Splice("op1", 0, "Firmly "));
        await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        var atOne = (await cuba.SnapshotAsync()).Draft;
        await cuba.EditAsync(HubClients.Splice("op1", 0, "Once again "));

        // Meanwhile another node writes revision 2: two words at the end of OP3.
        var op3 = atOne.FindNode("op3")!.Text;
        var elsewhere = EditText.Splice(atOne, "op3", op3.Length, 0, " elsewhere too").Value!;
        await AnotherNode.WritesAsync(app, draftId, 2, elsewhere);

        // Burundi heard revision 2 over the backplane and types after it, at the end of OP3.
        var atTwo = atOne.Clone();
        Assert.True(elsewhere.Apply(atTwo).IsSuccess);
        var typed = EditText.Splice(atTwo, "op3", atTwo.FindNode("op3")!.Text.Length, 0, " and Burundi").Value!;
        await burundi.SendAsync("SubmitOperation", new SubmitOperation(draftId, "burundi-raw", 1, 2, typed));

        await HubClients.WaitUntilAsync(() => !answers.IsEmpty, () => "no answer to Burundi's change", TimeSpan.FromSeconds(20));
        Assert.StartsWith("ack", answers.First());
        await HubClients.ConvergeAsync(app, draftId, cuba);
        Assert.Empty(cuba.Refusals);

        await using var fresh = new AppFactory(app.DatabasePath); // what the database holds, read by a node that held nothing
        var stored = (await fresh.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.EndsWith(" elsewhere too and Burundi", stored.FindNode("op3")!.Text);
        Assert.StartsWith("Once again Firmly ", stored.FindNode("op1")!.Text);
        Assert.Equal(DraftCanonicalForm.Of(stored), DraftCanonicalForm.Of((await cuba.SnapshotAsync()).Draft));
    }
}
