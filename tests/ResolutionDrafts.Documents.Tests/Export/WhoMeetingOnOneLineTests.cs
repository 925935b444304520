using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Issue 16 (ADR 0036, amendment 5): WHO prints an adopted text's meeting and its date on one line ("Seventh plenary meeting, 27 May
/// 2026" / "第七次全体会议，2026年5月27日"), where the UN prints two. DOCX and AKN print one line, in the order the text was read in,
/// and read back the same draft; a General Assembly resolution still prints two lines.
/// </summary>
public sealed class WhoMeetingOnOneLineTests
{
    /// <summary>The Chinese meeting line with its date first, as A/RES/50/72's older order is read; kept in the order read.</summary>
    private static readonly string DateFirstZh = WhoSamples.AdoptedZh.Replace("第七次全体会议，2026年5月27日", "2026年5月27日第七次全体会议", StringComparison.Ordinal);

    public static TheoryData<string, string, string, string> Texts => new()
    {
        { WhoSamples.Adopted, "en", "Seventh plenary meeting, 27 May 2026", "A79/VR/7" },
        { WhoSamples.AdoptedZh, "zh", "第七次全体会议，2026年5月27日", "A79/VR/7" },
        { WhoSamples.Board, "en", "Fifth meeting, 6 February 2026", "EB158/SR/5" },
        { DateFirstZh, "zh", "2026年5月27日第七次全体会议", "A79/VR/7" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void AWhoTextsMeeting_IsPrintedOnOneLine_InDocxAndAkn_AndReadsBackTheSame(string text, string language, string line, string record)
    {
        var read = WhoSamples.Read(text, language);
        var draft = read.Draft!;
        Assert.DoesNotContain(read.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
        Assert.Equal([line], PrintedMeeting.Of(draft).Text());

        // Was two MeetingLine paragraphs, "Seventh plenary meeting" and "27 May 2026", then the record.
        var docx = new DocxFile(DocxExporter.Export(draft));
        Assert.Equal([line, record], docx.ParagraphsWithStyle(StyleIds.MeetingLine).Select(VisibleText));

        // AKN: the meeting and its date still marked apart, on one line (no <eol/> between them).
        var conclusions = AknExporter.ToXml(draft).Root!.Descendants().Single(e => e.Name.LocalName == "conclusions");
        var p = conclusions.Elements().Single(e => e.Name.LocalName == "p");
        Assert.Equal(line, p.Value);
        Assert.DoesNotContain(p.Elements(), e => e.Name.LocalName == "eol");
        Assert.Single(p.Elements(), e => e.Name.LocalName == "docDate");

        foreach (var (bytes, format) in new[] { (DocxExporter.Export(draft), ImportFormat.Docx), (AknExporter.ExportBytes(draft), ImportFormat.Akn) })
        {
            Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(WhoSamples.Back(bytes, format)));
        }
    }

    [Theory]
    [InlineData("A_RES_80_4.txt", "22nd plenary meeting", "29 October 2025")]
    public void AGeneralAssemblyResolutionsMeeting_IsStillPrintedOnTwoLines(string file, string meeting, string date)
    {
        var draft = Fixtures.Import("text", file);

        Assert.Equal([meeting, date], PrintedMeeting.Of(draft).Text());
        var docx = new DocxFile(DocxExporter.Export(draft));
        Assert.Equal([meeting, date], docx.ParagraphsWithStyle(StyleIds.MeetingLine).Select(VisibleText));
        var p = AknExporter.ToXml(draft).Root!.Descendants().Single(e => e.Name.LocalName == "conclusions").Elements().Single();
        Assert.Single(p.Elements(), e => e.Name.LocalName == "eol");
    }

    [Fact]
    public void AWhoMeetingTypedInTheForm_IsPrintedOnOneLine_AGeneralAssemblyOne_OnTwo()
    {
        foreach (var (body, lines) in new[] { ("World Health Assembly", 1), ("General Assembly", 2) })
        {
            var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
            Assert.True(draft.SetMetadata(new DraftMetadata { Body = body, MeetingLine = "Eighth plenary meeting", MeetingDate = "1 June 2024" }).IsSuccess);
            Assert.Equal(lines, PrintedMeeting.Of(draft).Text().Count);
        }
    }
}
