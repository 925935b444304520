using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Import.Corpus;
using ResolutionDrafts.Domain.Drafts;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16, item 7 (ADR 0034, amendment 2): an adopted resolution's originating draft symbol (the UN's AKN workflow,
/// <c>&lt;step outcome="draftResolution" as="A/C.4/75/L.6"/&gt;</c>; a "without reference" committee line's "(A/80/L.6)") was
/// dropped by every importer; the Chinese Official Records' older order of the closing meeting, the date first
/// ("1995年12月12日" / "第90次全体会议"), was not read. Both are kept, and the symbol survives our AKN and DOCX.
/// </summary>
public sealed class AdoptionRecordImportTests
{
    private static Draft Imported(byte[] bytes)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml", "A/C.4/75/L.6")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml", "A/C.4/75/L.6")]
    [InlineData("corpus/ga/75-en", "75_260_E.xml", "A/75/L.59 (as amended in A/75/L.60)")]
    [InlineData("corpus/ga/75-zh", "75_260_C.xml", "A/75/L.59 (as amended in A/75/L.60)")]
    public void TheUnsAkn_KeepsTheDraftSymbolOfItsWorkflow(string folder, string file, string symbol)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal(symbol, draft.Metadata.DraftSymbol);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml")]
    [InlineData("corpus/ga/75-en", "75_10_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_10_C.xml")]
    public void TheDraftSymbol_SurvivesOurAknAndDocx_AsAPropertyOfTheDocx(string folder, string file)
    {
        var draft = Fixtures.Import(folder, file);
        Assert.NotNull(draft.Metadata.DraftSymbol);

        var docx = DocxExporter.Export(draft);
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var property = word.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>().SingleOrDefault(p => p.Name?.Value == OurExport.DraftSymbolPropertyName);
            Assert.Equal(draft.Metadata.DraftSymbol, property?.GetFirstChild<VTLPWSTR>()?.Text);
        }

        var xml = XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft)));
        var step = Assert.Single(xml.Descendants(), e => e.Name.LocalName == "step" && (string?)e.Attribute("outcome") == "draftResolution");
        Assert.Equal(draft.Metadata.DraftSymbol, (string?)step.Attribute("as"));

        foreach (var back in new[] { Imported(docx), Imported(AknExporter.ExportBytes(draft)) })
        {
            Assert.Equal(draft.Metadata.DraftSymbol, back.Metadata.DraftSymbol);
            Assert.Equal(draft.Metadata.CommitteeLine, back.Metadata.CommitteeLine);
        }

        // The draft's step names its sponsors too: they still read back from our AKN.
        Assert.Equal(draft.Sponsors.Count, Imported(AknExporter.ExportBytes(draft)).Sponsors.Count);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_10_E.xml", "A/75/L.20")]
    [InlineData("corpus/ga/75-zh", "75_10_C.xml", "A/75/L.20")]
    [InlineData("corpus/ga/75-en", "75_100_E.xml", null)] // on a committee's report: the page names the report, not the draft
    [InlineData("corpus/ga/75-zh", "75_100_C.xml", null)]
    public void TextAndWord_ReadTheDraftSymbolWhereThePagePrintsIt(string folder, string file, string? symbol)
    {
        var draft = Fixtures.Import(folder, file);

        foreach (var bytes in new[] { PlainTextRendering.Render(draft, "\n", blankLines: false), PlainDocxRendering.Render(draft) })
        {
            Assert.Equal(symbol, Imported(bytes).Metadata.DraftSymbol);
        }
    }

    [Fact]
    public void TheTextOfAPdf_ReadsTheDraftSymbolInItsCommitteeLine_ADraftHasNone()
    {
        Assert.Equal("A/80/L.6", Fixtures.Import("text", "A_RES_80_4.txt").Metadata.DraftSymbol);
        Assert.Null(Fixtures.Import("text", "A_80_L.6.txt").Metadata.DraftSymbol);
    }

    [Fact]
    public void TheOlderChineseOrder_DateBeforeMeeting_IsRead_FromAFlattenedPage()
    {
        var draft = Fixtures.Import("text", "A_RES_50_72_A_zh.txt");

        Assert.Equal("第90次全体会议", draft.Metadata.MeetingLine);
        Assert.Equal("1995年12月12日", draft.Metadata.MeetingDate);
        Assert.Equal(9, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        Assert.DoesNotContain(draft.AllNodes(), n => n.Text.Contains("1995年12月12日", StringComparison.Ordinal) || n.Text.Contains("全体会议", StringComparison.Ordinal));
    }

    private static readonly string[] OlderChineseLines =
    [
        "联合国                                                     A/RES/50/99",
        "大会",
        "第五十届会议",
        "议程项目72",
        "1995年12月12日大会决议",
        "[根据第一委员会的报告(A/50/592)通过]",
        "50/99. 裁军谈判会议的报告",
        "大会，",
        "审议了裁军谈判会议的报告，",
        "1. 重申裁军谈判会议应发挥的作用；",
        "2. 请裁军谈判会议向大会第五十一届会议提交工作报告。",
    ];

    public static TheoryData<string[]> OlderOrders => new()
    {
        { ["1995年12月12日", "第90次全体会议"] },
        { ["1995 年 12 月 12 日", "第 90 次全体会议"] },
        { ["1995年12月12日 第90次全体会议"] },
    };

    [Theory]
    [MemberData(nameof(OlderOrders))]
    public void TheOlderChineseOrder_IsRead_FromTextAndWord(string[] closing)
    {
        var lines = OlderChineseLines.Concat(closing).ToList();
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(string.Join("\n", lines)), WordFile(lines) })
        {
            var draft = Imported(bytes);

            Assert.Equal("第90次全体会议", draft.Metadata.MeetingLine);
            Assert.Equal("1995年12月12日", draft.Metadata.MeetingDate);
            Assert.Equal("请裁军谈判会议向大会第五十一届会议提交工作报告。", draft.Paragraphs[^1].Text);
        }
    }

    [Fact]
    public void AnEnglishDateBeforeTheMeeting_IsReadToo_NothingIsGluedToTheLastParagraph()
    {
        var lines = new[]
        {
            "United Nations                                             A/RES/50/99",
            "General Assembly",
            "Fiftieth session",
            "Agenda item 72",
            "Resolution adopted by the General Assembly on 12 December 1995",
            "[on the report of the First Committee (A/50/592)]",
            "50/99. Report of the Conference on Disarmament",
            "The General Assembly,",
            "Having considered the report of the Conference on Disarmament,",
            "1. Reaffirms the role of the Conference on Disarmament;",
            "2. Requests the Conference on Disarmament to submit a report.",
            "12 December 1995",
            "90th plenary meeting",
        };

        var draft = Imported(Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        Assert.Equal("90th plenary meeting", draft.Metadata.MeetingLine);
        Assert.Equal("12 December 1995", draft.Metadata.MeetingDate);
        Assert.Equal("Requests the Conference on Disarmament to submit a report.", draft.Paragraphs[^1].Text);
    }

    private static byte[] WordFile(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in lines)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }
}
