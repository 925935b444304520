using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Documents.Tests.Import.Corpus;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 1): an adopted General Assembly resolution's committee line ("[on the report of the Special
/// Political and Decolonization Committee (Fourth Committee) (A/75/414, para. 8)]", under its heading) and meeting line ("41st
/// plenary meeting" and its date, at its end) were dropped by every importer; an adopted text re-exported as AKN lost its
/// sponsors (written on the "adopted" workflow step, which the reader skips). Both lines are kept from AKN, text and Word and
/// printed where the UN prints them in DOCX and AKN; the sponsors survive our AKN. English and Chinese.
/// </summary>
public sealed class AdoptionFactsImportTests
{
    private static Draft Imported(byte[] bytes)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    public static TheoryData<string, string, string, string, string> Corpus75100 => new()
    {
        { "corpus/ga/75-en", "75_100_E.xml", "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/414, para. 8)]", "41st plenary meeting", "10 December 2020" },
        { "corpus/ga/75-zh", "75_100_C.xml", "[根据特别政治和非殖民化委员会(第四委员会) (A/75/414，第8段)]", "第41次全体会议", "2020年12月10日" },
    };

    [Theory]
    [MemberData(nameof(Corpus75100))]
    public void TheUnsAkn_KeepsTheCommitteeLineAndTheMeetingLine(string folder, string file, string committee, string meeting, string date)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal(committee, draft.Metadata.CommitteeLine);
        Assert.Equal(meeting, draft.Metadata.MeetingLine);
        Assert.Equal(date, draft.Metadata.MeetingDate);
        Assert.NotEqual(committee, draft.Title);
    }

    [Fact]
    public void TheTextOfAPdf_KeepsTheCommitteeLineAndTheMeetingLine()
    {
        var draft = Fixtures.Import("text", "A_RES_80_4.txt");

        Assert.Equal("[without reference to a Main Committee (A/80/L.6)]", draft.Metadata.CommitteeLine);
        Assert.Equal("22nd plenary meeting", draft.Metadata.MeetingLine);
        Assert.Equal("29 October 2025", draft.Metadata.MeetingDate);
        Assert.DoesNotContain(draft.AllNodes(), n => n.Text.Contains("plenary meeting", StringComparison.Ordinal));
    }

    private const string ChineseText = """
        联合国                                                     A/RES/75/100
        大会                                                       Distr.: General
                                                                   2020年12月18日
        第七十五届会议
        议程项目55
        全盘审查特别政治任务

        2020年12月10日大会决议

        [根据特别政治和非殖民化委员会(第四委员会)的报告(A/75/414，第8段)]

        75/100. 全盘审查特别政治任务

        大会，

        遵循《联合国宪章》的宗旨和原则，

        1. 注意到秘书长的报告；

        2. 决定将题为“全盘审查特别政治任务”的项目列入大会第七十六届会议临时议程。

        第 41 次全体会议
        2020 年 12 月 10 日
        """;

    [Fact]
    public void AChineseTextFromAPdf_KeepsTheCommitteeLineAndTheMeetingLine()
    {
        var draft = Imported(Encoding.UTF8.GetBytes(ChineseText));

        Assert.Equal("2020年12月10日大会决议", draft.Metadata.AdoptionLine);
        Assert.Equal("[根据特别政治和非殖民化委员会(第四委员会)的报告(A/75/414，第8段)]", draft.Metadata.CommitteeLine);
        Assert.Equal("第41次全体会议", draft.Metadata.MeetingLine);
        Assert.Equal("2020年12月10日", draft.Metadata.MeetingDate);
        Assert.Equal("全盘审查特别政治任务", draft.Title);
    }

    [Fact]
    public void ADraft_HasNoneOfThem()
    {
        var draft = Fixtures.Import("text", "A_80_L.6.txt");

        Assert.False(draft.Kind.IsAdopted());
        Assert.Null(draft.Metadata.CommitteeLine);
        Assert.Null(draft.Metadata.MeetingLine);
        Assert.Null(draft.Metadata.MeetingDate);
    }

    [Theory]
    [MemberData(nameof(Corpus75100))]
    public void TheLines_ArePrintedWhereTheUnPrintsThem_AndReadBackFromOurDocxAndAkn(string folder, string file, string committee, string meeting, string date)
    {
        var draft = Fixtures.Import(folder, file);

        var docx = new DocxFile(DocxExporter.Export(draft));
        var paragraphs = docx.BodyParagraphs.ToList();
        int At(string style) => paragraphs.FindIndex(p => DocxFile.StyleOf(p) == style);
        var committeeLine = Assert.Single(docx.ParagraphsWithStyle(StyleIds.CommitteeLine));
        var meetingLines = docx.ParagraphsWithStyle(StyleIds.MeetingLine).Select(DocxFile.VisibleText).ToList();

        Assert.Equal(committee, DocxFile.VisibleText(committeeLine));
        Assert.True(At(StyleIds.AdoptedHeading) < At(StyleIds.CommitteeLine) && At(StyleIds.CommitteeLine) < At(StyleIds.ResolutionTitle));
        Assert.Equal([meeting, date], meetingLines);
        Assert.True(paragraphs.FindLastIndex(p => DocxFile.StyleOf(p) is StyleIds.Operative or StyleIds.SubParagraph1 or StyleIds.SubParagraph2) < At(StyleIds.MeetingLine));

        var xml = XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft)));
        XNamespace akn = xml.Root!.Name.Namespace;
        var proponent = Assert.Single(xml.Descendants(akn + "docProponent"));
        Assert.Equal(committee, proponent.Value);
        Assert.Equal("coverPage", proponent.Ancestors().First(a => a.Name.LocalName is "coverPage" or "preface").Name.LocalName);
        var conclusions = Assert.Single(xml.Descendants(akn + "conclusions"));
        Assert.Equal(meeting, conclusions.Descendants(akn + "inline").Single(e => (string?)e.Attribute("name") == "adoptionMeeting").Value);
        Assert.Equal(date, conclusions.Descendants(akn + "docDate").Single().Value);

        foreach (var back in new[] { Imported(DocxExporter.Export(draft)), Imported(AknExporter.ExportBytes(draft)) })
        {
            Assert.Equal(committee, back.Metadata.CommitteeLine);
            Assert.Equal(meeting, back.Metadata.MeetingLine);
            Assert.Equal(date, back.Metadata.MeetingDate);
            Assert.Equal(draft.Title, back.Title);
            Assert.Equal(draft.AllNodes().Select(n => n.Text), back.AllNodes().Select(n => n.Text));
        }
    }

    [Theory]
    [MemberData(nameof(Corpus75100))]
    public void PlainTextAndWordForms_ReadBothLines(string folder, string file, string committee, string meeting, string date)
    {
        var draft = Fixtures.Import(folder, file);

        foreach (var bytes in new[] { PlainTextRendering.Render(draft, "\n", blankLines: false), PlainDocxRendering.Render(draft), PlainDocxRendering.RenderWithTypedNotes(draft) })
        {
            var back = Imported(bytes);
            Assert.Equal(committee, back.Metadata.CommitteeLine);
            Assert.Equal(meeting, back.Metadata.MeetingLine);
            Assert.Equal(date, back.Metadata.MeetingDate);
        }
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml")]
    public void AnAdoptedResolutionsSponsors_SurviveOurAkn(string folder, string file)
    {
        var draft = Fixtures.Import(folder, file);
        Assert.Equal(54, draft.Sponsors.Count); // the UN's workflow: 30 on the draft (A/C.4/75/L.6), 24 who joined

        var back = Imported(AknExporter.ExportBytes(draft));

        Assert.Equal(draft.Sponsors.Select(s => (s.Name, s.Additional)), back.Sponsors.Select(s => (s.Name, s.Additional)));
        Assert.Equal(DocumentKind.AdoptedResolution, back.Kind);
    }

    [Fact]
    public void AnAdoptedTextSubmittedByNoState_StaysSo_InOurAkn()
    {
        var draft = Fixtures.Import("text", "A_RES_80_4.txt");
        draft.SetMetadata(draft.Metadata with { SubmittedBy = "the Chair of the Committee following informal consultations" });
        foreach (var sponsor in draft.Sponsors.ToList())
        {
            draft.RemoveSponsor(sponsor.Name);
        }

        var back = Imported(AknExporter.ExportBytes(draft));

        Assert.Empty(back.Sponsors);
        Assert.Equal("the Chair of the Committee following informal consultations", back.Metadata.SubmittedBy);
    }
}
