using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.PartsTests;
using static ResolutionDrafts.Domain.Tests.Drafts.SectionsTests;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Amendments that move only the edge between two parts or two sections (ADR 0016): a paragraph that stays
/// where it stands and ends the part before, or heads the part after, as the page's ↑/↓ make it; and a part's
/// author line. Worded as the UN words a move ("Move … to the beginning of resolution B"), in English and
/// Chinese, and applied as worded.
/// </summary>
public sealed class EdgeAmendmentsTests
{
    private static Draft Stepped(Draft original, string id, int delta) =>
        Proposed(original, d => Ok(PartEdges.MoveBy(d, id, delta).Value!.Apply(d)));

    [Fact]
    public void TheLastParagraphOfPartA_HeadingPartB_IsAMoveToTheBeginningOfResolutionB()
    {
        var original = TwoParts();
        var proposed = Stepped(original, "a-op2", +1);

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Move operative paragraph 2 of resolution A to the beginning of resolution B.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议A执行部分第2段移至决议B开头。", Assert.Single(amendment.Wording("zh")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.Equal("B OP1", ParagraphLabels.Compute(applied)["a-op2"].Label);
        Assert.Equal(PartB, ((Paragraph)applied.FindNode("a-op2")!).Part);
        Assert.Null(((Paragraph)applied.FindNode("b-pp1")!).Part);
    }

    [Fact]
    public void TheFirstParagraphOfPartB_JoiningPartA_IsAMoveToTheEndOfResolutionA_InChineseToo()
    {
        var original = TwoParts(DraftLanguage.Chinese);
        var proposed = Stepped(original, "b-pp1", -1);

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Move the first preambular paragraph of resolution B to the end of resolution A.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议B序言部分第一段移至决议A末尾。", Assert.Single(amendment.Wording("zh")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.Equal("A PP2", ParagraphLabels.Compute(applied)["b-pp1"].Label);
        Assert.Equal(PartB.AuthorLine, ((Paragraph)applied.FindNode("b-pp2")!).Part?.AuthorLine);
    }

    [Fact]
    public void TheLastParagraphOfSectionI_HeadingSectionII_TakesTheSectionsHeadingWithIt()
    {
        var original = Budget();
        var proposed = Stepped(original, "op2", +1);

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Move operative paragraph 2 of section I to the beginning of section II.", Assert.Single(amendment.Wording("en")));
        var applied = (Paragraph)AmendmentApplier.Apply(original, amendment).Value!.FindNode("op2")!;
        Assert.True(applied.OpensSection);
        Assert.Equal("II. Revised estimates", applied.Heading);
    }

