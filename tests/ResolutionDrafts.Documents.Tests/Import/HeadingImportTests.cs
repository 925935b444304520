using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Headings inside a resolution (issue 16): the UN's AKN marks them as a paragraph holding only a
/// subheading (English), an unnumbered paragraph that does not close (Chinese), a section's num and
/// subheading, or subheadings standing in the body; each becomes the heading of the paragraph after
/// it, never a paragraph, and never disappears. Text with a heading line before a numbered paragraph
/// reads the same way.
/// </summary>
public sealed class HeadingImportTests
{
    private static Draft Corpus(string folder, string file)
    {
        var result = DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", folder), file)));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Draft Text(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Fact]
    public void EnglishSubheadings_BecomeHeadingsOfTheNextOperativeParagraph()
    {
        var draft = Corpus("75-en", "75_224_E.xml");

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal("Governance of the United Nations Human Settlements Programme (UN‑Habitat)", operative[0].Heading);
        Assert.StartsWith("Welcomes the work", operative[0].Text, StringComparison.Ordinal);
        Assert.Equal("Ensuring adequate funding and improving information to monitor funding trends", operative[4].Heading);
        Assert.StartsWith("Decides that the additional requirements", operative[4].Text, StringComparison.Ordinal);
        Assert.Null(operative[1].Heading);
    }

    [Fact]
    public void ChineseHeadings_AreNotTakenForOperativeParagraphs()
    {
        var en = Corpus("75-en", "75_224_E.xml");
        var zh = Corpus("75-zh", "75_224_C.xml");

        var operative = zh.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal("联合国人类住区规划署(人居署)的治理", operative[0].Heading);
        Assert.StartsWith("欢迎", operative[0].Text, StringComparison.Ordinal);
        Assert.Equal("确保适足供资并为监测供资趋势而改善信息工作", operative[4].Heading);
        // The same structure as the English file: as many operative paragraphs, headings at the same places.
        Assert.Equal(
            en.Paragraphs.Select(p => (p.Kind, p.Heading is null)),
            zh.Paragraphs.Select(p => (p.Kind, p.Heading is null)));
    }

    [Fact]
    public void SectionsWithTheirOwnPreamble_KeepTheirHeadingsAndPreambularParagraphs()
    {
        var draft = Corpus("76-en", "A_RES_76_246-2119713E.xml");

        var first = draft.Paragraphs.First(p => p.Heading is not null);
        Assert.Equal("I. Financial performance report on the programme budget for 2020", first.Heading);
        Assert.Equal(ParagraphKind.Preambular, first.Kind);
        Assert.StartsWith("Recalling its resolutions", first.Text, StringComparison.Ordinal);
        var second = draft.Paragraphs.First(p => p.Heading?.StartsWith("II. ", StringComparison.Ordinal) == true);
        Assert.Equal(ParagraphKind.Preambular, second.Kind);
        Assert.StartsWith("Having considered the report of the Secretary-General", second.Text, StringComparison.Ordinal);
        // Preambular paragraphs of later sections come after operative ones; each section opens with its heading and
        // numbers its paragraphs from 1 again, as the UN's do, so the import no longer warns of straight numbering.
        Assert.True(first.OpensSection);
        Assert.True(second.OpensSection);
        var result = DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", "76-en"), "A_RES_76_246-2119713E.xml")));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("straight through", StringComparison.Ordinal));
    }

    [Fact]
    public void SectionNumbersInTheirOwnParagraph_AndNumberedHeadings_AreHeadings()
    {
        // 76/226 C: "一" in a paragraph of its own, then "消除一切形式种族歧视国际公约", then 1.; 76/240 C: "A", a heading, then a preamble.
        const string xml = """
            <akomaNtoso><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="chi"/></FRBRExpression></identification></meta>
            <preamble><formula><p>大会，</p></formula><container><p>回顾其以往决议，</p></container></preamble>
            <mainBody><paragraph><content><p>一</p></content></paragraph>
            <paragraph><content><p>消除一切形式种族歧视国际公约</p></content></paragraph>
            <paragraph><num>1.</num><content><p>重申普遍遵守《公约》；</p></content></paragraph>
            <paragraph><content><p>A</p></content></paragraph>
            <paragraph><content><p>基薪/底薪表</p></content></paragraph>
            <crossHeading refersTo="#preamble">回顾其第44/198号决议，</crossHeading>
            <paragraph><num>2.</num><content><p>核准订正基薪表；</p></content></paragraph>
            <paragraph><num>二.</num><content><p>导言</p></content></paragraph>
            <paragraph><num>3.</num><content><p>决定采取行动。</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(["P", "O", "P", "O", "O"], draft.Paragraphs.Select(p => p.Kind == ParagraphKind.Operative ? "O" : "P"));
        Assert.Equal("一. 消除一切形式种族歧视国际公约", draft.Paragraphs[1].Heading);
        Assert.Equal("A. 基薪/底薪表", draft.Paragraphs[2].Heading);
        Assert.Equal("回顾其第44/198号决议，", draft.Paragraphs[2].Text);
        Assert.Equal("二. 导言", draft.Paragraphs[4].Heading);
    }

    [Fact]
    public void ASentenceMarkedAsASectionPreamble_IsOperative()
    {
        // 76/240 in Chinese marks a section's single, unnumbered operative paragraph as a crossHeading to the preamble.
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Notes the margin;</p></content></paragraph>
            <crossHeading refersTo="#preamble">Recalling its resolution 44/198,</crossHeading>
            <paragraph><num>2.</num><content><p>Approves the scale;</p></content></paragraph>
            <subheading>C. Education grant</subheading>
            <crossHeading refersTo="#preamble">Decides to implement seven reimbursement levels.</crossHeading></mainBody></statement></akomaNtoso>
            """;

        var draft = DraftImporter.Import(Encoding.UTF8.GetBytes(xml)).Draft!;

        Assert.Equal([ParagraphKind.Operative, ParagraphKind.Preambular, ParagraphKind.Operative, ParagraphKind.Operative], draft.Paragraphs.Select(p => p.Kind));
        Assert.Equal("C. Education grant", draft.Paragraphs[3].Heading);
    }

    [Fact]
    public void OneParagraphALineWithHeadingsBeforePreambles_StaysOneParagraphALine()
    {
        // Short resolutions with section headings: the headings' open lines must not make the text look hard-wrapped.
        var draft = Text("""
            大会，
            审议了秘书长的报告，
            回顾其第64/260号决议，
            又回顾其第66/247号决议，
            还回顾其第67/254号决议，
            注意到委员会的报告，
            意识到必须提供必要的财政资源，
            强调指出必须协调努力，
            1. 注意到秘书长的报告；
            2. 认可咨询委员会的结论；
            专业及以上职类工作人员的服务条件
            回顾其第44/198号决议，
            3. 核准订正基薪表；
            4. 请委员会提出报告。
            """);

        Assert.Equal(["P", "P", "P", "P", "P", "P", "P", "O", "O", "P", "O", "O"], draft.Paragraphs.Select(p => p.Kind == ParagraphKind.Operative ? "O" : "P"));
        Assert.Equal("专业及以上职类工作人员的服务条件", draft.Paragraphs[9].Heading);
        Assert.Equal("回顾其第44/198号决议，", draft.Paragraphs[9].Text);
    }

    [Fact]
    public void PreambularItemsAfterTheirLeadIn_AreItsSubParagraphs()
    {
        var draft = Corpus("75-en", "75_55_E.xml");

        var leadIn = draft.Paragraphs.Single(p => p.Text.StartsWith("Convinced that the Convention, 23 years after", StringComparison.Ordinal));
        Assert.Equal(ParagraphKind.Preambular, leadIn.Kind);
        Assert.NotEmpty(leadIn.SubParagraphs);
        Assert.Equal("International peace and security,", leadIn.SubParagraphs[0].Text);
    }

    [Fact]
    public void TextWithAHeadingBeforeTheFirstOperativeParagraph_GivesItTheHeading()
    {
        var draft = Text("""
            The General Assembly,
            Recalling its resolution 72/226,
            Governance of the Programme
            1. Welcomes the work of the Working Group;
            2. Notes the dissolution of the Governing Council;
            Funding
            3. Decides to act;
            """);

        Assert.Equal([ParagraphKind.Preambular, ParagraphKind.Operative, ParagraphKind.Operative, ParagraphKind.Operative], draft.Paragraphs.Select(p => p.Kind));
        Assert.Equal("Recalling its resolution 72/226,", draft.Paragraphs[0].Text);
        Assert.Equal("Governance of the Programme", draft.Paragraphs[1].Heading);
        Assert.Equal("Funding", draft.Paragraphs[3].Heading);
    }

    [Fact]
    public void ChineseTextWithAHeadingBeforeTheFirstOperativeParagraph_GivesItTheHeading()
    {
        var draft = Text("""
            大会，
            回顾其第72/226号决议，
            联合国人类住区规划署的治理
            1. 欢迎工作组的工作；
            2. 注意到理事会解散；
            """);

        Assert.Equal(3, draft.Paragraphs.Count);
        Assert.Equal("联合国人类住区规划署的治理", draft.Paragraphs[1].Heading);
        Assert.Equal("回顾其第72/226号决议，", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void TextWithSectionPreambles_ReadsThemAndTheRestartedNumbers()
    {
        var draft = Text("""
            The General Assembly,
            I
            Financial performance report
            Recalling its resolution 74/262,
            Having considered the report of the Secretary-General,
            1. Takes note of the report;
            2. Endorses the conclusions;
            II. Revised estimates
            Having considered the report of the Secretary-General,
            1. Takes note of the report;
            2. Approves the estimates.
            """);

        Assert.Equal(
            ["P", "P", "O", "O", "P", "O", "O"],
            draft.Paragraphs.Select(p => p.Kind == ParagraphKind.Operative ? "O" : "P"));
        Assert.Equal("I. Financial performance report", draft.Paragraphs[0].Heading);
        Assert.Equal("II. Revised estimates", draft.Paragraphs[4].Heading);
        Assert.Equal("Approves the estimates.", draft.Paragraphs[6].Text);
    }

    [Theory]
    [InlineData("75-en", "75_224_E.xml")]
    [InlineData("75-zh", "75_224_C.xml")]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml")]
    public void Headings_SurviveAknAndDocxExportAndImport(string folder, string file)
    {
        var draft = Corpus(folder, file);

        var akn = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });
        var docx = DraftImporter.Import(DocxExporter.Export(draft), new ImportOptions { Format = ImportFormat.Docx });

        foreach (var again in new[] { akn, docx })
        {
            Assert.True(again.IsSuccess, again.Error);
            Assert.Equal(draft.Paragraphs.Select(p => (p.Kind, p.Heading)), again.Draft!.Paragraphs.Select(p => (p.Kind, p.Heading)));
        }
    }

    [Fact]
    public void UnnumberedAknParagraphsWithTypedMarkers_AreTheSubParagraphsOfTheOneBefore()
    {
        var draft = Corpus("75-en", "75_104_E.xml");

        var leadIn = draft.Paragraphs.Single(p => p.Text.StartsWith("Requests the specialized agencies and other organizations of the United Nations system concerned to provide information on:", StringComparison.Ordinal));
        Assert.Equal(ParagraphKind.Operative, leadIn.Kind);
        Assert.Equal(4, leadIn.SubParagraphs.Count);
        Assert.Equal("Environmental problems facing the Non-Self-Governing Territories;", leadIn.SubParagraphs[0].Text);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Text.StartsWith("(a)", StringComparison.Ordinal));
    }

