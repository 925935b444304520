using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Tests.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Issue 16, left item 2: the UN's Chinese texts number the second level of sub-paragraphs ㈠, ㈡ (the corpus's
/// &lt;num&gt;㈠&lt;/num&gt;) and name such a sub-paragraph so: "表示注意到行预咨委会报告第10、11和28(a)㈠段" (A/RES/76/246,
/// English "paragraphs 10, 11 and 28 (a) (i)"), "(b)分段" for the first level. The page and DOCX printed ㈠ already; the
/// labels, the wordings, the negotiation view and the comparison said "(i)". References keep "(a) (i)", so proposals stored
/// before still name their place (ADR 0016 amendment 10).
/// </summary>
public sealed class ChineseSecondLevelTests
{
    private static Draft WithSecondLevel(string language)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = Make(language,
            chinese ? "PP 回顾其各项决议：" : "PP Recalling its resolutions:",
            chinese ? "OP 请秘书长：" : "OP Requests the Secretary-General:",
            chinese ? "OP 决定继续审议这一问题。" : "OP Decides to remain seized of the matter.");
        Ok(draft.AddSubParagraph("pp1", chinese ? "关于技术援助的决议，" : "on technical assistance,", id: "pp1-a"));
        Ok(draft.AddSubParagraph("pp1-a", chinese ? "特别是第一节，" : "in particular section I,", id: "pp1-a-i"));
        Ok(draft.AddSubParagraph("op1", chinese ? "向大会报告：" : "To report on:", id: "op1-a"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "执行情况；" : "the implementation;", id: "op1-a-i"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "所涉经费：" : "the costs:", id: "op1-a-ii"));
        Ok(draft.AddSubParagraph("op1-a-ii", chinese ? "经常预算；" : "regular budget;", id: "op1-a-ii-a"));
        return draft;
    }

    [Fact]
    public void Labels_OfAChineseDraft_NameTheSecondLevelAsItPrints_AndAnEnglishDraftsStayRoman()
    {
        var zh = ParagraphLabels.Compute(WithSecondLevel(DraftLanguage.Chinese));
        var en = ParagraphLabels.Compute(WithSecondLevel(DraftLanguage.English));

        Assert.Equal("OP1 (a) ㈡", zh["op1-a-ii"].Label);
        Assert.Equal("OP1 (a) ㈡ (a)", zh["op1-a-ii-a"].Label);
        Assert.Equal("PP1 (a) ㈠", zh["pp1-a-i"].Label);
        Assert.Equal("OP1 (a)", zh["op1-a"].Label);
        Assert.Equal("(ii)", zh["op1-a-ii"].Marker); // the marker is every language's; it prints ㈡ in Chinese
        Assert.Equal("㈡", zh["op1-a-ii"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("OP1 (a) (ii)", en["op1-a-ii"].Label);
        Assert.Equal("OP1 (a) (ii) (a)", en["op1-a-ii-a"].Label);
    }

    [Theory]
    [InlineData("(a) (i)", "(a) ㈠")]
    [InlineData("(d) (x) (b)", "(d) ㈩ (b)")]
    [InlineData("(b) (xii)", "(b) (十二)")]
    [InlineData("(i)", "(i)")] // the first level's (i) is a letter
    [InlineData("(a)", "(a)")]
    public void MarkersIn_Chinese_WritesTheSecondLevelOnly(string markers, string chinese)
    {
        Assert.Equal(chinese, ParagraphLabels.MarkersIn(markers, DraftLanguage.Chinese));
        Assert.Equal(markers, ParagraphLabels.MarkersIn(markers, DraftLanguage.English));
    }

    [Fact]
    public void Wording_OfAChangeInTheSecondLevel_NamesItAsTheUnsChineseTextsDo()
    {
        var original = WithSecondLevel(DraftLanguage.Chinese);
        var proposed = Proposed(original, d => Replace(d, "op1-a-ii", "所涉经费", "所涉方案预算经费"));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("在执行部分第1(a)㈡段中，将“所涉经费”改为“所涉方案预算经费”。", Assert.Single(amendment.Wording(DraftLanguage.Chinese)));
        // Stored as every language names the place: a proposal made before this change names it the same way and applies.
        Assert.Equal("(a) (ii)", amendment.Instructions[0].Target!.SubParagraph);
    }

    [Fact]
    public void Wording_OfAPreambularSecondLevel_SaysFenDuan()
    {
        var original = WithSecondLevel(DraftLanguage.Chinese);
        var proposed = Proposed(original, d => Replace(d, "pp1-a-i", "第一节", "第一节和第二节"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording(DraftLanguage.Chinese));

        Assert.StartsWith("在序言部分第一段(a)㈠分段中，", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_InEnglish_StillSaysRomanNumerals()
    {
        var original = WithSecondLevel(DraftLanguage.English);
        var proposed = Proposed(original, d => Replace(d, "op1-a-ii", "the costs", "the programme budget costs"));

        Assert.StartsWith("In operative paragraph 1 (a) (ii), ", Assert.Single(RoundTrip(original, proposed).Wording(DraftLanguage.English)), StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_OfANewParagraphWithASecondLevel_QuotesItsMarkersAsTheyPrint()
    {
        var original = WithSecondLevel(DraftLanguage.Chinese);
        var proposed = Proposed(original, d =>
        {
            Ok(d.InsertParagraph(ParagraphKind.Operative, "鼓励会员国：", index: 2, id: "op-new"));
            Ok(d.AddSubParagraph("op-new", "交流：", id: "op-new-a"));
            Ok(d.AddSubParagraph("op-new-a", "最佳做法；", id: "op-new-a-i"));
            Ok(d.AddSubParagraph("op-new-a", "经验。", id: "op-new-a-ii"));
        });

        var wording = Assert.Single(RoundTrip(original, proposed).Wording(DraftLanguage.Chinese));

        Assert.Contains("“鼓励会员国： (a) 交流： ㈠ 最佳做法； ㈡ 经验。”", wording, StringComparison.Ordinal);
        Assert.DoesNotContain("(i)", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceStoredWithRomanNumerals_StillAppliesToTheChineseText()
    {
        var original = WithSecondLevel(DraftLanguage.Chinese);
        var proposed = Proposed(original, d => Replace(d, "op1-a-i", "执行情况", "全面执行情况"));
        var amendment = RoundTrip(original, proposed);
        var stored = new ParagraphReference("op1-a-i", ParagraphKind.Operative, 1, "(a) (i)");

        var applied = AmendmentApplier.Apply(original, [amendment.Instructions[0] with { Target = stored }]);

        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal("全面执行情况；", applied.Value!.FindNode("op1-a-i")!.Text);
    }

    [Fact]
    public void NegotiationView_AndComparison_LabelTheSecondLevelAsItPrints()
    {
        var original = WithSecondLevel(DraftLanguage.Chinese);
        var proposal = NegotiationFixtures.Propose(original, "p1", d => Replace(d, "op1-a-i", "执行情况", "全面执行情况"), "中国");
        var changed = Proposed(original, d => Replace(d, "op1-a-ii", "所涉经费", "所涉方案预算经费"));

        var negotiation = NegotiationText.Build(original, [proposal]);
        var comparison = DraftComparer.Compare(original, changed);

        Assert.Contains(negotiation.Paragraphs, p => p.Id == "op1-a-i" && p.Label == "OP1 (a) ㈠");
        var sub = comparison.Paragraphs.Single(p => p.NewLabel == "OP1").SubParagraphs.Single().SubParagraphs.Single(s => s.Change != ParagraphChange.Unchanged);
        Assert.Equal("OP1 (a) ㈡", sub.NewLabel);
        Assert.Equal("OP1 (a) ㈡", sub.OldLabel);
    }
}
