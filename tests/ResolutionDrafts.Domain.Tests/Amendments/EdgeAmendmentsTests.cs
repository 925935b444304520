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
}
