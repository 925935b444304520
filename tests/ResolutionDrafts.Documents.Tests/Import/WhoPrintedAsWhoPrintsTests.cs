using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0036, amendment 4; ADR 0034, amendment 4): a WHO body's text printed as WHO prints it. An adopted World Health
/// Assembly resolution has no "Resolution adopted by the World Health Assembly" heading (its symbol, WHA79.12, says it was adopted);
/// a WHA draft names its sponsors under the title, the kind first ("Draft resolution proposed by Brazil, Ghana and Thailand" /
/// "由巴西、加纳和泰国提出的决议草案"); the verbatim record under the meeting ("A79/VR/7") is kept and printed there. DOCX and AKN read
/// back the same draft; General Assembly texts print as before. English and Chinese.
/// </summary>
public sealed class WhoPrintedAsWhoPrintsTests
{
    private const string Adopted = """
        SEVENTY-NINTH WORLD HEALTH ASSEMBLY                     WHA79.12
        Agenda item 13.4                                        27 May 2026

        Strengthening primary health care

        The Seventy-ninth World Health Assembly,

        Having considered the report by the Director-General;

        1. URGES Member States to strengthen primary health care;

        2. REQUESTS the Director-General to report on progress to the Eighty-first World Health Assembly in 2028.

        Seventh plenary meeting, 27 May 2026
        A79/VR/7
        """;

    private const string AdoptedZh = """
        第七十九届世界卫生大会                     WHA79.12
        议程项目13.4                              2026年5月27日

        加强初级卫生保健

        第七十九届世界卫生大会，

        审议了总干事的报告；

        1. 敦促会员国加强初级卫生保健；

        2. 要求总干事向2028年第八十一届世界卫生大会报告进展情况。

        第七次全体会议，2026年5月27日
        A79/VR/7
        """;

    private const string Board = WhoSamples.Board;

    private const string Proposed = WhoSamples.Proposed;

    private const string ProposedZh = WhoSamples.ProposedZh;

    private static Draft Imported(string text, string? language = null)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Draft Back(byte[] bytes, ImportFormat format)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static List<(string? Style, string Text)> Printed(Draft draft) =>
        new Export.DocxFile(DocxExporter.Export(draft)).BodyParagraphs.Select(p => (StyleOf(p), VisibleText(p))).Where(p => p.Item2.Length > 0).ToList();

    private static XElement Akn(Draft draft) => AknExporter.ToXml(draft).Root!;

    [Theory]
    [InlineData(Adopted, "en")]
    [InlineData(AdoptedZh, "zh")]
    [InlineData(Board, "en")]
    public void AnAdoptedWhoText_PrintsNoAdoptedByHeading_InDocxOrAkn_AndReadsBackAdopted(string text, string language)
    {
        var draft = Imported(text, language);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);

        // Was "Resolution adopted by the World Health Assembly" / "世界卫生大会通过的决议" over the title, which WHO does not print.
        var printed = Printed(draft);
        Assert.DoesNotContain(printed, p => p.Style == StyleIds.AdoptedHeading);
        Assert.DoesNotContain(printed, p => p.Text.Contains("adopted by", StringComparison.OrdinalIgnoreCase) || p.Text.Contains("通过的决议", StringComparison.Ordinal));
        Assert.DoesNotContain(Akn(draft).Descendants(), e => e.Name.LocalName == "docTitle" && (e.Value.Contains("adopted by", StringComparison.OrdinalIgnoreCase) || e.Value.EndsWith("通过的决议", StringComparison.Ordinal)));

