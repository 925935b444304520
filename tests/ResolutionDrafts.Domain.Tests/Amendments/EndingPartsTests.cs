using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.PartsTests;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Ending a part by amendment (ADR 0016 amendment 7): part A ended is "Join resolution A to resolution B", as a delegate
/// reads it, not part A taking part B's title and author line; and an accepted join joins the part it was proposed
/// against, found by its title and author line, not by the paragraph that opened it then.
/// </summary>
public sealed class EndingPartsTests
{
    private static Draft Changed(Draft original, Func<Draft, DomainResult<DraftOperation>> change) =>
        Proposed(original, d => Ok(change(d).Value!.Apply(d)));

    [Fact]
    public void PartAEnded_IsJoiningResolutionAToResolutionB_InEnglishAndChinese_AndApplied()
    {
        var original = TwoParts();
        var chinese = TwoParts(DraftLanguage.Chinese);

        var amendment = RoundTrip(original, Changed(original, d => PartEdges.Remove(d, "a-pp1")));
        var inChinese = RoundTrip(chinese, Changed(chinese, d => PartEdges.Remove(d, "a-pp1")));

        Assert.Equal("Join resolution A to resolution B, deleting its title and author line.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议A并入决议B，删除其标题和主语行。", Assert.Single(inChinese.Wording("zh")));
        // Two parts joined are one text, printed as a plain resolution: part B's title and author line are its own.
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.False(applied.HasParts);
        Assert.Equal(PartB.Title, applied.Title);
        Assert.Equal("PP2", ParagraphLabels.Compute(applied)["b-pp1"].Label);
    }

    [Fact]
    public void PartBEnded_OfTwo_IsOneJoin_AndLeavesAPlainResolutionWithPartAsTitle_InEnglishAndChinese()
    {
        var original = TwoParts();
        var chinese = TwoParts(DraftLanguage.Chinese);

        var amendment = RoundTrip(original, Changed(original, d => PartEdges.Remove(d, "b-pp1")));
        var inChinese = RoundTrip(chinese, Changed(chinese, d => PartEdges.Remove(d, "b-pp1")));

        Assert.Equal("Join resolution B to resolution A, deleting its title and author line.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议B并入决议A，删除其标题和主语行。", Assert.Single(inChinese.Wording("zh")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.False(applied.HasParts);
        Assert.Equal(PartA.Title, applied.Title);
        Assert.Equal("OP1", ParagraphLabels.Compute(applied)["a-op1"].Label);
    }

    [Fact]
    public void PartAEnded_WhereBothPartsHaveNoTitle_IsStillOneJoin()
    {
        var original = TwoParts();
        Ok(original.SetPart("a-pp1", new DraftPart("", "The General Assembly,")));
        Ok(original.SetPart("b-pp1", new DraftPart("", "The General Assembly,")));

        var amendment = RoundTrip(original, Changed(original, d => PartEdges.Remove(d, "a-pp1")));

        // The two joins give the same text; it is worded as one.
        Assert.Single(amendment.Wording("en"));
        Assert.False(AmendmentApplier.Apply(original, amendment).Value!.HasParts);
    }

    [Fact]
    public void AJoin_AfterAParagraphCameToHeadThePart_JoinsThatPart()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Changed(original, d => PartEdges.Remove(d, "b-pp1")));
        // Since: a paragraph was put at the head of part B, so b-pp1 no longer opens it.
        var since = Proposed(original, d => Ok(PartEdges.InsertBefore(d, new InsertParagraph("new", ParagraphKind.Preambular, 3, "Recalling its resolution 74/93,")).Apply(d)));

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);
        Assert.True(rebased.IsSuccess, rebased.Error);
        var applied = AmendmentApplier.Apply(since, rebased.Value!);

        Assert.True(applied.IsSuccess, applied.Error);
        Assert.False(applied.Value!.HasParts && applied.Value.Paragraphs.Skip(1).Any(p => p.Part is not null));
        Assert.Equal("Join resolution B to resolution A, deleting its title and author line.", Assert.Single(rebased.Value!.Wording("en")));
    }

    [Fact]
    public void AJoin_WhereAnotherPartWasStartedSince_IsRefused_NotAppliedToThatPart()
    {
        var original = TwoParts();
        var amendment = AmendmentBuilder.Compute(original, Changed(original, d => PartEdges.Remove(d, "b-pp1")));
        // Since: part B was joined to A on the page, and a new part started at the same paragraph.
        var since = Changed(Changed(original, d => PartEdges.Remove(d, "b-pp1")), d => PartEdges.Start(d, "b-pp1", new DraftPart("Follow-up", "The General Assembly,")));

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);

        Assert.False(rebased.IsSuccess);
        Assert.Contains("resolution B as proposed against is no longer in the text", rebased.Error, StringComparison.Ordinal);
    }
}
