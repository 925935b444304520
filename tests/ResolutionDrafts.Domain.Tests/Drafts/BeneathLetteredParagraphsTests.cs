using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// ADR 0038 amendment 2: a draft that letters its operative paragraphs "(a)", "(b)" and chooses no sub-paragraph numbering
/// numbers their sub-paragraphs "(i)", "(ii)" (then "(a)", "a.", "i."), never "(a)" under "(b)"; a numbering the draft chose
/// is kept; Roman and the other numberings keep the UN's "(a)" beneath.
/// </summary>
public sealed class BeneathLetteredParagraphsTests
{
    /// <summary>A draft typed in the app: operative paragraphs numbered <paramref name="operative"/>, no sub-paragraph numbering chosen.</summary>
    private static Draft Typed(string? operative, string language = DraftLanguage.English, string? sub = null)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/AC.96/L.1", OperativeNumbering = operative, SubParagraphNumbering = sub }));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其关于国际保护的结论，" : "Recalling its conclusions on international protection,", id: "pp1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到难民问题长期存在；" : "Notes the persistent dimension of refugee problems;", id: "op1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "请高级专员：" : "Requests the High Commissioner:", id: "op2"));
        Ok(draft.AddSubParagraph("op2", zh ? "报告保护情况；" : "to report on the protection situation;", id: "op2-a"));
        Ok(draft.AddSubParagraph("op2", zh ? "就分担负担问题与各国协商：" : "to consult States on burden-sharing:", id: "op2-b"));
        Ok(draft.AddSubParagraph("op2-b", zh ? "在区域一级；" : "at the regional level;", id: "op2-b-a"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定继续审查这一事项。" : "Decides to keep the matter under review.", id: "op3"));
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English, "OP2 (ii)", "OP2 (ii) (a)")]
    [InlineData(DraftLanguage.Chinese, "OP2 ㈡", "OP2 ㈡ (a)")]
    public void ALetteredDraft_NumbersItsSubParagraphs_i_Not_a(string language, string second, string deeper)
    {
        var labels = ParagraphLabels.Compute(Typed(OperativeNumbering.Lettered, language));

        Assert.Equal("(b)", labels["op2"].Marker);
        Assert.Equal(["(i)", "(ii)"], new[] { labels["op2-a"].Marker, labels["op2-b"].Marker });
        Assert.Equal("(a)", labels["op2-b-a"].Marker);
        Assert.Equal(second, labels["op2-b"].Label);
        Assert.Equal(deeper, labels["op2-b-a"].Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(OperativeNumbering.Roman)]
    [InlineData(OperativeNumbering.Parenthesised)]
    [InlineData(OperativeNumbering.ClosingParenthesis)]
    public void EveryOtherNumbering_KeepsTheUnsLettersBeneath(string? operative)
    {
        // Roman "I." collides with nothing: its sub-paragraphs are lettered as the UN letters them under "1.".
        var labels = ParagraphLabels.Compute(Typed(operative));

        Assert.Equal(["(a)", "(b)"], new[] { labels["op2-a"].Marker, labels["op2-b"].Marker });
        Assert.Equal("(i)", labels["op2-b-a"].Marker);
    }

    [Fact]
    public void ANumberingTheDraftChose_IsKept()
    {
        var labels = ParagraphLabels.Compute(Typed(OperativeNumbering.Lettered, sub: "(1)"));

        Assert.Equal(["(1)", "(2)"], new[] { labels["op2-a"].Marker, labels["op2-b"].Marker });
    }

    [Fact]
    public void TheNumberingBeneath_FollowsTheOperativeNumbering_WhenNoneIsChosen()
    {
        Assert.Equal("(i) (a)", SubParagraphNumbering.Beneath(OperativeNumbering.Lettered).Text);
        Assert.True(SubParagraphNumbering.Beneath(null).IsUn);
        Assert.True(SubParagraphNumbering.Beneath(OperativeNumbering.Roman).IsUn);
        Assert.Equal("(i) (a)", SubParagraphNumbering.From(new DraftMetadata { OperativeNumbering = "(a)" }).Text);
        Assert.Equal("(1)", SubParagraphNumbering.From(new DraftMetadata { OperativeNumbering = "(a)", SubParagraphNumbering = "(1)" }).Text);

        // Switching the operative numbering back to the UN's letters the sub-paragraphs again: nothing was stored for them.
        var draft = Typed(OperativeNumbering.Lettered);
        Ok(draft.SetMetadata(draft.Metadata with { OperativeNumbering = null }));
        Assert.Equal("(a)", ParagraphLabels.Compute(draft)["op2-a"].Marker);
        Assert.Null(draft.Metadata.SubParagraphNumbering);
    }
}
