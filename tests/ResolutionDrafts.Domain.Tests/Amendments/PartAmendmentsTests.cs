using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.PartsTests;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Amendments to a resolution in parts that reach the parts themselves (ADR 0016): a new paragraph
/// at the head of part B, and a new title for a part, worded as the UN words them and applied.
/// </summary>
public sealed class PartAmendmentsTests
{
    private static Draft NewAtHeadOfB(Draft original, ParagraphKind kind, string text) =>
        Proposed(original, d => Ok(PartEdges.InsertBefore(d, new InsertParagraph("new", kind, 3, text)).Apply(d)));

    [Fact]
    public void ANewParagraphAtTheHeadOfPartB_IsPlacedBeforeItsFirstParagraph_AndOpensThePartWhenApplied()
    {
        var original = TwoParts();
        var proposed = NewAtHeadOfB(original, ParagraphKind.Preambular, "Recalling its resolution 74/93,");

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Before the first preambular paragraph of resolution B, insert a new paragraph reading: “Recalling its resolution 74/93,”.", Assert.Single(amendment.Wording("en")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.Equal("B PP1", ParagraphLabels.Compute(applied)["new"].Label);
        Assert.Equal(PartB, ((Paragraph)applied.FindNode("new")!).Part);
        Assert.Null(((Paragraph)applied.FindNode("b-pp1")!).Part);
    }

    [Fact]
    public void ANewOperativeParagraphAtTheHeadOfAPartInChinese_NamesThePart()
    {
        var original = TwoParts(DraftLanguage.Chinese);
        var proposed = NewAtHeadOfB(original, ParagraphKind.Operative, "请秘书长继续报告；");

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("在决议B序言部分第一段之前插入一个新的执行部分段落，内容如下：“请秘书长继续报告；”。", Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void ANewParagraphAtTheEndOfPartA_StaysInPartA_EvenOfTheKindThatOpensPartB()
    {
        // A preambular paragraph after A's operative ones: "before B PP1" would put it in part B.
        var original = TwoParts();
        var proposed = Proposed(original, d => Ok(d.InsertParagraph(ParagraphKind.Preambular, "Noting with appreciation,", 3, "new")));

        var amendment = RoundTrip(original, proposed);

        Assert.StartsWith("After operative paragraph 2 of resolution A, insert", Assert.Single(amendment.Wording("en")), StringComparison.Ordinal);
        Assert.Equal("A", PartLetters.Of(AmendmentApplier.Apply(original, amendment).Value!.Paragraphs)["new"]);
    }

    [Theory]
    [InlineData("b-pp1", +1)] // leaves the part where it was
    [InlineData("b-pp2", -1)] // heads part B
    [InlineData("a-op2", -1)]
    public void AMoveProposedAtAPartsEdge_IsAppliedAsTheProposerSawIt(string id, int delta)
    {
        var original = TwoParts();
        var proposed = Proposed(original, d => Ok(PartEdges.MoveBy(d, id, delta).Value!.Apply(d)));

        RoundTrip(original, proposed);
    }

    [Fact]
    public void DeletingAPartsFirstParagraph_KeepsThePart_OnTheParagraphAfterIt()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d => Ok(DeleteParagraph.KeepingPart(d, "b-pp1").Value!.Apply(d)));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Delete the first preambular paragraph of resolution B.", Assert.Single(amendment.Wording("en")));
        Assert.Equal(PartB, ((Paragraph)AmendmentApplier.Apply(original, amendment).Value!.FindNode("b-pp2")!).Part);
    }

    [Fact]
    public void ANewTitleForAPart_IsWordedAsTheUNWordsIt_InEnglishAndChinese_AndApplied()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { Title = "United Nations global communications policies" })));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal(
            "In the title of resolution B, replace “United Nations global communications policies and activities” with “United Nations global communications policies”.",
            Assert.Single(amendment.Wording("en")));
        Assert.Equal(
            "在决议B的标题中，将“United Nations global communications policies and activities”改为“United Nations global communications policies”。",
            Assert.Single(amendment.Wording("zh")));
        Assert.Equal("United Nations global communications policies", ((Paragraph)AmendmentApplier.Apply(original, amendment).Value!.FindNode("b-pp1")!).Part!.Title);
    }

    [Fact]
    public void ATitleGivenOrTakenAway_IsWordedSo()
    {
        var original = TwoParts();
        Ok(original.SetPart("b-pp1", PartB with { Title = "" }));

        var given = RoundTrip(original, Proposed(original, d => Ok(d.SetPart("b-pp1", PartB))));
        var taken = RoundTrip(Proposed(original, d => Ok(d.SetPart("b-pp1", PartB))), original);

        Assert.Equal("Give resolution B the title “United Nations global communications policies and activities”.", Assert.Single(given.Wording("en")));
        Assert.Equal("为决议B加上标题“United Nations global communications policies and activities”。", Assert.Single(given.Wording("zh")));
        Assert.Equal("Delete the title of resolution B.", Assert.Single(taken.Wording("en")));
        Assert.Equal("删除决议B的标题。", Assert.Single(taken.Wording("zh")));
    }

    [Fact]
    public void ATitleChange_MadeToATitleChangedSince_IsRebasedOnTheNewTitle_AndRefusedWhereNoPartStartsAnyMore()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { Title = "Communications" }))));
        var since = Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { Title = "Global communications" })));
        var gone = Proposed(original, d => Ok(PartEdges.Remove(d, "b-pp1").Value!.Apply(d)));

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);
        var refused = AmendmentRebase.Onto(gone, amendment.Instructions);

        Assert.True(rebased.IsSuccess, rebased.Error);
        Assert.Equal("Communications", ((Paragraph)AmendmentApplier.Apply(since, rebased.Value!).Value!.FindNode("b-pp1")!).Part!.Title);
        Assert.False(refused.IsSuccess);
        Assert.Contains("part B is no longer where it was", refused.Error, StringComparison.Ordinal);
        Assert.False(AmendmentApplier.Apply(gone, amendment.Instructions).IsSuccess);
    }

    [Fact]
    public void ATitleChange_AfterAnotherParagraphCameToOpenThePart_ChangesThePartsTitleThere()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { Title = "Communications" }))));
        var since = NewAtHeadOfB(original, ParagraphKind.Preambular, "Recalling its resolution 74/93,");

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);

        Assert.True(rebased.IsSuccess, rebased.Error);
        var applied = AmendmentApplier.Apply(since, rebased.Value!).Value!;
        Assert.Equal("Communications", ((Paragraph)applied.FindNode("new")!).Part!.Title);
        Assert.Null(((Paragraph)applied.FindNode("b-pp1")!).Part);
    }

    [Fact]
    public void AcceptedOnTheLiveText_TheChangesReachItAsOperations()
    {
        var original = TwoParts();
        var proposed = NewAtHeadOfB(original, ParagraphKind.Preambular, "Recalling its resolution 74/93,");
        Ok(proposed.SetPart("a-pp1", PartA with { Title = "Information for all" }));
        var applied = AmendmentApplier.Apply(original, AmendmentBuilder.Compute(original, proposed)).Value!;

        var delta = DraftDelta.Between(original, applied);
        var live = original.Clone();
        Ok(delta.Value!.Apply(live));

        Assert.Equal(DraftCanonicalForm.Of(applied), DraftCanonicalForm.Of(live));
        Assert.Equal(PartB, live.Paragraphs[3].Part);
        Assert.Equal("new", live.Paragraphs[3].Id);
        Assert.Null(live.Paragraphs[4].Part);
        Assert.Equal("Information for all", live.Paragraphs[0].Part?.Title);
    }
}
