using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// A Chinese draft's second level of sub-paragraphs printed ㈠ on the page but was labelled "OP1 (a) (i)" in the margin; it is
/// labelled as it prints, "OP1 (a) ㈠" (ADR 0016 amendment 10), and one printed "i)" as "OP1 (a) i)" (amendment 16). An
/// English draft keeps "(i)".
/// </summary>
public sealed class ChineseSecondLevelPageTests : BunitContext
{
    private static Draft WithSecondLevel(string language, string lead, string item, string sub, string? numbering = null)
    {
        var draft = Draft.Create(language).Value!;
        if (numbering is not null)
        {
            Assert.True(draft.SetMetadata(draft.Metadata with { SubParagraphNumbering = numbering }).IsSuccess);
        }

        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, lead, id: "op1").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1", item, id: "op1-a").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a", sub, id: "op1-a-i").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, language == DraftLanguage.Chinese ? "决定继续审议这一问题。" : "Decides to remain seized of the matter.", id: "op2").IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.Chinese, "请秘书长：", "向大会报告：", "执行情况。", "OP1 (a) ㈠", "㈠")]
    [InlineData(DraftLanguage.English, "Requests the Secretary-General:", "To report on:", "the implementation.", "OP1 (a) (i)", "(i)")]
    // A Chinese text whose second level prints "i)" is labelled so, not ㈠ (ADR 0016 amendment 16); English keeps "(i)".
    [InlineData(DraftLanguage.Chinese, "请秘书长：", "向大会报告：", "执行情况。", "OP1 (a) i)", "i)", "(a) i)")]
    [InlineData(DraftLanguage.English, "Requests the Secretary-General:", "To report on:", "the implementation.", "OP1 (a) (i)", "i)", "(a) i)")]
    public void Margin_LabelsTheSecondLevelAsItPrints(string language, string lead, string item, string sub, string label, string marker, string? numbering = null)
    {
        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(WithSecondLevel(language, lead, item, sub, numbering))));

        var paragraph = document.Find("#para-op1-a-i");
        Assert.Equal(label, paragraph.QuerySelector(".label")!.TextContent);
        Assert.Equal(marker, paragraph.QuerySelector(".marker")!.TextContent);
    }
}
