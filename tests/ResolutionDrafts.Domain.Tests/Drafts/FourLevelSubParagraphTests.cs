using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>Security Council texts nest sub-paragraphs four levels deep: (a), (i), a., i. (issue 16).</summary>
public sealed class FourLevelSubParagraphTests
{
    private static Draft FourDeep()
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, "Decides that the measures shall not apply:", id: "op1").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1", "to supplies:", id: "op1-a").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a", "intended for:", id: "op1-a-i").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a-i", "the Mission, including:", id: "op1-a-i-a").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a-i-a", "its police component;", id: "op1-a-i-a-i").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a-i-a", "its civilian component;", id: "op1-a-i-a-ii").IsSuccess);
        return draft;
    }

    [Fact]
    public void AFourthLevel_IsKeptAndNumberedWithRomanNumeralsAndAFullStop()
    {
        var labels = ParagraphLabels.Compute(FourDeep());

        Assert.Equal(("i.", 4, "OP1 (a) (i) (a) (i)"), (labels["op1-a-i-a-i"].Marker, labels["op1-a-i-a-i"].Depth, labels["op1-a-i-a-i"].Label));
        Assert.Equal(("ii.", "OP1 (a) (i) (a) (ii)"), (labels["op1-a-i-a-ii"].Marker, labels["op1-a-i-a-ii"].Label));
        Assert.Equal("a.", labels["op1-a-i-a"].Marker);
    }

    [Fact]
    public void AFifthLevel_IsRefusedWithTheRule()
    {
        var result = FourDeep().AddSubParagraph("op1-a-i-a-i", "too deep;");

        Assert.False(result.IsSuccess);
        Assert.Contains("at most 4 levels deep: (a), then (i), then a., then i.", result.Error);
    }
}
