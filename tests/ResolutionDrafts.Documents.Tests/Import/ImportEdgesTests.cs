using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// The importer's edges left by issue 16, each in text and Word (and AKN where it applies), English and Chinese:
/// a quotation left open ends at the resolution's next operative paragraph, not at its own numbers; a section's last
/// paragraph ending "," before the next section's heading and "1." is operative; a "(1)" list under an operative paragraph
/// with no colon is its sub-paragraphs; AKN sub-paragraphs typed as paragraphs of their own in any numbering of ADR 0036.
/// </summary>
public sealed class ImportEdgesTests
{
    // ---- 1. A quotation left open, then the next operative paragraph ----

    private const string OpenQuotation = """
        Resolution adopted by the Human Rights Council on 4 April 2025
        55/1. Rules of procedure of the Council
        The Human Rights Council,
        Recalling its resolution 5/1 of 18 June 2007,
        Recalling also its rules of procedure,
        Noting the proposals made by the Bureau,
        1. Decides to amend rule 5 of its rules of procedure to read as follows:
        “Rule 5
        The Council shall elect a President and four Vice-Presidents from among its members;
        2. Requests the Secretary-General to issue the rules of procedure as amended;
        3. Decides to remain seized of the matter.
        """;

    private const string OpenQuotationZh = """
        人权理事会2025年4月4日通过的决议
        55/1. 理事会议事规则
        人权理事会，
        回顾其2007年6月18日第5/1号决议，
        又回顾其议事规则，
        注意到主席团提出的建议，
        1. 决定将其议事规则第5条修正如下：
        “第5条
        理事会应从其成员中选举主席一人和副主席四人；
        2. 请秘书长印发经修正的议事规则；
        3. 决定继续处理此案。
        """;

    public static TheoryData<string, string, string> OpenQuotations => new()
    {
        { OpenQuotation, "text", "Requests the Secretary-General" },
        { OpenQuotation, "docx", "Requests the Secretary-General" },
        { OpenQuotationZh, "text", "请秘书长印发" },
        { OpenQuotationZh, "docx", "请秘书长印发" },
    };