    [Fact]
    public void TheFirstParagraphOfSectionII_JoiningSectionI_IsWordedInChineseWithTheSectionsNumber()
    {
        var original = Budget(DraftLanguage.Chinese);
        var proposed = Stepped(original, "pp2", -1);

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("将第二节序言部分第一段移至第一节末尾。", Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void TheFirstParagraphOfSectionI_LeavingIt_FollowsTheResolutionsOwnPreamble_WhichHasNoName()
    {
        var original = Budget();
        var proposed = Stepped(original, "op1", -1);

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Move operative paragraph 1 of section I to follow the first preambular paragraph.", Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void AnEdgeMove_NoLongerBesideTheEdge_IsRefusedWithTheReason()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Stepped(original, "a-op2", +1));
        // Since: a paragraph was put at the head of part B, between the two.
        var since = Proposed(original, d => Ok(PartEdges.InsertBefore(d, new InsertParagraph("new", ParagraphKind.Preambular, 3, "Recalling its resolution 74/93,")).Apply(d)));

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);
        var applied = AmendmentApplier.Apply(since, rebased.Value!);

        Assert.False(applied.IsSuccess);
        Assert.Contains("it is no longer next to B PP2", applied.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void APartsAuthorLine_IsWordedAsAReplacement_InEnglishAndChinese_AndApplied()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { AuthorLine = "The Economic and Social Council," })));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("In resolution B, replace the author line “The General Assembly,” with “The Economic and Social Council,”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在决议B中，将主语行“The General Assembly,”改为“The Economic and Social Council,”。", Assert.Single(amendment.Wording("zh")));
        Assert.Equal("The Economic and Social Council,", ((Paragraph)AmendmentApplier.Apply(original, amendment).Value!.FindNode("b-pp1")!).Part!.AuthorLine);
    }

    [Fact]
    public void AnAuthorLineChange_AfterAnotherParagraphCameToOpenThePart_ChangesItThere_AndFallsWhenItWasChangedSince()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { AuthorLine = "The Security Council," }))));
        var headed = Stepped(original, "a-op2", +1);
        var changed = Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { AuthorLine = "The Assembly," })));

        var there = AmendmentApplier.Apply(headed, AmendmentRebase.Onto(headed, amendment.Instructions).Value!);
        var quoted = AmendmentApplier.Apply(changed, amendment.Instructions);

        Assert.True(there.IsSuccess, there.Error);
        Assert.Equal("The Security Council,", ((Paragraph)there.Value!.FindNode("a-op2")!).Part!.AuthorLine);
        Assert.False(quoted.IsSuccess);
        Assert.Contains("the part's author line is not the one quoted", quoted.Error, StringComparison.Ordinal);
    }

    private static Draft Changed(Draft original, Func<Draft, DomainResult<DraftOperation>> change) =>
        Proposed(original, d => Ok(change(d).Value!.Apply(d)));

    [Fact]
    public void ANewPartStartingAtAParagraph_IsWordedAsANewResolution_InEnglishAndChinese_AndApplied()
    {
        var original = TwoParts();
        var proposed = Changed(original, d => PartEdges.Start(d, "b-op2", new DraftPart("Follow-up", "The General Assembly,")));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Begin a new resolution at operative paragraph 2 of resolution B, entitled “Follow-up”, with the author line “The General Assembly,”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("自决议B执行部分第2段起另立一项决议，标题为“Follow-up”，主语行为“The General Assembly,”。", Assert.Single(amendment.Wording("zh")));
        Assert.Equal("C OP1", ParagraphLabels.Compute(AmendmentApplier.Apply(original, amendment).Value!)["b-op2"].Label);
    }

    [Fact]
    public void ANewPartInATextNotYetInParts_IsOneInstruction_AndThePartBeforeItBecomesPartA()
    {
        var original = Budget(sections: false);
        var proposed = Changed(original, d => PartEdges.Start(d, "pp2", new DraftPart("", "The General Assembly,")));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Begin a new resolution at the second preambular paragraph with the author line “The General Assembly,”.", Assert.Single(amendment.Wording("en")));
        var labels = ParagraphLabels.Compute(AmendmentApplier.Apply(original, amendment).Value!);
        Assert.Equal("A PP1", labels["pp1"].Label);
        Assert.Equal("B PP1", labels["pp2"].Label);
    }

    [Fact]
    public void APartEnded_IsJoinedToThePartBefore_InEnglishAndChinese()
    {
        var original = TwoParts();
        var proposed = Changed(original, d => PartEdges.Remove(d, "b-pp1"));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Join resolution B to resolution A, deleting its title and author line.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议B并入决议A，删除其标题和主语行。", Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void ASectionStartedAndASectionClosed_AreWordedByTheSection_AndApplied()
    {
        var original = Budget();
        var started = RoundTrip(original, Changed(original, d => PartEdges.Section(d, "op4", true)));
        var closed = RoundTrip(original, Changed(original, d => PartEdges.Section(d, "pp2", false)));
        var closedInChinese = AmendmentBuilder.Compute(Budget(DraftLanguage.Chinese), Changed(Budget(DraftLanguage.Chinese), d => PartEdges.Section(d, "pp2", false)));

        Assert.Equal("Begin a new section at operative paragraph 2 of section II, its paragraphs numbered from 1.", Assert.Single(started.Wording("en")));
        Assert.Equal("自第二节执行部分第2段起另立一节，段落从1起编号。", Assert.Single(started.Wording("zh")));
        Assert.Equal("Close section II: its paragraphs are numbered with those before it.", Assert.Single(closed.Wording("en")));
        Assert.Equal("取消第二节，其段落与前面的段落连续编号。", Assert.Single(closedInChinese.Wording("zh")));
    }

    [Fact]
    public void APartStartedWhereTheLiveTextAlreadyHasOne_IsRefusedWithTheReason()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Changed(original, d => PartEdges.Start(d, "b-op2", new DraftPart("Follow-up", "The General Assembly,"))));
        var since = Changed(original, d => PartEdges.Start(d, "b-op2", new DraftPart("Other", "The General Assembly,")));

        var applied = AmendmentApplier.Apply(since, AmendmentRebase.Onto(since, amendment.Instructions).Value!);

        Assert.False(applied.IsSuccess);
        Assert.Contains("already opens part C", applied.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewParagraphAtTheHeadOfSectionII_AndAParagraphMovedThere_HeadTheSectionWhenApplied_UnderItsHeading()
    {
        var original = Budget();
        var inserted = Proposed(original, d => Ok(PartEdges.InsertBefore(d, new InsertParagraph("new", ParagraphKind.Preambular, 3, "Recalling its resolution 75/253,")).Apply(d)));
        var moved = Changed(original, d => PartEdges.Move(d, "op1", 2));

        var insertion = RoundTrip(original, inserted);
        RoundTrip(original, Proposed(moved, d => Ok(PartEdges.MoveBy(d, "op1", +1).Value!.Apply(d))));

        // The section's heading goes with its opening to the new paragraph: that goes without saying.
        Assert.Equal("Before the first preambular paragraph of section II, insert a new paragraph reading: “Recalling its resolution 75/253,”.", Assert.Single(insertion.Wording("en")));
    }

    [Fact]
    public void AnAuthorLineChange_AfterThePartsFirstParagraphMovedToThePartBefore_ChangesItOnTheNewFirst()
    {
        // Seen in Chromium: accepting Cuba's "Move the first preambular paragraph of resolution B to the end of resolution A"
        // made her proposal for B's author line fall.
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Proposed(original, d => Ok(d.SetPart("b-pp1", PartB with { AuthorLine = "The Security Council," }))));
        var since = Stepped(original, "b-pp1", -1);

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);

        Assert.True(rebased.IsSuccess, rebased.Error);
        Assert.Equal("In resolution B, replace the author line “The General Assembly,” with “The Security Council,”.", Assert.Single(rebased.Value!.Wording("en")));
        var applied = AmendmentApplier.Apply(since, rebased.Value!).Value!;
        Assert.Equal("The Security Council,", ((Paragraph)applied.FindNode("b-pp2")!).Part!.AuthorLine);
    }
}
