using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Export;
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

    [Theory]
    [InlineData("corpus/ga/75-en", "75_102_E.xml", "adopted by a recorded vote of 175 to 2, with 3 abstentions")]
    [InlineData("corpus/ga/75-zh", "75_102_C.xml", "以175票赞成、2票反对、3票弃权的记录表决通过")]
    public void TheUnsAkn_KeepsARecordedVote_CountsAndStates_AndOurAknWritesItBack(string folder, string file, string worded)
    {
        var draft = Fixtures.Import(folder, file);

        var vote = draft.Metadata.Vote;
        Assert.NotNull(vote);
        Assert.Equal(VotingRecord.RecordedVote, vote.Outcome);
        Assert.Equal([("inFavour", 175), ("against", 2), ("abstaining", 3)], vote.Counts.Select(c => (c.Position, c.Count ?? -1)));
        Assert.Equal(["ISRAEL", "UNITED STATES"], vote.Counts.Single(c => c.Position == "against").Voters);
        Assert.Equal(175, vote.Counts[0].Voters.Count);
        Assert.Equal(worded, vote.Worded(DraftLanguage.IsChinese(draft.Language)));

        var xml = XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft)));
        var voting = Assert.Single(xml.Descendants(), e => e.Name.LocalName == "voting");
        Assert.Equal("analysis", voting.Ancestors().First(a => a.Name.LocalName == "analysis").Name.LocalName);
        Assert.Equal(["175", "2", "3"], voting.Elements().Select(c => (string?)c.Attribute("value")));

        var back = Imported(AknExporter.ExportBytes(draft));
        Assert.Equal(vote, back.Metadata.Vote);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_161_E.xml", "adopted by a recorded vote of 175 to none, with 11 abstentions")]
    [InlineData("corpus/ga/75-zh", "75_161_C.xml", "以175票赞成、0票反对、11票弃权的记录表决通过")]
    public void APositionNobodyTook_IsLeftOutOfTheFile_AndWordedAsNone(string folder, string file, string worded)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Null(draft.Metadata.Vote!.CountOf("against")); // kept as the file gives it: no count is made up
        Assert.Equal(worded, draft.Metadata.Vote.Worded(DraftLanguage.IsChinese(draft.Language)));
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml", "adopted without a vote")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml", "未经表决通过")]
    public void TheUnsAkn_KeepsAnAdoptionWithoutAVote(string folder, string file, string worded)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal(VotingRecord.WithoutVote, draft.Metadata.Vote?.Outcome);
        Assert.Empty(draft.Metadata.Vote!.Counts);
        Assert.Equal(worded, draft.Metadata.Vote.Worded(DraftLanguage.IsChinese(draft.Language)));
        Assert.Equal(draft.Metadata.Vote, Imported(AknExporter.ExportBytes(draft)).Metadata.Vote);
    }

    [Fact]
    public void APrintedText_CarriesNoVote_AndNoneIsInvented()
    {
        // A/RES/80/4: its AKN records 165 to 7 with 12 abstentions; its issued PDF prints no vote, so its text gives none.
        Assert.Equal("adopted by a recorded vote of 165 to 7, with 12 abstentions", Fixtures.Import("akn", "A_RES_80_4-2517552E.xml").Metadata.Vote?.Worded(chinese: false));
        Assert.Null(Fixtures.Import("text", "A_RES_80_4.txt").Metadata.Vote);
    }

    [Fact]
    public void TheVote_SurvivesTheDraftJson()
    {
        var draft = Fixtures.Import("corpus/ga/75-en", "75_102_E.xml");

        var json = ResolutionDrafts.Documents.Json.DraftJson.Serialize(draft);
        var back = ResolutionDrafts.Documents.Json.DraftJson.Deserialize(json);

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(draft.Metadata.Vote, back.Value!.Metadata.Vote);
        Assert.Equal(draft.Metadata.DraftSymbol, back.Value.Metadata.DraftSymbol);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_101A-B_E.xml", "41st plenary meeting", "10 December 2020", "40th plenary meeting", "9 December 2020")]
    [InlineData("corpus/ga/75-zh", "75_101A-B_C.xml", "第41次全体会议", "2020年12月10日", "第40次全体会议", "2020年12月9日")]
    public void AResolutionInParts_PrintsAMeetingAfterEachPart_AndEachPartKeepsItsOwn(string folder, string file, string meeting, string date, string otherMeeting, string otherDate)
    {
        var draft = Fixtures.Import(folder, file);
        var opening = draft.Paragraphs.Where(p => p.Part is not null).ToList();
        Assert.Equal(2, opening.Count);
        Assert.All(opening, p => Assert.Null(p.Part!.MeetingLine)); // both parts end with the draft's own meeting

        var docx = new DocxFile(DocxExporter.Export(draft));
        Assert.Equal([meeting, date, meeting, date], docx.ParagraphsWithStyle(StyleIds.MeetingLine).Select(DocxFile.VisibleText));
        var paragraphs = docx.BodyParagraphs.ToList();
        var partB = paragraphs.FindLastIndex(p => DocxFile.StyleOf(p) == StyleIds.PartLetter);
        Assert.Equal(StyleIds.MeetingLine, DocxFile.StyleOf(paragraphs[partB - 1])); // part A ends with its meeting, before B

        // Part A adopted at another meeting: kept on the part, printed after it, read back from every form.
        Assert.True(draft.SetPart(opening[0].Id, opening[0].Part! with { MeetingLine = otherMeeting, MeetingDate = otherDate }).IsSuccess);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft)));
        Assert.Equal([otherMeeting, meeting], xml.Descendants().Where(e => e.Name.LocalName == "inline" && (string?)e.Attribute("name") == "adoptionMeeting").Select(e => e.Value));
        Assert.Equal([otherMeeting, otherDate, meeting, date], new DocxFile(DocxExporter.Export(draft)).ParagraphsWithStyle(StyleIds.MeetingLine).Select(DocxFile.VisibleText));

        foreach (var (form, bytes) in new[]
                 {
                     ("our akn", AknExporter.ExportBytes(draft)), ("our docx", DocxExporter.Export(draft)),
                     ("text", PlainTextRendering.Render(draft, "\n", blankLines: false)), ("word", PlainDocxRendering.Render(draft)),
                 })
        {
            var back = Imported(bytes);
            var parts = back.Paragraphs.Where(p => p.Part is not null).Select(p => p.Part!).ToList();
            Assert.True(parts.Count == 2, form);
            Assert.True((otherMeeting, otherDate) == (parts[0].MeetingLine, parts[0].MeetingDate), $"{form}: part A ends with {parts[0].MeetingLine} / {parts[0].MeetingDate}");
            Assert.True(parts[1].MeetingLine is null && parts[1].MeetingDate is null, form);
            Assert.True((meeting, date) == (back.Metadata.MeetingLine, back.Metadata.MeetingDate), $"{form}: the draft's meeting is {back.Metadata.MeetingLine}");
            Assert.True(draft.Paragraphs.Count == back.Paragraphs.Count, $"{form}: {back.Paragraphs.Count} paragraphs, not {draft.Paragraphs.Count}");
        }
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
