using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>The transform rules people will ask about, one by one; the random tests cover the rest.</summary>
public sealed class DraftTransformTests
{
    [Fact]
    public void Transform_TextEditOfDeletedParagraph_IsDroppedWithAReason()
    {
        var draft = DraftOperationTests.DraftWith("p1", "p2");
        var delete = DeleteParagraph.Of(draft, "p1").Value!;
        var edit = EditText.Splice(draft, "p1", 0, 0, "x").Value!;

        var (deleteAfter, editAfter) = DraftOperation.Transform(delete, edit).Value;

        Assert.Equal(new NoOp(DropReasons.ParagraphDeleted), editAfter);
        Assert.Same(delete, deleteAfter);
        Assert.Equal([DropReasons.ParagraphDeleted], editAfter.DroppedReasons());
    }

    [Fact]
    public void Transform_TextEditUnderDeletedAncestor_IsDropped()
    {
        var draft = DraftOperationTests.DraftWith("p1");
        draft.AddSubParagraph("p1", "(a)", id: "s1");
        draft.AddSubParagraph("s1", "(i)", id: "s2");
        var edit = EditText.Splice(draft, "s2", 0, 0, "x").Value!;

        var (editAfter, deleteAfter) = DraftOperation.Transform(edit, DeleteParagraph.Of(draft, "p1").Value!).Value;

        Assert.IsType<NoOp>(editAfter);
        Assert.IsType<DeleteParagraph>(deleteAfter);
    }

    [Fact]
    public void Transform_SubParagraphAddedUnderDeletedParagraph_JoinsTheDelete()
    {
        var draft = DraftOperationTests.DraftWith("p1");
        var add = new AddSubParagraph("p1", "s1", 0, "(a)");
        var delete = DeleteParagraph.Of(draft, "p1").Value!;

        var (addAfter, deleteAfter) = DraftOperation.Transform(add, delete).Value;
        add.Apply(draft);

        Assert.IsType<NoOp>(addAfter);
        Assert.True(deleteAfter.Apply(draft).IsSuccess);
        Assert.Empty(draft.Paragraphs);
    }

    [Fact]
    public void Transform_InsertsAtSameIndex_EarlierComesFirstOnEveryReplica()
    {
        var draft = DraftOperationTests.DraftWith("p1");
        var earlier = new InsertParagraph("e", ParagraphKind.Operative, 1, "E");
        var later = new InsertParagraph("l", ParagraphKind.Operative, 1, "L");

        var (e, l) = DraftOperation.Transform(earlier, later).Value;
        var server = draft.Clone();
        earlier.Apply(server);
        l.Apply(server);
        later.Apply(draft);
        e.Apply(draft);

        Assert.Equal(["p1", "e", "l"], server.Paragraphs.Select(p => p.Id));
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of(draft));
    }

    [Fact]
    public void Transform_TwoTitles_LaterStands()
    {
        var (e, l) = DraftOperation.Transform(new SetTitle("First"), new SetTitle("Second")).Value;

        Assert.IsType<NoOp>(e);
        Assert.Equal(new SetTitle("Second"), l);
    }

    [Fact]
    public void Transform_SameSponsorAddedTwice_EarlierStandsLaterIsToldWhy()
    {
        var draft = Draft.Create("en").Value!;
        draft.AddSponsor(new Sponsor("Peru"));
        var earlier = new AddSponsor(new Sponsor("Ghana"), 0);
        var later = new AddSponsor(new Sponsor("ghana", Additional: true), 1);

        var (e, l) = DraftOperation.Transform(earlier, later).Value;
        var server = draft.Clone();
        earlier.Apply(server);
        l.Apply(server);
        later.Apply(draft);
        Assert.True(e.Apply(draft).IsSuccess);

        Assert.Equal([DropReasons.AlreadySponsor], l.DroppedReasons());
        Assert.Equal(["Ghana", "Peru"], server.Sponsors.Select(s => s.Name));
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of(draft));
    }

    [Fact]
    public void Transform_MoveOfDeletedParagraph_IsDropped()
    {
        var draft = DraftOperationTests.DraftWith("p1", "p2", "p3");

        var (_, move) = DraftOperation.Transform(DeleteParagraph.Of(draft, "p1").Value!, MoveParagraph.Of(draft, "p1", 2).Value!).Value;

        Assert.Equal(new NoOp(DropReasons.ParagraphDeleted), move);
    }

    [Fact]
    public void Transform_TextEditsWithDifferentBaseLengths_IsRefused()
    {
        var result = DraftOperation.Transform(
            new EditText("p1", TextOperation.Identity(3)),
            new EditText("p1", TextOperation.Identity(4)));

        Assert.False(result.IsSuccess);
    }
}