        foreach (var (bytes, format) in new[] { (DocxExporter.Export(draft), ImportFormat.Docx), (AknExporter.ExportBytes(draft), ImportFormat.Akn) })
        {
            Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(Back(bytes, format)));
        }
    }

    [Theory]
    [InlineData("A_RES_80_4.txt", "Resolution adopted by the General Assembly on 29 October 2025")]
    public void AnAdoptedGeneralAssemblyText_StillPrintsItsHeading(string file, string heading)
    {
        var draft = Fixtures.Import("text", file);
        Assert.Contains(Printed(draft), p => p.Style == StyleIds.AdoptedHeading && p.Text == heading);
        var plain = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Assert.True(plain.SetMetadata(new DraftMetadata { Body = "General Assembly", Symbol = "A/RES/80/4" }).IsSuccess);
        Assert.Contains(Printed(plain), p => p.Style == StyleIds.AdoptedHeading && p.Text == "Resolution adopted by the General Assembly");
        Assert.Contains(Akn(plain).Descendants(), e => e.Name.LocalName == "docTitle" && e.Value == "Resolution adopted by the General Assembly");
    }

    [Theory]
    [InlineData(Proposed, "en", "Draft resolution proposed by Brazil, Ghana and Thailand")]
    [InlineData(ProposedZh, "zh", "由巴西、加纳和泰国提出的决议草案")]
    public void AWhaDraftsSponsors_PrintUnderTheTitle_AsWhoWordsThem_AndReadBack(string text, string language, string line)
    {
        var draft = Imported(text, language);

        // Was "Brazil, Ghana and Thailand: draft resolution" above the title, the UN's way.
        var printed = Printed(draft);
        var title = printed.FindIndex(p => p.Style == StyleIds.ResolutionTitle);
        var sponsors = printed.FindIndex(p => p.Style == StyleIds.SponsorsUnderTitle);
        Assert.DoesNotContain(printed, p => p.Style == StyleIds.SponsorsLine);
        Assert.Equal(line, printed[sponsors].Text);
        Assert.Equal(title + 1, sponsors);

        var preface = Akn(draft).Descendants().Single(e => e.Name.LocalName == "preface").Descendants().Where(e => e.Name.LocalName == "docTitle").ToList();
        Assert.Equal(["#resolutionTitle", "sponsors"], preface.Select(e => (string?)e.Attribute("refersTo")));
        Assert.Equal(line, preface[1].Value);

        foreach (var (bytes, format) in new[] { (DocxExporter.Export(draft), ImportFormat.Docx), (AknExporter.ExportBytes(draft), ImportFormat.Akn) })
        {
            var back = Back(bytes, format);
            Assert.Equal(draft.Sponsors.Select(s => s.Name), back.Sponsors.Select(s => s.Name));
            Assert.Equal(draft.Title, back.Title);
            Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(back));
        }

        // A revised draft: "Revised draft resolution proposed by …" / "由…提出的决议修订草案", read back as revised.
        var revised = Imported(text.Replace("A79/A/CONF./3", "A79/A/CONF./3/Rev.1", StringComparison.Ordinal)
            .Replace("Draft resolution", "Revised draft resolution", StringComparison.Ordinal).Replace("决议草案", "决议修订草案", StringComparison.Ordinal), language);
        Assert.Equal(DocumentKind.RevisedDraftResolution, revised.Kind);
        Assert.Equal(language == "zh" ? "由巴西、加纳和泰国提出的决议修订草案" : "Revised draft resolution proposed by Brazil, Ghana and Thailand",
            Printed(revised).Single(p => p.Style == StyleIds.SponsorsUnderTitle).Text);
    }

    [Fact]
    public void AGeneralAssemblyDraftsSponsors_StillStandAboveTheTitle()
    {
        var draft = Fixtures.Import("text", "A_80_L.6.txt");

        var printed = Printed(draft);
        Assert.True(printed.FindIndex(p => p.Style == StyleIds.SponsorsLine) < printed.FindIndex(p => p.Style == StyleIds.ResolutionTitle));
        Assert.EndsWith(": draft resolution", printed.Single(p => p.Style == StyleIds.SponsorsLine).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Adopted, "en", "A79/VR/7")]
    [InlineData(AdoptedZh, "zh", "A79/VR/7")]
    [InlineData(Board, "en", "EB158/SR/5")]
    public void TheMeetingsRecordUnderTheMeeting_IsKept_PrintedUnderIt_AndNotLeftOut(string text, string language, string record)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;

        // Was: left out, with "The record after the last paragraph … was left out: "A79/VR/7"".
        Assert.Equal(record, draft.Metadata.MeetingRecord);
        Assert.DoesNotContain(result.Warnings, w => w.Contains(record, StringComparison.Ordinal));

        var printed = Printed(draft);
        var meeting = printed.FindLastIndex(p => p.Style == StyleIds.MeetingLine && p.Text != record);
        Assert.Equal((StyleIds.MeetingLine, record), printed[meeting + 1]);
        var adoptedStep = Akn(draft).Descendants().Single(e => e.Name.LocalName == "step" && (string?)e.Attribute("outcome") == "adopted");
        Assert.Equal(record, (string?)adoptedStep.Attribute("as"));

        foreach (var (bytes, format) in new[] { (DocxExporter.Export(draft), ImportFormat.Docx), (AknExporter.ExportBytes(draft), ImportFormat.Akn) })
        {
            Assert.Equal(record, Back(bytes, format).Metadata.MeetingRecord);
        }
    }

    [Fact]
    public void WhatIsLeftOutAfterTheRecord_IsStillNamed_AndOnlyIt()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(Adopted + "\n= = =\n"), new ImportOptions { Format = ImportFormat.Text });

        Assert.Equal("A79/VR/7", result.Draft!.Metadata.MeetingRecord);
        var leftOut = Assert.Single(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
        Assert.Contains("= = =", leftOut, StringComparison.Ordinal);
        Assert.DoesNotContain("A79/VR/7", leftOut, StringComparison.Ordinal);
    }
}
