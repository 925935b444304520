using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// Sections that number their paragraphs from 1 again (budget resolutions, 76/246: "I" … 1.–2.; "II", its own
/// preamble, 1.–2.; ADR 0016): a paragraph opens the section, as a paragraph opens a part; labels, printed
/// numbers, amendment wording and comparison name the section as the UN cites it ("paragraph 2 of section II").
/// </summary>
public sealed class SectionsTests
{
    /// <summary>PP1; section I: OP1–OP2; section II: PP2 (its own preamble), OP3–OP4 (ids by kind, as imported).</summary>
    internal static Draft Budget(string language = DraftLanguage.English, bool sections = true)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetTitle(chinese ? "2022年方案预算所涉问题" : "Questions relating to the programme budget for 2022"));
        Ok(draft.SetAuthorLine(chinese ? "大会，" : "The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "回顾其各项决议，" : "Recalling its resolutions,", id: "pp1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "注意到秘书长的报告；" : "Takes note of the report of the Secretary-General;", id: "op1",
            heading: chinese ? "一. 2020年方案预算执行情况报告" : "I. Financial performance report on the programme budget for 2020"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "核准净盈余的退还；" : "Approves the return of a net surplus;", id: "op2"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "审议了秘书长的报告，" : "Having considered the report of the Secretary-General,", id: "pp2",
            heading: chinese ? "二. 订正概算" : "II. Revised estimates"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "注意到该报告；" : "Takes note of the report;", id: "op3"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "批款追加数额。" : "Appropriates an additional amount.", id: "op4"));
        if (sections)
        {
            Ok(draft.SetSection("op1", true));
            Ok(draft.SetSection("pp2", true));
        }

        return draft;
    }

    [Fact]
    public void Labels_RestartInEachSection_AndCarryItsNumeral()
    {
        var labels = ParagraphLabels.Compute(Budget());

        Assert.Equal("PP1", labels["pp1"].Label);
        Assert.Null(labels["pp1"].Section);
        Assert.Equal("I OP1", labels["op1"].Label);
        Assert.Equal("I OP2", labels["op2"].Label);
        Assert.Equal("II PP1", labels["pp2"].Label);
        Assert.Equal("II OP1", labels["op3"].Label);
        Assert.Equal("1.", labels["op3"].Marker);
        Assert.Equal("2.", labels["op4"].Marker);
        Assert.Equal("II", labels["op4"].Section);
    }

    [Fact]
    public void Labels_WithoutSections_NumberStraightThrough()
    {
        var labels = ParagraphLabels.Compute(Budget(sections: false));

        Assert.Equal("OP3", labels["op3"].Label);
        Assert.Equal("3.", labels["op3"].Marker);
        Assert.Null(labels["op3"].Section);
    }

    [Fact]
    public void SectionName_IsTheHeadingsNumeral_ElseItsPlaceInRomanNumerals()
    {
        var draft = Budget(DraftLanguage.Chinese);
        Assert.Equal("二 OP1", ParagraphLabels.Compute(draft)["op3"].Label);

        Ok(draft.SetHeading("pp2", "订正概算"));
        Assert.Equal("II OP1", ParagraphLabels.Compute(draft)["op3"].Label);
    }

    [Fact]
    public void Sections_InAPart_CarryThePartsLetterFirst()
    {
        var draft = Budget();
        Ok(draft.SetPart("pp1", new DraftPart("Programme budget", "The General Assembly,")));

        Assert.Equal("A II OP2", ParagraphLabels.Compute(draft)["op4"].Label);
        Assert.Equal("A PP1", ParagraphLabels.Compute(draft)["pp1"].Label);
    }

    [Fact]
    public void Wording_NamesTheParagraphOfItsSection_AsTheUnCitesIt()
    {
        var original = Budget();
        var proposed = Proposed(original, d => Replace(d, "op3", "the report", "the report and its annex"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.StartsWith("In operative paragraph 1 of section II, ", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_DeletingParagraphsOfTwoSections_NamesEachSection()
    {
        var original = Budget();
        var proposed = Proposed(original, d =>
        {
            Ok(d.Delete("op2"));
            Ok(d.Delete("op3"));
        });

        var text = RoundTrip(original, proposed).Text("en");

        Assert.Contains("operative paragraph 2 of section I", text, StringComparison.Ordinal);
        Assert.Contains("operative paragraph 1 of section II", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_InChinese_NamesTheSectionFirst()
    {
        var original = Budget(DraftLanguage.Chinese);
        var proposed = Proposed(original, d => Replace(d, "op3", "注意到该报告", "欣见该报告"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("zh"));

        Assert.Contains("第二节执行部分第1段", wording, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("II", "二")]
    [InlineData("IV", "四")]
    [InlineData("XIX", "十九")]
    [InlineData("二", "二")]
    [InlineData("B", "B")]
    [InlineData("C", "C")]
    public void ChineseNames_WriteARomanNumeralInChineseNumerals_AndKeepLetters(string name, string chinese) =>
        Assert.Equal(chinese, SectionNumbers.InChinese(name));

    [Fact]
    public void Clone_Json_AndCanonicalForm_KeepTheSections()
    {
        var draft = Budget();

        var copy = draft.Clone();

        Assert.True(((Paragraph)copy.FindNode("pp2")!).OpensSection);
        Assert.Equal(DraftCanonicalForm.Of(draft), DraftCanonicalForm.Of(copy));
        Assert.NotEqual(DraftCanonicalForm.Of(Budget(sections: false)), DraftCanonicalForm.Of(draft));
    }

    [Fact]
    public void SetSection_OnASubParagraph_IsRefused()
    {
        var draft = Budget();
        Ok(draft.AddSubParagraph("op3", "In part;", id: "op3-a"));

        Assert.False(draft.SetSection("op3-a", true).IsSuccess);
    }

    [Fact]
    public void SetSection_Transform_TheLaterStands_AndInsideADeletedParagraphItIsDropped()
    {
        var draft = Budget();
        var earlier = new SetSection("op3", true);
        var later = new SetSection("op3", false);

        var (e, l) = DraftOperation.Transform(earlier, later).Value;
        var (_, dropped) = DraftOperation.Transform(DeleteParagraph.Of(draft, "op3").Value!, earlier).Value;

        Assert.IsType<NoOp>(e);
        Assert.Same(later, l);
        Assert.Equal(new NoOp(DropReasons.ParagraphDeleted), dropped);
        Assert.Contains("\"type\":\"setSection\"", DraftOperationJson.Serialize(earlier), StringComparison.Ordinal);
        Assert.Equal(earlier, DraftOperationJson.Parse(DraftOperationJson.Serialize(earlier)).Value);
    }

    [Fact]
    public void DraftDelta_CarriesASection()
    {
        var from = Budget(sections: false);
        var to = Budget();

        var delta = DraftDelta.Between(from, to);
        Ok(delta);
        Ok(delta.Value!.Apply(from));

        Assert.Equal(DraftCanonicalForm.Of(to), DraftCanonicalForm.Of(from));
    }

    [Fact]
    public void StyleCheck_EachSectionHasItsOwnPreamble()
    {
        var warnings = ResolutionDrafts.Domain.Style.StyleChecker.Check(Budget());
        var unheaded = Budget(sections: false);
        Ok(unheaded.SetHeading("pp2", null));
        var straight = ResolutionDrafts.Domain.Style.StyleChecker.Check(unheaded);

        Assert.DoesNotContain(warnings, w => w.Code == "preambular-after-operative");
        Assert.Contains(straight, w => w.Code == "preambular-after-operative" && w.ParagraphId == "pp2");
    }

    [Theory]
    [InlineData(DraftLanguage.English, "Approves the return of a net surplus;", "Approves the return of a net surplus.")]
    [InlineData(DraftLanguage.Chinese, "核准净盈余的退还；", "核准净盈余的退还。")]
    public void StyleCheck_ASectionsLastParagraph_EndsAsTheUNEndsIt(string language, string semicolon, string fullStop)
    {
        // The resolution is one sentence through its sections: 76/246 ends 17 sections with ";" and only the last with
        // "."; a section ended with "." is not wrong either. Its last paragraph ending with "," is.
        var draft = Budget(language);
        Ok(draft.SetText("op2", semicolon));
        Assert.DoesNotContain(ResolutionDrafts.Domain.Style.StyleChecker.Check(draft), w => w.ParagraphId == "op2");

        Ok(draft.SetText("op2", fullStop));
        Assert.DoesNotContain(ResolutionDrafts.Domain.Style.StyleChecker.Check(draft), w => w.ParagraphId == "op2");

        Ok(draft.SetText("op2", semicolon[..^1] + (language == DraftLanguage.Chinese ? "，" : ",")));
        Assert.Contains(ResolutionDrafts.Domain.Style.StyleChecker.Check(draft), w => w.ParagraphId == "op2" && w.Code == "paragraph-ending");
    }

    [Fact]
    public void Comparison_ShowsASectionOpened_AndTheRenumbering()
    {
        var comparison = DraftComparer.Compare(Budget(sections: false), Budget());

        var opened = comparison.Paragraphs.Single(p => p.Id == "pp2");
        Assert.True(opened.IsSectionChanged);
        Assert.Null(opened.OldSection);
        Assert.Equal("II", opened.NewSection);
        var renumbered = comparison.Paragraphs.Single(p => p.Id == "op3");
        Assert.Equal(("OP3", "II OP1"), (renumbered.OldLabel, renumbered.NewLabel));
    }
}
