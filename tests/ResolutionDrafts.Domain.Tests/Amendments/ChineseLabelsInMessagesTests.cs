using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Tests.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Issue 16 (ADR 0016 amendment 12): the reasons a proposal no longer applies or is refused name a Chinese draft's
/// sub-paragraph as its page labels it ("OP1 (a) ㈠"), in whatever numbering the draft has (ADR 0036: a draft numbered
/// "(1) (a)" has no (i) level, one numbered "(i) (a)" has it first); an English draft's stay "(i)". A level a Chinese page
/// prints "i)" is labelled "OP1 (a) i)" (amendment 16): labelled "(a) (i)", a label kept as text (a corpus paragraph's, a
/// used paragraph's source) read it as the UN's second level, ㈠.
/// </summary>
public sealed class ChineseLabelsInMessagesTests
{
    /// <summary>OP1 with three sub-paragraphs, the first with three of its own: "(a) (i)"…"(a) (iii)", or as the numbering numbers them.</summary>
    private static Draft Nested(string language, string? numbering = null)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = Make(language, chinese ? "OP 请秘书长：" : "OP Requests the Secretary-General:", chinese ? "OP 决定继续审议这一问题。" : "OP Decides to remain seized of the matter.");
        if (numbering is not null)
        {
            Ok(draft.SetMetadata(draft.Metadata with { SubParagraphNumbering = numbering }));
        }

