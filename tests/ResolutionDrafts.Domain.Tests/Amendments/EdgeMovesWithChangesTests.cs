using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.PartsTests;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// A move across a part's edge together with other changes in one amendment (ADR 0016 amendment 7): the part's title or
/// author line changed as well is named by the part's letter in the text amended; an edge moved by several paragraphs
/// at once is one move.
/// </summary>
public sealed class EdgeMovesWithChangesTests
{
    private static void Step(Draft d, string id, int delta) => Ok(PartEdges.MoveBy(d, id, delta).Value!.Apply(d));

    [Fact]
    public void PartBsTitleChanged_WithItsHeadMovedOneParagraphEarlier_IsNamedResolutionB_InEnglishAndChinese()
    {
        foreach (var language in new[] { DraftLanguage.English, DraftLanguage.Chinese })
        {
            var original = TwoParts(language);
            var proposed = Proposed(original, d =>
            {
                Step(d, "a-op2", +1);
                Ok(d.SetPart("a-op2", PartB with { Title = "Global communications", AuthorLine = "The Economic and Social Council," }));
            });

            var wording = string.Join("\n", RoundTrip(original, proposed).Wording(language));

            Assert.Contains(language == DraftLanguage.English ? "In the title of resolution B, replace" : "在决议B的标题中", wording, StringComparison.Ordinal);
            Assert.Contains(language == DraftLanguage.English ? "In resolution B, replace the author line" : "在决议B中，将主语行", wording, StringComparison.Ordinal);
            Assert.DoesNotContain("resolution A,", wording, StringComparison.Ordinal);
            Assert.DoesNotContain("决议A的标题", wording, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PartBsAuthorLineChanged_WithItsFirstParagraphJoiningA_IsNamedResolutionB_AndAppliedToItsNewOpener()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d =>
        {
            Step(d, "b-pp1", -1);
            Ok(d.SetPart("b-pp2", PartB with { AuthorLine = "The Economic and Social Council," }));
        });

        var amendment = RoundTrip(original, proposed);

        Assert.Equal(
            ["Move the first preambular paragraph of resolution B to the end of resolution A.", "In resolution B, replace the author line “The General Assembly,” with “The Economic and Social Council,”."],
            amendment.Wording("en"));
        Assert.Equal("The Economic and Social Council,", ((Paragraph)AmendmentApplier.Apply(original, amendment).Value!.FindNode("b-pp2")!).Part!.AuthorLine);
    }

    [Fact]
    public void PartBsHead_MovedTwoParagraphsLater_IsOneMoveOfTheTwoParagraphs_InEnglishAndChinese_AndApplied()
    {
        foreach (var language in new[] { DraftLanguage.English, DraftLanguage.Chinese })
        {
            var original = TwoParts(language);
            var proposed = Proposed(original, d =>
            {
                Step(d, "b-pp1", -1);
                Step(d, "b-pp2", -1);
            });

            var amendment = RoundTrip(original, proposed);

            Assert.Equal(
                language == DraftLanguage.English
                    ? "Move the first and second preambular paragraphs of resolution B to the end of resolution A."
                    : "将决议B序言部分第一和第二段移至决议A末尾。",
                Assert.Single(amendment.Wording(language)));
            var applied = AmendmentApplier.Apply(original, amendment).Value!;
            Assert.Equal(PartB, ((Paragraph)applied.FindNode("b-op1")!).Part);
            Assert.Equal("A PP3", ResolutionDrafts.Domain.Numbering.ParagraphLabels.Compute(applied)["b-pp2"].Label);
        }
    }

    [Fact]
    public void PartBsHead_MovedTwoParagraphsEarlier_IsOneMoveToTheBeginningOfResolutionB()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d =>
        {
            Step(d, "a-op2", +1);
            Step(d, "a-op1", +1);
        });

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("Move operative paragraphs 1 and 2 of resolution A to the beginning of resolution B.", Assert.Single(amendment.Wording("en")));
        Assert.Equal(PartB, ((Paragraph)AmendmentApplier.Apply(original, amendment).Value!.FindNode("a-op1")!).Part);
    }
}