    [Fact]
    public void AknReview_ListsTextTheImporterDidNotRead()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula>
            <container><p>Recalling its resolution 1/1,</p></container></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Decides to act;</p></content></paragraph>
            <blockContainer><p>Quarterly tonnage figures appear somewhere unexpected</p></blockContainer>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["Quarterly tonnage figures appear somewhere unexpected"], result.Review!.UnreadLines);
        Assert.Contains(result.Review.Guesses, g => g.What == "Lines read" && g.Confidence != ImportConfidence.High);
    }

    [Fact]
    public void AknTableAfterAParagraph_IsHeldByIt_NotLeftOut()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Resolves that the scale of assessments shall be as follows:</p></content></paragraph>
            <container name="table"><table><tr><td><p>Afghanistan</p></td><td><p>0.006</p></td></tr><tr><td><p>Albania</p></td><td><p>0.008</p></td></tr></table></container>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.DoesNotContain(result.Warnings, w => w.Contains("table", StringComparison.Ordinal));
        Assert.Equal(["Afghanistan", "Albania"], result.Draft!.Paragraphs[0].Table!.Rows.Select(r => r.Cells[0].Text));
        Assert.Empty(result.Review!.UnreadLines);
    }

    [Fact]
    public void AknTableAfterNothingThatCanHoldIt_IsLeftOutWithAWarning_AndItsLinesListed()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula></preamble>
            <mainBody><container name="table"><table><tr><td><p>Afghanistan</p></td><td><p>0.006</p></td></tr><tr><td><p>Albania</p></td><td><p>0.008</p></td></tr></table></container>
            <paragraph><num>1.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.Contains(result.Warnings, w => w.StartsWith("A table in the operative part was left out", StringComparison.Ordinal));
        Assert.Equal(["Afghanistan", "Albania"], result.Review!.UnreadLines);
    }

    [Fact]
    public void AknReview_OfACleanFile_CountsItsLinesAsRead()
    {
        var result = DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", "75-en"), "75_224_E.xml")));

        Assert.Empty(result.Review!.UnreadLines);
        Assert.Contains(result.Review.Guesses, g => g.What == "Lines read" && g.Confidence == ImportConfidence.High && g.Why.StartsWith("every one of", StringComparison.Ordinal));
    }
}
