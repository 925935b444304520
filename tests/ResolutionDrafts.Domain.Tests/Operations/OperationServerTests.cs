using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

public sealed class OperationServerTests
{
    [Fact]
    public void Receive_ConcurrentTyping_TransformsAgainstWhatWasAppliedSince()
    {
        var server = new OperationServer(DraftOperationTests.DraftWith("p1"), 0);

        server.Receive(new Submission("a", 1, 0, new EditText("p1", TextOperation.Splice(5, 5, 0, "!"))));
        var outcome = server.Receive(new Submission("b", 1, 0, new EditText("p1", TextOperation.Splice(5, 0, 0, "We "))));

        Assert.Equal(ServerOutcomeKind.Applied, outcome.Kind);
        Assert.Equal(2, outcome.Ack!.Revision);
        Assert.Equal("We Urges!", server.Draft.FindNode("p1")!.Text);
    }

    [Fact]
    public void Receive_ResendOfAppliedOperation_IsAcknowledgedAgainNotApplied()
    {
        var server = new OperationServer(DraftOperationTests.DraftWith("p1"), 0);
        var submission = new Submission("a", 7, 0, new EditText("p1", TextOperation.Splice(5, 0, 0, "x")));
        server.Receive(submission);
        server.Receive(new Submission("b", 1, 1, new SetTitle("T")));

        var again = server.Receive(submission);

        Assert.Equal(ServerOutcomeKind.Duplicate, again.Kind);
        Assert.Equal(new OperationAck(7, 1, []), again.Ack! with { Dropped = [] });
        Assert.Equal(2, server.Revision);
        Assert.Equal("xUrges", server.Draft.FindNode("p1")!.Text);
    }

    [Fact]
    public void Receive_OlderSequenceNumber_IsStale()
    {
        var server = new OperationServer(DraftOperationTests.DraftWith("p1"), 0);
        server.Receive(new Submission("a", 1, 0, new SetTitle("One")));
        server.Receive(new Submission("a", 2, 1, new SetTitle("Two")));

        Assert.Equal(ServerOutcomeKind.Stale, server.Receive(new Submission("a", 1, 0, new SetTitle("One"))).Kind);
    }

    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public void Receive_InvalidOperation_IsRefusedAndNobodysTextChanges(Submission submission, string expected)
    {
        var server = new OperationServer(DraftOperationTests.DraftWith("p1"), 0);
        server.Receive(new Submission("other", 1, 0, new SetTitle("T")));
        var before = DraftCanonicalForm.Of(server.Draft);

        var outcome = server.Receive(submission);

        Assert.Equal(ServerOutcomeKind.Refused, outcome.Kind);
        Assert.Contains(expected, outcome.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, DraftCanonicalForm.Of(server.Draft));
        Assert.Equal(1, server.Revision);
        Assert.Equal(ServerOutcomeKind.Refused, server.Receive(submission).Kind);
    }

    public static TheoryData<Submission, string> InvalidSubmissions() => new()
    {
        { new Submission("a", 1, 1, new EditText("p1", TextOperation.Splice(9, 9, 0, "x"))), "text of 9 characters" },
        { new Submission("a", 1, 1, new EditText("nope", TextOperation.Identity(0))), "no paragraph" },
        { new Submission("a", 1, 99, new SetTitle("x")), "future" },
        { new Submission("a", 1, 1, new InsertParagraph("p2", ParagraphKind.Operative, 0, new string('x', 1024 * 1024))), "at most" },
        { new Submission("", 1, 1, new SetTitle("x")), "client id" },
    };

    [Fact]
    public void Receive_EditOfParagraphDeletedMeanwhile_IsAppliedAsNoOpAndTheAckSaysWhy()
    {
        var draft = DraftOperationTests.DraftWith("p1", "p2");
        var server = new OperationServer(draft.Clone(), 0);
        server.Receive(new Submission("a", 1, 0, DeleteParagraph.Of(draft, "p1").Value!));

        var outcome = server.Receive(new Submission("b", 1, 0, EditText.Splice(draft, "p1", 0, 0, "x").Value!));

        Assert.Equal(ServerOutcomeKind.Applied, outcome.Kind);
        Assert.Equal([DropReasons.ParagraphDeleted], outcome.Ack!.Dropped);
    }

    [Fact]
    public void Since_TrimmedHistory_AsksTheClientToReload()
    {
        var server = new OperationServer(DraftOperationTests.DraftWith("p1"), 0);
        server.Receive(new Submission("a", 1, 0, new SetTitle("One")));
        server.Receive(new Submission("a", 2, 1, new SetTitle("Two")));
        server.Log.TrimThrough(1);

        Assert.Single(server.Since(1).Value!);
        Assert.Contains("reload", server.Since(0).Error);
        Assert.Equal(ServerOutcomeKind.Refused, server.Receive(new Submission("b", 1, 0, new SetTitle("x"))).Kind);
    }

    [Fact]
    public void Constructor_ReloadedFromTheDatabase_StillDeduplicates()
    {
        var server = new OperationServer(DraftOperationTests.DraftWith("p1"), 0);
        var submission = new Submission("a", 1, 0, new SetTitle("One"));
        var entry = server.Receive(submission).Applied!;

        var reloaded = new OperationServer(server.Draft.Clone(), 1, [entry], server.Clients);

        Assert.Equal(ServerOutcomeKind.Duplicate, reloaded.Receive(submission).Kind);
    }
}
