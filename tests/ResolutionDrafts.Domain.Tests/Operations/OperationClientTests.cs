using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

public sealed class OperationClientTests
{
    [Fact]
    public void ApplyLocal_WhileAwaiting_BuffersAndTheAckSendsTheBuffer()
    {
        var client = new OperationClient("a", DraftOperationTests.DraftWith("p1"), 0);

        var first = client.ApplyLocal(EditText.Splice(client.Draft, "p1", 5, 0, "!").Value!).Value;
        var second = client.ApplyLocal(EditText.Splice(client.Draft, "p1", 6, 0, "!").Value!).Value;
        client.ApplyLocal(new SetTitle("T"));
        Assert.Equal(ClientState.AwaitingWithBuffer, client.State);

        var step = client.ReceiveAck(new OperationAck(first!.ClientSeq, 1, [])).Value!;

        Assert.Null(second);
        Assert.Equal(ClientState.AwaitingConfirm, client.State);
        Assert.Equal(new Submission("a", 2, 1, client.Outstanding!.Operation), step.Send);
        Assert.IsType<OperationBatch>(step.Send!.Operation);
    }

    [Fact]
    public void ReceiveRemote_WithPendingLocalEdit_TransformsBothWays()
    {
        var client = new OperationClient("a", DraftOperationTests.DraftWith("p1"), 0);
        client.ApplyLocal(EditText.Splice(client.Draft, "p1", 5, 0, "!").Value!);

        var step = client.ReceiveRemote(new AppliedOperation(1, "b", 1, new EditText("p1", TextOperation.Splice(5, 0, 0, "We ")))).Value!;

        Assert.Equal("We Urges!", client.Draft.FindNode("p1")!.Text);
        Assert.Equal(1, client.Outstanding!.BaseRevision);
        Assert.Equal("[8,\"!\"]", ((EditText)client.Outstanding.Operation).Operation.ToJson());
        Assert.NotNull(step.Applied);
    }

    [Fact]
    public void ReceiveRemote_OwnOperationInCatchUp_CountsAsTheAck()
    {
        var client = new OperationClient("a", DraftOperationTests.DraftWith("p1"), 0);
        var sent = client.ApplyLocal(new SetTitle("Mine")).Value!;

        client.ReceiveRemote(new AppliedOperation(1, "a", sent.ClientSeq, sent.Operation));
        var lateAck = client.ReceiveAck(new OperationAck(sent.ClientSeq, 1, []));

        Assert.Equal(ClientState.Synchronized, client.State);
        Assert.Equal(1, client.Revision);
        Assert.Same(ClientStep.Nothing, lateAck.Value);
        Assert.Equal("Mine", client.Draft.Title);
    }

    [Fact]
    public void ReceiveRemote_Gap_IsAnErrorAndChangesNothing()
    {
        var client = new OperationClient("a", DraftOperationTests.DraftWith("p1"), 0);

        var step = client.ReceiveRemote(new AppliedOperation(3, "b", 1, new SetTitle("x")));

        Assert.False(step.IsSuccess);
        Assert.Equal(0, client.Revision);
        Assert.Equal("", client.Draft.Title);
    }

    [Fact]
    public void Resend_AfterReconnect_IsTheOutstandingOperationAtTheCurrentRevision()
    {
        var client = new OperationClient("a", DraftOperationTests.DraftWith("p1"), 0);
        var sent = client.ApplyLocal(EditText.Splice(client.Draft, "p1", 0, 0, "x").Value!).Value!;
        client.ReceiveRemote(new AppliedOperation(1, "b", 1, new SetTitle("T")));

        var again = client.Resend();

        Assert.Equal(sent.ClientSeq, again!.ClientSeq);
        Assert.Equal(1, again.BaseRevision);
    }

    [Fact]
    public void Resynchronize_DropsPendingChangesButKeepsNumbering()
    {
        var client = new OperationClient("a", DraftOperationTests.DraftWith("p1"), 0);
        client.ApplyLocal(new SetTitle("Lost"));

        client.Resynchronize(DraftOperationTests.DraftWith("p1"), 5);
        var next = client.ApplyLocal(new SetTitle("Kept")).Value!;

        Assert.Equal(2, next.ClientSeq);
        Assert.Equal(5, next.BaseRevision);
    }
}
