using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 3): the older Chinese Official Records print an adopted resolution's date before its meeting
/// ("1995年12月12日" / "第90次全体会议", A/RES/50/72). The importers read it, but every form printed it back in the current order:
/// the page, DOCX and AKN now print it as issued, and every form keeps which came first. A text in the current order is unchanged.
/// </summary>
public sealed class OlderMeetingOrderTests
{
    private static readonly string[] Older =
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
        "1995年12月12日",
        "第90次全体会议",
    ];

    private static Draft Imported(byte[] bytes)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Fact]
    public void TheOlderOrder_IsPrintedAsIssued_InDocxAndAkn_AndKeptThroughEveryForm()
    {
        var draft = Imported(Encoding.UTF8.GetBytes(string.Join("\n", Older)));
        Assert.True(draft.Metadata.MeetingDateFirst);

        Assert.Equal(["1995年12月12日", "第90次全体会议"], new DocxFile(DocxExporter.Export(draft)).ParagraphsWithStyle(StyleIds.MeetingLine).Select(DocxFile.VisibleText));
        var conclusions = XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Descendants().Single(e => e.Name.LocalName == "conclusions");
        Assert.Equal(["p", "docDate", "eol", "inline"], conclusions.Descendants().Select(e => e.Name.LocalName));

        foreach (var (form, back) in new[]
                 {
                     ("our docx", Imported(DocxExporter.Export(draft))), ("our akn", Imported(AknExporter.ExportBytes(draft))),
                     ("json", DraftJson.Deserialize(DraftJson.Serialize(draft)).Value!),
                 })
        {
            Assert.True(back.Metadata.MeetingDateFirst, form);
            Assert.True(("第90次全体会议", "1995年12月12日") == (back.Metadata.MeetingLine, back.Metadata.MeetingDate), form);
        }
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml", "41st plenary meeting", "10 December 2020")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml", "第41次全体会议", "2020年12月10日")]
    public void TheCurrentOrder_StaysTheCurrentOrder(string folder, string file, string meeting, string date)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.False(draft.Metadata.MeetingDateFirst);
        Assert.Equal([meeting, date], new DocxFile(DocxExporter.Export(draft)).ParagraphsWithStyle(StyleIds.MeetingLine).Select(DocxFile.VisibleText));
        Assert.False(Imported(DocxExporter.Export(draft)).Metadata.MeetingDateFirst);
        Assert.False(Imported(AknExporter.ExportBytes(draft)).Metadata.MeetingDateFirst);
        Assert.DoesNotContain("meetingDateFirst", DraftJson.Serialize(draft), StringComparison.Ordinal);
    }
}