    [Theory]
    [MemberData(nameof(OpenQuotations))]
    public void AQuotationLeftOpen_EndsAtTheResolutionsNextOperativeParagraph(string text, string form, string second)
    {
        var result = Import(text, form);

        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal(2, operative[0].Quotation.Count);
        Assert.StartsWith("“", operative[0].Quotation[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(second, operative[1].Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("still open", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("docx")]
    public void AQuotedParagraphNumberedAsTheNextOperativeOne_StaysQuoted_WhenItGoesOnWithTheQuotationsOwnNumbers(string form)
    {
        // The quotation's "1." then "2. Decides …": the quoted resolution's own paragraphs, though "2." is also the next number
        // of the resolution and "Decides" opens it as an operative paragraph would.
        var result = Import("""
            Resolution adopted by the Human Rights Council on 4 April 2025
            The Human Rights Council,
            Recalling its resolution 5/1 of 18 June 2007,
            Recalling also its rules of procedure,
            Noting the proposals made by the Bureau,
            1. Decides to replace the annex to its decision 5/2 with the following text:
            “1. Requests the Secretariat to circulate the reports four weeks in advance;
            2. Decides to consider the reports at its next session.”
            2. Requests the Secretary-General to issue the text as amended;
            3. Decides to remain seized of the matter.
            """, form);

        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal(["“1. Requests the Secretariat to circulate the reports four weeks in advance;", "2. Decides to consider the reports at its next session.”"],
            operative[0].Quotation.Select(l => l.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("still open", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuotationOfParagraphsEachOpenedWithAMark_EndsAtAnUnmarkedNextNumber_EvenWhenItsOwnNumbersReachIt()
    {
        // The UN opens each quoted paragraph with “; "2. Requests" without one is the resolution's own paragraph.
        var result = Import("""
            Resolution adopted by the Human Rights Council on 4 April 2025
            The Human Rights Council,
            Recalling its resolution 5/1 of 18 June 2007,
            Recalling also its rules of procedure,
            Noting the proposals made by the Bureau,
            1. Decides to replace paragraph 1 of the annex to its resolution 5/1 with the following text:
            “1. The Council shall meet regularly throughout the year and schedule no fewer than three sessions per year;
            2. Requests the Secretary-General to issue the text as amended;
            3. Decides to remain seized of the matter.
            """, "text");

        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Single(operative[0].Quotation);
    }

    [Fact]
    public void InAPdfsIndentedLines_AQuotationWhoseOwnNumbersReachTheNextOne_EndsAtALineNotSetOff()
    {
        // Pasted with its layout: the quoted block set off, the resolution's paragraphs not; "2. Requests" is not quoted.
        var result = Import("""
            Resolution adopted by the Human Rights Council on 4 April 2025
            The Human Rights Council,
            Recalling its resolution 5/1 of 18 June 2007,
            Recalling also its rules of procedure,
            Noting the proposals made by the Bureau,
            1. Decides to amend rule 5 of its rules of procedure to read as follows:
                “Rule 5
                1. The Council shall elect a President and four Vice-Presidents from among its members;
            2. Requests the Secretary-General to issue the rules of procedure as amended;
            3. Decides to remain seized of the matter.
            """, "text");

        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal(2, operative[0].Quotation.Count);
    }

    [Fact]
    public void InAPdfsPrintedLines_AQuotationLeftOpen_EndsAtTheNextOperativeParagraph()
    {
        var result = Import("""
            Resolution adopted by the Human Rights Council on 4 April 2025
            The Human Rights Council,
            Recalling its resolution 5/1 of 18 June 2007 on the institution-building of
            the Council, and its rules of procedure as adopted by the General Assembly in
            its resolution 62/219,
            Noting the proposals made by the Bureau of the Council and the views of
            Member States expressed during the open-ended consultations held in 2024 and
            2025,
            1. Decides to amend rule 5 of its rules of procedure to read as
            follows:
            “Rule 5
            The Council shall elect a President and four Vice-Presidents from among the
            representatives of its members, with due regard to equitable geographical
            distribution;
            2. Requests the Secretary-General to issue the rules of procedure as
            amended and to report thereon to the Council at its next session;
            3. Decides to remain seized of the matter.
            """, "text");

        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        // The quoted paragraph's three printed lines are one quoted line (ADR 0028, amendment 7); they were three.
        Assert.Equal(
            ["“Rule 5", "The Council shall elect a President and four Vice-Presidents from among the representatives of its members, with due regard to equitable geographical distribution;"],
            operative[0].Quotation.Select(l => l.Text));
        Assert.Equal("Requests the Secretary-General to issue the rules of procedure as amended and to report thereon to the Council at its next session;", operative[1].Text);
    }

    [Fact]
    public void AWordBlockQuotation_EndsAtASetOffLineCarryingTheNextOperativeNumber()
    {
        var lines = new[]
        {
            "Resolution adopted by the Human Rights Council on 4 April 2025",
            "The Human Rights Council,",
            "Recalling its resolution 5/1 of 18 June 2007,",
            "Recalling also its rules of procedure,",
            "1. Decides to amend rule 5 of its rules of procedure to read as follows:",
            ">Rule 5",
            ">The Council shall elect a President and four Vice-Presidents from among its members.",
            ">2. Requests the Secretary-General to issue the rules of procedure as amended;",
            "3. Decides to remain seized of the matter.",
        };

        var result = Imported(DraftImporter.Import(ImportEdgeWord.Build(lines), new ImportOptions { Format = ImportFormat.Docx }));

        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal(["Rule 5", "The Council shall elect a President and four Vice-Presidents from among its members."], operative[0].Quotation.Select(l => l.Text));
        Assert.Equal("Requests the Secretary-General to issue the rules of procedure as amended;", operative[1].Text);
    }

    // ---- 2. A section's last paragraph ending "," before the next section's "1." ----

    private const string Preamble = """
        Resolution adopted by the General Assembly on 24 December 2021
        76/999. Questions relating to the programme budget
        The General Assembly,
        Recalling its resolution 75/253 of 24 December 2020,
        Having considered the report of the Secretary-General,
        Having also considered the related report of the Advisory Committee,
        Recalling also its resolution 74/262 of 27 December 2019,
        Noting the report of the Board of Auditors,
        Reaffirming the role of the Fifth Committee in administrative and budgetary matters,
        Reaffirming also the budgetary procedures established in its resolution 41/213,
        Stressing the need for the timely submission of documents,
        Welcoming the efforts of the Secretary-General,
        Recognizing the importance of a sound financial basis for the Organization,
        Emphasizing the need for budget discipline,
        Noting with concern the liquidity situation of the Organization,
        Expressing its appreciation to the Member States that paid their assessments in full,
        Mindful of the mandates entrusted to the Organization,

        """;

    private const string SectionsAfter = """
        II
        Special subjects
        Having considered the report of the Secretary-General on special subjects,
        Having also considered the related report of the Advisory Committee on special subjects,
        1. Decides to approve the special subjects;
        2. Requests the Secretary-General to report.
        III
        Other matters
        Having considered the note by the Secretary-General,
        1. Takes note of the note by the Secretary-General;
        2. Decides to keep the matter under review.
        """;

    private const string PreambleZh = """
        大会2021年12月24日通过的决议
        76/999. 与方案预算有关的问题
        大会，
        回顾其2020年12月24日第75/253号决议，
        审议了秘书长的报告，
        又审议了咨询委员会的相关报告，
        又回顾其2019年12月27日第74/262号决议，
        注意到审计委员会的报告，
        重申第五委员会在行政和预算事项方面的作用，
        又重申其第41/213号决议确立的预算程序，
        强调必须及时提交文件，
        欢迎秘书长作出的努力，
        认识到本组织健全财政基础的重要性，
        强调必须遵守预算纪律，
        关切地注意到本组织的流动资金状况，
        赞赏足额缴纳摊款的会员国，
        铭记赋予本组织的各项任务，

        """;

    private const string SectionsAfterZh = """
        二
        特别专题
        审议了秘书长关于特别专题的报告，
        又审议了咨询委员会关于特别专题的相关报告，
        1. 决定核准特别专题；
        2. 请秘书长提出报告。
        三
        其他事项
        审议了秘书长的说明，
        1. 注意到秘书长的说明；
        2. 决定继续审查此事项。
        """;

    public static TheoryData<string, string, string, string> LoneSectionsEndingWithAComma => new()
    {
        { Preamble + "I\nWorking Capital Fund\nRecalling its resolution 74/264 of 27 December 2019,\nDecides to approve the Working Capital Fund in the amount of 250 million dollars,\n" + SectionsAfter,
            "text", "Decides to approve the Working Capital Fund", "I" },
        { Preamble + "I\nWorking Capital Fund\nRecalling its resolution 74/264 of 27 December 2019,\nDecides to approve the Working Capital Fund in the amount of 250 million dollars,\n" + SectionsAfter,
            "docx", "Decides to approve the Working Capital Fund", "I" },
        { PreambleZh + "一\n周转基金\n回顾其2019年12月27日第74/264号决议，\n决定核准周转基金数额为2.5亿美元，\n" + SectionsAfterZh, "text", "决定核准周转基金", "一" },
        { PreambleZh + "一\n周转基金\n回顾其2019年12月27日第74/264号决议，\n决定核准周转基金数额为2.5亿美元，\n" + SectionsAfterZh, "docx", "决定核准周转基金", "一" },
    };

    [Theory]
    [MemberData(nameof(LoneSectionsEndingWithAComma))]
    public void ASectionsSingleParagraphEndingWithAComma_BeforeTheNextSectionsHeadingAndItsParagraphs_IsOperative(string text, string form, string lone, string section)
    {
        var draft = Import(text, form).Draft!;
        var labels = ParagraphLabels.Compute(draft);

        var paragraph = draft.Paragraphs.Single(p => p.Text.StartsWith(lone, StringComparison.Ordinal));
        Assert.Equal(ParagraphKind.Operative, paragraph.Kind);
        Assert.Equal(section, labels[paragraph.Id].Section);
        Assert.Equal("", labels[paragraph.Id].Marker);
        Assert.Equal(3, SingleParagraphSectionImportTests.Sections(draft).Count);
    }

    public static TheoryData<string, string, string, string, string> NumberedSectionsEndingWithAComma => new()
    {
        { Preamble + "I\nWorking Capital Fund\nRecalling its resolution 74/264 of 27 December 2019,\n1. Approves the Working Capital Fund;\n2. Decides to approve the amount of 250 million dollars,\n" + SectionsAfter,
            "text", "Decides to approve the amount of 250 million dollars,", "Having considered the report of the Secretary-General on special subjects,", "II" },
        { Preamble + "I\nWorking Capital Fund\nRecalling its resolution 74/264 of 27 December 2019,\n1. Approves the Working Capital Fund;\n2. Decides to approve the amount of 250 million dollars,\n" + SectionsAfter,
            "docx", "Decides to approve the amount of 250 million dollars,", "Having considered the report of the Secretary-General on special subjects,", "II" },
        { PreambleZh + "一\n周转基金\n回顾其2019年12月27日第74/264号决议，\n1. 核准周转基金；\n2. 决定核准数额为2.5亿美元，\n" + SectionsAfterZh,
            "text", "决定核准数额为2.5亿美元，", "审议了秘书长关于特别专题的报告，", "二" },
        { PreambleZh + "一\n周转基金\n回顾其2019年12月27日第74/264号决议，\n1. 核准周转基金；\n2. 决定核准数额为2.5亿美元，\n" + SectionsAfterZh,
            "docx", "决定核准数额为2.5亿美元，", "审议了秘书长关于特别专题的报告，", "二" },
    };

    [Theory]
    [MemberData(nameof(NumberedSectionsEndingWithAComma))]
    public void ASectionsLastNumberedParagraphEndingWithAComma_IsFollowedByTheNextSection(string text, string form, string last, string nextPreamble, string section)
    {
        var draft = Import(text, form).Draft!;
        var labels = ParagraphLabels.Compute(draft);

        var paragraph = draft.Paragraphs.Single(p => p.Text.StartsWith(last[..^4], StringComparison.Ordinal));
        Assert.Equal(last, paragraph.Text);
        Assert.Equal(ParagraphKind.Operative, paragraph.Kind);
        var next = draft.Paragraphs[draft.Paragraphs.ToList().IndexOf(paragraph) + 1];
        Assert.Equal(nextPreamble, next.Text);
        Assert.Equal(ParagraphKind.Preambular, next.Kind);
        Assert.StartsWith(section + ".", next.Heading, StringComparison.Ordinal);
        Assert.Equal(3, SingleParagraphSectionImportTests.Sections(draft).Count);
        Assert.Equal(6, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    // ---- 3. A "(1)" list under an operative paragraph with no colon ----

    private const string WhaLists = """
        SEVENTY-NINTH WORLD HEALTH ASSEMBLY
        Strengthening primary health care
        The Seventy-ninth World Health Assembly,
        Having considered the report by the Director-General,
        Recalling resolution WHA72.2 (2019) on primary health care,
        Recognizing that primary health care is the cornerstone of a sustainable health system,
        1. URGES Member States, as appropriate to their national contexts, as follows
        (1) to strengthen primary health care as the foundation of universal health coverage;
        (2) to allocate adequate resources to primary health care;
        2. REQUESTS the Director-General —
        (1) to provide technical support to Member States;
        (2) to report on progress to the Eighty-first World Health Assembly;
        3. DECIDES to review the matter in 2028.
        (1) The review shall cover all regions.
        (2) The review shall take account of the reports of the regional committees.
        """;

    private const string WhaListsZh = """
        第七十九届世界卫生大会
        加强初级卫生保健
        第七十九届世界卫生大会，
        审议了总干事的报告，
        回顾关于初级卫生保健的WHA72.2号决议，
        认识到初级卫生保健是可持续卫生系统的基石，
        1. 敦促会员国根据本国国情
        （1）加强初级卫生保健；
        （2）为初级卫生保健分配充足资源；
        2. 要求总干事——
        （1）向会员国提供技术支持；
        （2）向第八十一届世界卫生大会报告进展情况；
        3. 决定于2028年审查此事项。
        （1）审查应涵盖所有区域。
        （2）审查应考虑到各区域委员会的报告。
        """;

    public static TheoryData<string, string> WhaForms => new()
    {
        { WhaLists, "text" },
        { WhaLists, "docx" },
        { WhaListsZh, "text" },
        { WhaListsZh, "docx" },
    };

    [Theory]
    [MemberData(nameof(WhaForms))]
    public void AParenthesizedFigureList_UnderAnOperativeParagraphWithNoColon_IsItsSubParagraphs(string text, string form)
    {
        var draft = Import(text, form).Draft!;

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.All(operative, p => Assert.Equal(2, p.SubParagraphs.Count));
        Assert.DoesNotContain("(1)", operative[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("（1）", operative[0].Text, StringComparison.Ordinal);
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
    }

    [Fact]
    public void AWordListNumberingItsSecondLevel_InFigures_UnderAParagraphWithNoColon_IsItsSubParagraphs()
    {
        var lines = new[]
        {
            "SEVENTY-NINTH WORLD HEALTH ASSEMBLY",
            "The Seventy-ninth World Health Assembly,",
            "Having considered the report by the Director-General,",
            "Recalling resolution WHA72.2 (2019) on primary health care,",
            "#0 URGES Member States, as appropriate to their national contexts,",
            "#1 to strengthen primary health care;",
            "#1 to allocate adequate resources to primary health care;",
            "#0 REQUESTS the Director-General to report in 2028.",
        };

        var draft = Imported(DraftImporter.Import(ImportEdgeWord.Build(lines), new ImportOptions { Format = ImportFormat.Docx })).Draft!;

        var urges = draft.Paragraphs.Single(p => p.Text.StartsWith("URGES", StringComparison.Ordinal));
        Assert.Equal(["to strengthen primary health care;", "to allocate adequate resources to primary health care;"], urges.SubParagraphs.Select(s => s.Text));
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("docx")]
    public void AFigureListThatIsTheNextParagraphs_StaysOutOfTheParagraphBefore(string form)
    {
        // "(1) Decides …", "(2) Requests …" after "1. … ." — the body's own decisions, not items of paragraph 1; and a lone
        // "(1)" with no "(2)" after it opens no list.
        var draft = Import("""
            Resolution adopted by the Executive Board
            The Executive Board,
            Recalling its earlier decisions on the programme,
            Noting the report of the Director-General,
            Welcoming the progress made,
            1. Takes note of the report.
            (1) Decides to continue the programme;
            (2) Requests the Director-General to report to the Board at its next session.
            2. Decides to review the programme.
            (1) The review shall cover all regions.
            3. Decides to remain seized of the matter.
            """, form).Draft!;

        Assert.All(draft.Paragraphs, p => Assert.Empty(p.SubParagraphs));
        Assert.Null(draft.Metadata.SubParagraphNumbering);
    }

    // ---- 4. AKN sub-paragraphs typed as paragraphs of their own, in any numbering ----

    [Theory]
    [InlineData("(1)", "(2)", "a)", "b)", "eng", "(1) a)")]
    [InlineData("1)", "2)", "(i)", "(ii)", "eng", "1)")]
    [InlineData("a)", "b)", "(i)", "(ii)", "eng", "a)")]
    [InlineData("（1）", "（2）", "(a)", "(b)", "chi", "(1) (a)")]
    public void AknSubParagraphsTypedAsParagraphs_InAnotherNumbering_AreSubParagraphs(string first, string second, string inner1, string inner2, string language, string numbering)
    {
        var chinese = language == "chi";
        var xml = $"""
            <akomaNtoso><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression></identification></meta>
            <preamble><formula><p>{(chinese ? "人权理事会，" : "The Human Rights Council,")}</p></formula><container><p>{(chinese ? "回顾其第5/1号决议，" : "Recalling its resolution 5/1,")}</p></container></preamble>
            <mainBody><paragraph><num>1.</num><content><p>{(chinese ? "请高级专员办事处：" : "Requests the Office of the High Commissioner:")}</p></content></paragraph>
            <paragraph><content><p>{first}{Tab}{(chinese ? "编写一份报告；" : "To prepare a report;")}</p></content></paragraph>
            <paragraph><content><p>{second}{Tab}{(chinese ? "向理事会提交该报告：" : "To present it to the Council:")}</p></content></paragraph>
            <paragraph><content><p>{inner1}{Tab}{(chinese ? "在第五十八届会议上；" : "at its fifty-eighth session;")}</p></content></paragraph>
            <paragraph><content><p>{inner2}{Tab}{(chinese ? "以无障碍格式；" : "in an accessible format;")}</p></content></paragraph>
            <paragraph><num>2.</num><content><p>{(chinese ? "决定继续处理此案。" : "Decides to remain seized of the matter.")}</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var result = Imported(DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn }));
        var draft = result.Draft!;

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(2, operative.Count);
        var subs = operative[0].SubParagraphs;
        Assert.Equal(chinese ? ["编写一份报告；", "向理事会提交该报告："] : ["To prepare a report;", "To present it to the Council:"], subs.Select(s => s.Text));
        Assert.Equal(2, subs[1].SubParagraphs.Count);
        Assert.Equal(numbering, draft.Metadata.SubParagraphNumbering ?? "(a) (i)");
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(second.Replace('（', '(').Replace('）', ')'), labels[subs[1].Id].Marker);
    }

    // ---- helpers ----

    private const string Tab = "\t";

    private static ImportResult Import(string text, string form)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r'));
        var bytes = form == "docx" ? ImportEdgeWord.Build(lines) : Encoding.UTF8.GetBytes(text);
        return Imported(DraftImporter.Import(bytes, new ImportOptions { Format = form == "docx" ? ImportFormat.Docx : ImportFormat.Text }));
    }

    private static ImportResult Imported(ImportResult result)
    {
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }
}
