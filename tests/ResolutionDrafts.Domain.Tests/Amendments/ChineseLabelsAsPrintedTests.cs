using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Tests.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// ADR 0016 amendment 16 (issue 16): a Chinese text numbered "(a)" then "i)" — a second level its page prints "i)", not the
/// UN's (i) — was labelled "OP3 (a) (i)", and a label kept as text (a corpus paragraph's, a used paragraph's source) reads
/// "(a) (i)" after a letter as the UN's second level (amendment 12, for labels kept from before ㈠): it showed "OP3 (a) ㈠"
/// where the page prints "i)". A Chinese label now writes such a level as it prints, "OP3 (a) i)", so "(a) (i)" in a Chinese
/// label means ㈠ only. English labels, the UN's numbering and levels in parentheses are labelled as before.
/// </summary>
public sealed class ChineseLabelsAsPrintedTests
{
    private static Draft Nested(string language, string? numbering)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = Make(language, chinese ? "OP 决定大会应根据下列规则选出新增成员：" : "OP Decides that the Assembly shall elect the new members as follows:", chinese ? "OP 决定继续审议这一问题。" : "OP Decides to remain seized of the matter.");
        if (numbering is not null)
        {
            Ok(draft.SetMetadata(draft.Metadata with { SubParagraphNumbering = numbering }));
        }

        Ok(draft.AddSubParagraph("op1", chinese ? "遵守下列席位分配办法：" : "the following seats:", id: "op1-a"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "非洲国家两席；" : "two for African States;", id: "op1-a-1"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "亚洲太平洋国家两席：" : "two for Asia-Pacific States:", id: "op1-a-2"));
        Ok(draft.AddSubParagraph("op1-a-2", chinese ? "其中一席轮换；" : "one of them rotating;", id: "op1-a-2-a"));
        Ok(draft.AddSubParagraph("op1", chinese ? "新增成员任期六年。" : "a term of six years.", id: "op1-b"));
        return draft;
    }

    [Theory]
    [InlineData("zh", "(a) i)", "OP1 (a)", "OP1 (a) ii)", "OP1 (a) ii) (a)")]
    [InlineData("zh", "(1) i)", "OP1 (1)", "OP1 (1) ii)", "OP1 (1) ii) (a)")]
    [InlineData("zh", "a) i)", "OP1 a)", "OP1 a) ii)", "OP1 a) ii) (a)")]
    [InlineData("zh", null, "OP1 (a)", "OP1 (a) ㈡", "OP1 (a) ㈡ (a)")] // the UN's: as amendment 10 labels it
    [InlineData("zh", "(1) (a)", "OP1 (1)", "OP1 (1) (b)", "OP1 (1) (b) (a)")] // in parentheses: as printed already
    [InlineData("en", "(a) i)", "OP1 (a)", "OP1 (a) (ii)", "OP1 (a) (ii) (a)")]
    [InlineData("en", "a) i)", "OP1 (a)", "OP1 (a) (ii)", "OP1 (a) (ii) (a)")]
    public void Labels_WriteALevelTheUnNumbersOtherwise_AsAChineseTextPrintsIt(string language, string? numbering, string first, string second, string third)
    {
        var draft = Nested(language, numbering);

        var labels = ParagraphLabels.Compute(draft);

        Assert.Equal([first, second, third], new[] { "op1-a", "op1-a-2", "op1-a-2-a" }.Select(id => labels[id].Label));
        // A reason a proposal no longer applies names the place as the page labels it (amendment 12).
        var references = ReferenceIndex.Of(draft);
        Assert.All(draft.AllNodes(), node => Assert.Equal(labels[node.Id].Label, references[node.Id].PageLabel));
        // And a label kept as text (a corpus row, a used paragraph's source) reads as it was written, not as ㈡.
        Assert.Equal(second, ParagraphLabels.InLanguage(second, language));
        Assert.Equal(second, new AgreedLanguage("A/RES/76/109", second, "非洲国家两席；", "2021", language).Label);
    }

    [Fact]
    public void ALabelKeptFromBefore_StillReadsAsTheUnsSecondLevel()
    {
        // Amendment 12's rule holds where it did: "(a) (ii)" in a Chinese label is the UN's second level, labelled ㈡ now.
        Assert.Equal("OP1 (a) ㈡", ParagraphLabels.InLanguage("OP1 (a) (ii)", DraftLanguage.Chinese));
        Assert.Equal("OP1 (a) ii)", ParagraphLabels.InLanguage("OP1 (a) ii)", DraftLanguage.Chinese));
    }

    [Fact]
    public void TheNegotiationView_AndANewSubParagraphInIt_LabelTheLevelAsItPrints()
    {
        var original = Nested(DraftLanguage.Chinese, "(a) i)");
        // A new first-level sub-paragraph with two of its own: they are labelled from the proposal's numbering.
        var proposal = NegotiationFixtures.Propose(original, "p1", d =>
        {
            Ok(d.AddSubParagraph("op1", "新增成员的选举：", id: "op1-c"));
            Ok(d.AddSubParagraph("op1-c", "第一次选举；", id: "op1-c-1"));
            Ok(d.AddSubParagraph("op1-c", "第二次选举。", id: "op1-c-2"));
        }, "中国");

        var negotiation = NegotiationText.Build(original, [proposal]);

        Assert.Equal("OP1 (a) i)", negotiation.Paragraphs.Single(p => p.Id == "op1-a-1").Label);
        Assert.Equal(["i)", "ii)"], negotiation.Paragraphs.Where(p => p.Origin == NegotiationParagraphOrigin.New && p.Depth == 2).Select(p => p.Label.Split(' ')[^1]));
    }

    [Fact]
    public void AReasonAProposalNoLongerApplies_NamesTheLevelAsThePageLabelsIt_AndTheWordingKeepsParentheses()
    {
        var original = Nested(DraftLanguage.Chinese, "(a) i)");
        var amendment = RoundTrip(original, Proposed(original, d => Replace(d, "op1-a-2", "两席", "三席")));
        var text = Proposed(original, d => Ok(d.Delete("op1-a-2")));

        var rebased = AmendmentRebase.Onto(text, amendment.Instructions);

        Assert.EndsWith("OP1 (a) ii) is no longer in the text", rebased.Error, StringComparison.Ordinal);
        // No UN source names such a level in a Chinese amendment: it is named in parentheses, as every other level is.
        Assert.StartsWith("在执行部分第1(a)(ii)段中，", Assert.Single(amendment.Wording(DraftLanguage.Chinese)), StringComparison.Ordinal);
        Assert.Equal("(a) (ii)", amendment.Instructions[0].Target!.SubParagraph);
    }
}
