using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Text laid out in ways other than a PDF's: one paragraph a line, short or long, English or Chinese.</summary>
public sealed class LayoutTests
{
    private static Draft Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    /// <summary>A short resolution, English or Chinese as <paramref name="pp"/> is, with footnote 1 and <paramref name="pp"/> as its preamble.</summary>
    private static string WithPreambularParagraph(string pp) => pp.EndsWith('，')
        ? $"大会，\n{pp}\n1. 请秘书长提交报告；\n2. 决定继续审议这一问题。\n__________________\n1 A/75/23。\n"
        : $"The General Assembly,\n{pp}\n1. Decides to remain seized of the matter;\n2. Decides also to remain seized.\n__________________\n1 A/75/1.\n";

    [Fact]
    public void Import_ChineseOneParagraphALine_KeepsEveryPreambularParagraph()
    {
        const string text = """
            大会，
            遵循《联合国宪章》的宗旨和原则，
            回顾其以往的各项决议，
            再次承诺尊重所有国家的主权，
            1. 请秘书长提交报告；
            2. 决定继续审议这一问题。
            """;

        var draft = Import(text);

        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal("回顾其以往的各项决议，", draft.Paragraphs[1].Text);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void Import_ShortEnglishLinesWithAnUnnumberedOperativeParagraph_KeepsEachLine()
    {
        const string text = """
            The General Assembly,
            Taking note of the report of the Secretary-General,
            Noting with appreciation the liaison mechanism established in June 2017,
            Decides to include in the provisional agenda of its seventy-seventh session the sub-item.
            """;

        var draft = Import(text);

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(ParagraphKind.Operative, draft.Paragraphs[2].Kind);
    }

    [Fact]
    public void Import_HardWrappedText_StillJoinsItsLines()
    {
        const string text = """
            The General Assembly,
            Recalling its resolution 51/1 of 15 October 1996, in which it invited the
            International Criminal Police Organization to participate as an observer in its
            sessions and work,
            1. Decides to remain seized of the matter.
            """;

        var draft = Import(text);

        Assert.Equal(2, draft.Paragraphs.Count);
        Assert.StartsWith("Recalling its resolution 51/1", draft.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("between the United Nations and INTERPOL1 and all other agreements,", "INTERPOL[^1] and")]
    [InlineData("Human Rights Council resolution 44/18 of 17 July 20201 and the resolutions,", "2020[^1] and")]
    [InlineData("article 90 of Protocol I1 to the Geneva Conventions,", "Protocol I[^1] to")]
    [InlineData("pursuant to its resolution 59/3001 and the reports,", "59/300[^1] and")]
    [InlineData("宣布2011-2020年为第三个国际十年1的背景下，", "十年[^1]的")]
    [InlineData("回顾两项国际人权公约1所体现的权利，", "公约[^1]所")]
    [InlineData("Recalling the Sendai Framework for Disaster Risk Reduction 2015–20301 and its principles,", "2015–2030[^1] and")]
    [InlineData("遵循《联合国宪章》和《世界人权宣言》、1国际人权两公约以及其他相关文书，", "宣言》、[^1]国际")]
    [InlineData("Noting that the next session of the Committee is to be held in 2021.1", "2021.[^1]")]
    [InlineData("Reaffirming the Declaration of Commitment on HIV/AIDS1 and the political declarations,", "HIV/AIDS[^1] and")]
    [InlineData("Recalling its resolutions 73/1981 and 73/199,", "73/198[^1] and")]
    [InlineData("Recalling the International Convention for the Control of Ships’ Ballast Water and Sediments, 2004,1 and the Guidelines,", "2004,[^1] and")]
    [InlineData("表示注意到人权理事会隐私权特别报告员的报告、1人权理事会其他报告，", "、[^1]人权")]
    [InlineData("重申2016年6月10日《班吉宣言》1时作出的承诺，", "》[^1]时")]
    public void Import_TypedReferenceGluedToAnAcronymAYearOrANoun_BecomesAFootnoteReference(string pp, string expected)
    {
        var draft = Import(WithPreambularParagraph(pp));

        Assert.Contains(expected, draft.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ChineseDateNumberEqualToTheNextFootnote_StaysText()
    {
        const string text = "大会，\n回顾2019年1月2至4日举行的讨论会，\n又回顾特别委员会报告1所附的结论，\n1. 请秘书长提交报告；\n2. 决定继续审议这一问题。\n__________________\n1 A/75/23。\n";

        var draft = Import(text);

        Assert.Equal("回顾2019年1月2至4日举行的讨论会，", draft.Paragraphs[0].Text);
        Assert.Equal("又回顾特别委员会报告[^1]所附的结论，", draft.Paragraphs[1].Text);
    }

    [Theory]
    [InlineData("The General Assembly\n1. Adopts the following declaration:\n2. We, the Heads of State, have gathered today.\n")]
    [InlineData("The General Assembly\nAdopts the political declaration annexed to the present resolution.\n")]
    [InlineData("大会\n1. 将2022年周转基金的数额定为1.50亿美元；\n2. 决定继续审议这一问题。\n")]
    [InlineData("大会\n通过本决议附件所载宣言。\n")]
    public void Import_NoPreambleAndAnAuthorLineWithoutItsComma_ReadsTheOperativeParagraphs(string text)
    {
        var draft = Import((text.StartsWith("The", StringComparison.Ordinal) ? "Resolution adopted by the General Assembly\nA title\n" : "大会通过的决议\n标题\n") + text);

        Assert.Equal(0, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.True(Fixtures.Count(draft, ParagraphKind.Operative) >= 1);
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], draft.AuthorLine);
    }

    [Theory]
    [InlineData("Approves an additional appropriation of 1 590 700 dollars for the Centre,", "1 590 700 dollars")]
    [InlineData("Noting the following positions: 1 Senior Administrative Officer and 2 Engineers,", "positions: 1 Senior")]
    [InlineData("Stressing that Israel shall pay the amount of 1,117,001 dollars resulting from the incident,", "1,117,001 dollars")]
    [InlineData("Recalling resolution 5/2021 of 18 June 2021 of the Conference,", "5/2021 of")]
    [InlineData("注意到其中有44人丧生，1人遭到绑架，", "，1人遭到")]
    [InlineData("注意到已部分实现6个目标(目标9、1、16、17和20)，", "目标9、1、16")]
    [InlineData("强调联合国环境与发展会议在《1世纪议程》中的作用，", "《1世纪议程》")]
    [InlineData("注意到报告1所述，又注意到目标9、1、16和17的进展，", "目标9、1、16")]
    public void Import_NumberThatBelongsToTheText_IsNotTakenForTheNextFootnote(string pp, string kept)
    {
        var draft = Import(WithPreambularParagraph(pp));

        Assert.Contains(kept, draft.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FootnoteOnTheTitle_IsReferredToFromTheTitle()
    {
        const string text = "United Nations\nGeneral Assembly\nResolution adopted by the General Assembly\nReview of the jurisdictional set-up of the common system B1\nThe General Assembly,\nHaving considered the report of the Secretary-General2 and the related report,\n1. Decides to remain seized of the matter;\n2. Decides also to remain seized.\n__________________\n1 Resolution 75/245 becomes resolution 75/245 A.\n2 A/75/690.\n";

        var draft = Import(text);

        Assert.EndsWith("B[^1]", draft.Title, StringComparison.Ordinal);
        Assert.Contains("Secretary-General[^2] and", draft.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ChinesePdfText_LosesTheSpacesAroundNumbersAndLatinWords()
    {
        const string text = "第七届会议\n2017 年 11 月 6 日至 10 日，维也纳\n大会，\n回顾其 2009 年 11 月 13 日第 3/1 号决议及 CAC/COSP/2017/3 和\nCAC/COSP/2017/7 号文件，\n1. 请秘书长提交 8 800 万美元的报告；\n2. 决定继续审议这一问题。\n";

        var draft = Import(text);

        Assert.Equal("2017年11月6日至10日，维也纳", draft.Metadata.PlaceAndDates);
        Assert.Equal("回顾其2009年11月13日第3/1号决议及CAC/COSP/2017/3和CAC/COSP/2017/7号文件，", draft.Paragraphs[0].Text);
        Assert.Equal("请秘书长提交8 800万美元的报告；", draft.Paragraphs[1].Text);
    }

    [Fact]
    public void Import_ChinesePdfText_CitesASecurityCouncilResolutionAsTheUnsChineseDoes()
    {
        // The UN's Chinese XML: "第2532(2020)号决议" (131 times in sessions 75-76, never a space after the year).
        const string text = "大会，\n回顾安全理事会 2020 年 7 月 1 日第 2532 (2020) 号决议和第 1325 (2000) 号、第 242(1967) 号决议，\n1. 请秘书长提交报告；\n2. 决定继续审议这一问题。\n";

        var draft = Import(text);

        Assert.Equal("回顾安全理事会2020年7月1日第2532 (2020)号决议和第1325 (2000)号、第242(1967)号决议，", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void Import_OneParagraphALineWithAParagraphOver1500Characters_IsNotTakenForFlattenedText()
    {
        var long_ = "Welcoming the efforts of Member States, United Nations agencies, international organizations, civil society organizations, "
            + string.Concat(Enumerable.Repeat("the private sector and financial institutions to mobilize resources for the recovery, ", 18)) + "and noting, in this regard, the work done,";
        var others = string.Concat(Enumerable.Range(1, 10).Select(i => $"Recalling also its resolution 7{i}/1 on the sustainable development of small island developing States and on the recovery from the pandemic in the least developed countries,\n"));
        var text = $"The General Assembly,\nRecalling its resolution 75/1,\n{long_}\n{others}1. Decides to remain seized of the matter;\n2. Requests a report.\n";

        var draft = Import(text);

        Assert.True(long_.Length > 1500);
        Assert.Equal(12, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(long_, draft.Paragraphs[1].Text);
    }

    [Fact]
    public void Import_FootnoteReferredToNowhere_DoesNotHideTheReferencesAfterIt()
    {
        const string text = "The General Assembly,\nHaving considered the report of the Secretary-General2 and the related report,3\n1. Decides to remain seized of the matter;\n2. Requests a report.\n__________________\n1 Resolution 75/245 becomes resolution 75/245 A.\n2 A/75/690.\n3 A/75/797.\n";

        var draft = Import(text);

        Assert.Equal("Having considered the report of the Secretary-General[^2] and the related report,[^3]", draft.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("The General Assembly,\n1. Decides on the following timetable:\n2. Thursday, 2 June: 9.30 a.m. to 1 p.m.\n3. Friday, 3 June: 10 a.m. to 1 p.m.\n", 3)]
    [InlineData("大会，\n1. 通过以下宣言：\n2. 我们各国国家元首和政府首脑于2021年9月22日齐聚纽约联合国总部，\n3. 重申2001年通过的宣言；\n", 3)]
    public void Import_NextOperativeNumberAfterAnOpenParagraph_StartsAParagraph(string text, int operatives)
    {
        var draft = Import(text);

        Assert.Equal(operatives, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void Import_ChineseSectionNumeralAloneOnItsLine_IsAHeading()
    {
        const string text = "大会，\n一\n1. 表示注意到秘书长的报告；\n2. 认可咨询委员会报告所载结论和建议；\n二\n3. 决定继续审议这一问题。\n";

        var draft = Import(text);

        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("表示注意到秘书长的报告；", draft.Paragraphs[0].Text);
        Assert.Equal("二", draft.Paragraphs[2].Heading);
    }

    [Fact]
    public void Import_FootnotesStartingAt12_AreReadAndReferredTo()
    {
        const string text = "The General Assembly,\nRecalling its resolution 75/1,\n1. Requests compliance with (d) the interest of the United Nations,12 and to ensure fairness;\n2. Requests a report.\n__________________\n12 See financial regulation 5.12.\n";

        var draft = Import(text);

        Assert.Equal([12], draft.Footnotes.Select(f => f.Number));
        Assert.Contains("United Nations,[^12] and", draft.Paragraphs[1].Text, StringComparison.Ordinal);
    }
}