        Ok(draft.AddSubParagraph("op1", chinese ? "向大会报告：" : "To report on:", id: "op1-a"));
        Ok(draft.AddSubParagraph("op1", chinese ? "提出建议；" : "To recommend;", id: "op1-b"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "执行情况；" : "the implementation;", id: "op1-a-1"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "所涉经费；" : "the costs;", id: "op1-a-2"));
        Ok(draft.AddSubParagraph("op1-a", chinese ? "今后的工作。" : "the work ahead.", id: "op1-a-3"));
        return draft;
    }

    /// <summary>A proposal on the third sub-paragraph of OP1 (a), then the text without it: why the proposal no longer applies.</summary>
    private static string NoLongerApplies(string language, string? numbering = null)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var original = Nested(language, numbering);
        var amendment = RoundTrip(original, Proposed(original, d => Replace(d, "op1-a-3", chinese ? "今后的工作" : "the work ahead", chinese ? "下一步工作" : "the next steps")));
        var text = Proposed(original, d => Ok(d.Delete("op1-a-3")));

        var rebased = AmendmentRebase.Onto(text, amendment.Instructions);

        Assert.False(rebased.IsSuccess);
        // The kind the walk chose (words or the whole paragraph) is not what is tested.
        return rebased.Error!.Replace(amendment.Instructions[0].Kind.ToString(), "Kind", StringComparison.Ordinal);
    }

    [Fact]
    public void ARebasedProposal_WhoseSubParagraphIsGone_NamesItAsAChineseDraftsPageLabelsIt()
    {
        Assert.Equal("Instruction 1 (Kind OP1 (a) ㈢): OP1 (a) ㈢ is no longer in the text", NoLongerApplies(DraftLanguage.Chinese));
        Assert.Equal("Instruction 1 (Kind OP1 (a) (iii)): OP1 (a) (iii) is no longer in the text", NoLongerApplies(DraftLanguage.English));
    }

    [Fact]
    public void InADraftNumbered1ThenA_TheSecondLevelIsLetters_AndStaysSoInChinese()
    {
        // "(1) (c)": no (i) level to write ㈠, and (c) is not a Roman hundred.
        Assert.Equal("Instruction 1 (Kind OP1 (1) (c)): OP1 (1) (c) is no longer in the text", NoLongerApplies(DraftLanguage.Chinese, "(1) (a)"));
        Assert.Equal("Instruction 1 (Kind OP1 (1) (c)): OP1 (1) (c) is no longer in the text", NoLongerApplies(DraftLanguage.English, "(1) (a)"));
    }

    [Fact]
    public void InADraftNumberedIThenA_TheFirstLevelIsTheOneWrittenInChineseNumerals()
    {
        Assert.Equal("Instruction 1 (Kind OP1 ㈠ (c)): OP1 ㈠ (c) is no longer in the text", NoLongerApplies(DraftLanguage.Chinese, "(i) (a)"));
        Assert.Equal("Instruction 1 (Kind OP1 (i) (c)): OP1 (i) (c) is no longer in the text", NoLongerApplies(DraftLanguage.English, "(i) (a)"));
    }

    [Fact]
    public void InADraftNumberedAThenIParen_TheSecondLevelIsNamedAsItPrints()
    {
        Assert.Equal("Instruction 1 (Kind OP1 (a) iii)): OP1 (a) iii) is no longer in the text", NoLongerApplies(DraftLanguage.Chinese, "(a) i)"));
        Assert.Equal("Instruction 1 (Kind OP1 (a) (iii)): OP1 (a) (iii) is no longer in the text", NoLongerApplies(DraftLanguage.English, "(a) i)"));
    }

    [Theory]
    [InlineData("zh", "(a) i)", "OP1 (a)", "OP1 (a) ii)", "OP1 (a) ii) (a)")]
    [InlineData("zh", "a) i)", "OP1 a)", "OP1 a) ii)", "OP1 a) ii) (a)")]
    [InlineData("zh", "(1) i)", "OP1 (1)", "OP1 (1) ii)", "OP1 (1) ii) (a)")]
    [InlineData("zh", null, "OP1 (a)", "OP1 (a) ㈡", "OP1 (a) ㈡ (a)")] // the UN's: as amendment 10 labels it
    [InlineData("zh", "(1) (a)", "OP1 (1)", "OP1 (1) (b)", "OP1 (1) (b) (a)")] // in parentheses: as printed already
    [InlineData("en", "(a) i)", "OP1 (a)", "OP1 (a) (ii)", "OP1 (a) (ii) (a)")]
    [InlineData("en", "a) i)", "OP1 (a)", "OP1 (a) (ii)", "OP1 (a) (ii) (a)")]
    public void Labels_WriteALevelTheUnNumbersOtherwise_AsAChineseTextPrintsIt(string language, string? numbering, string first, string second, string third)
    {
        var draft = Nested(language, numbering);
        Ok(draft.AddSubParagraph("op1-a-2", "x", id: "op1-a-2-a"));

        var labels = ParagraphLabels.Compute(draft);

        Assert.Equal([first, second, third], new[] { "op1-a", "op1-a-2", "op1-a-2-a" }.Select(id => labels[id].Label));
        // A reason a proposal no longer applies names the place as the page labels it.
        var references = ReferenceIndex.Of(draft);
        Assert.All(draft.AllNodes(), node => Assert.Equal(labels[node.Id].Label, references[node.Id].PageLabel));
        // A label kept as text (a corpus row, a used paragraph's source) reads as it was written, not as ㈡.
        Assert.Equal(second, ParagraphLabels.InLanguage(second, language));
        Assert.Equal(second, new AgreedLanguage("A/RES/76/109", second, "非洲国家两席；", "2021", language).Label);
    }

    [Fact]
    public void ALabelKeptFromBefore_StillReadsAsTheUnsSecondLevel()
    {
        Assert.Equal("OP1 (a) ㈡", ParagraphLabels.InLanguage("OP1 (a) (ii)", DraftLanguage.Chinese));
        Assert.Equal("OP1 (a) ii)", ParagraphLabels.InLanguage("OP1 (a) ii)", DraftLanguage.Chinese));
    }

    [Fact]
    public void TheNegotiationView_AndNewSubParagraphsInIt_LabelALevelPrintedIParenAsItPrints()
    {
        var original = Nested(DraftLanguage.Chinese, "(a) i)");
        // A new first-level sub-paragraph with two of its own: they are labelled from the text's numbering.
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

    [Theory]
    [InlineData(null, "在执行部分第1(a)㈢段中，")]
    [InlineData("(1) (a)", "在执行部分第1(1)(c)段中，")]
    [InlineData("(i) (a)", "在执行部分第1㈠(c)段中，")]
    // No UN source names a level printed "i)" in a Chinese amendment: in parentheses, as every level but ㈠ (amendment 16).
    [InlineData("(a) i)", "在执行部分第1(a)(iii)段中，")]
    public void TheWording_NamesTheSubParagraphAsItsLabelDoes_InEveryNumbering(string? numbering, string start)
    {
        var original = Nested(DraftLanguage.Chinese, numbering);
        var amendment = RoundTrip(original, Proposed(original, d => Replace(d, "op1-a-3", "今后的工作", "下一步工作")));

        Assert.StartsWith(start, Assert.Single(amendment.Wording(DraftLanguage.Chinese)), StringComparison.Ordinal);
    }

    [Fact]
    public void ATableInstructionRefused_NamesTheSubParagraphAsItsPageDoes()
    {
        foreach (var (language, label) in new[] { (DraftLanguage.Chinese, "OP1 (a) ㈡"), (DraftLanguage.English, "OP1 (a) (ii)") })
        {
            var original = Nested(language);
            var amendment = RoundTrip(original, Proposed(original, d => Replace(d, "op1-a-2", DraftLanguage.IsChinese(language) ? "所涉经费" : "the costs", "x")));
            var deleteTable = amendment.Instructions[0] with { Kind = AmendmentKind.DeleteTable, Table = new TablePlace(null, ""), OldText = null, NewText = null };

            var applied = AmendmentApplier.Apply(original, [deleteTable]);

            Assert.Equal($"Instruction 1 (DeleteTable {label}): {label} holds no table", applied.Error);
        }
    }

    [Fact]
    public void AProposalWhoseParentIsDeletedFirst_SaysTheParentIsGone_AsItsPageLabelsIt()
    {
        var original = Nested(DraftLanguage.Chinese);
        var delete = RoundTrip(original, Proposed(original, d => Ok(d.Delete("op1-a-2")))).Instructions.Single();
        var insert = RoundTrip(original, Proposed(original, d => Ok(d.AddSubParagraph("op1-a-2", "新的分段。", id: "op1-a-2-new")))).Instructions.Single();

        var applied = AmendmentApplier.Apply(original, [delete, insert]);

        Assert.EndsWith("OP1 (a) ㈡ is no longer in the text", applied.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelIn_WritesAReferenceAsAChineseTextLabelsIt_WhateverItsNumbering()
    {
        var reference = new ParagraphReference("x", ParagraphKind.Operative, 4, "(a) (ii)");

        Assert.Equal("OP4 (a) ㈡", reference.LabelIn(DraftLanguage.Chinese, null));
        Assert.Equal("OP4 (a) (ii)", reference.LabelIn(DraftLanguage.English, null));
        Assert.Equal("OP4 (a) (ii)", reference.Label); // stored and compared as every language names it
        Assert.Equal("OP4 (a) ii)", reference.LabelIn(DraftLanguage.Chinese, SubParagraphNumbering.Parse("(a) i)"))); // i) is not ㈡: as printed (amendment 16)
        Assert.Equal("OP4 (1) (v)", (reference with { SubParagraph = "(1) (v)" }).LabelIn(DraftLanguage.Chinese, SubParagraphNumbering.Parse("(1) (a)")));
    }
}
