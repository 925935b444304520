using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// A section whose only operative paragraph the UN prints without a number (76/246 section III: "III", its heading,
/// "Recalling …", "Approves …"), as it prints a resolution's single operative paragraph; a second paragraph numbers
/// both; amendments name it as it prints (ADR 0016).
/// </summary>
public sealed class SingleParagraphSectionTests
{
    /// <summary><see cref="SectionsTests.Budget"/> with section II holding its preamble and one operative paragraph (op3).</summary>
    private static Draft WithASingleParagraphSection(string language = DraftLanguage.English, bool sections = true)
    {
        var draft = SectionsTests.Budget(language, sections);
        Ok(draft.Delete("op4"));
        return draft;
    }

    [Fact]
    public void NewSectionHere_OnASectionsSingleParagraph_PrintsItUnnumbered_AndASecondParagraphNumbersBoth()
    {
        var draft = WithASingleParagraphSection(sections: false);
        Assert.Equal("3.", ParagraphLabels.Compute(draft)["op3"].Marker);

        // What "New section here" sends, on section I's and on section II's first paragraph.
        Ok(draft.SetSection("op1", true));
        Ok(draft.SetSection("pp2", true));
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("II OP1", labels["op3"].Label);
        Assert.Equal("", labels["op3"].Marker);
        Assert.Equal("2.", labels["op2"].Marker);

        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to appropriate an additional amount.", id: "op5"));
        labels = ParagraphLabels.Compute(draft);
        Assert.Equal("1.", labels["op3"].Marker);
        Assert.Equal("2.", labels["op5"].Marker);
        Assert.Equal("II OP2", labels["op5"].Label);
    }

    [Fact]
    public void Wording_NamesASectionsSingleParagraph_AsTheOperativeParagraphOfTheSection()
    {
        var original = WithASingleParagraphSection();
        var proposed = Proposed(original, d => Replace(d, "op3", "the report", "the report and its annex"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.StartsWith("In the operative paragraph of section II, ", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_InChinese_NamesASectionsSingleParagraph_AsTheSectionsOperativePart()
    {
        var original = WithASingleParagraphSection(DraftLanguage.Chinese);
        var proposed = Proposed(original, d => Replace(d, "op3", "注意到该报告", "欣见该报告"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("zh"));

        Assert.Contains("第二节执行部分", wording, StringComparison.Ordinal);
        Assert.DoesNotContain("第1段", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_OfANumberedSectionParagraph_StillNamesItsNumber()
    {
        var original = SectionsTests.Budget();
        var proposed = Proposed(original, d => Replace(d, "op3", "the report", "the report and its annex"));

        Assert.StartsWith("In operative paragraph 1 of section II, ", Assert.Single(RoundTrip(original, proposed).Wording("en")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Conditions of service of staff in the Professional and higher categories A. Base/floor salary scale", "A")]
    [InlineData("专业及以上职类工作人员的服务条件A. 基薪/底薪表", "A")]
    [InlineData("II. Revised estimates", "II")]
    [InlineData("Revised estimates for the year", "II")]
    public void SectionName_IsAlsoTheNumeralAfterTheHeadingOfWhatTheSectionBelongsTo(string heading, string name)
    {
        // 75/245: "Conditions of service …" stands over sections A–D and is joined on one line with section A's heading.
        var draft = SectionsTests.Budget();
        Ok(draft.SetHeading("pp2", heading));

        Assert.Equal(name, ParagraphLabels.Compute(draft)["op3"].Section);
    }
}
