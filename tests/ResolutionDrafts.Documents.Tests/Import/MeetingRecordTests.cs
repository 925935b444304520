using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 4): the UN's AKN records the meeting that adopted a text (<c>&lt;step outcome="adopted"
/// as="A/75/PV.41"/&gt;</c>) and the report that recommended it (<c>&lt;step outcome="recommendedForAdoption" as="A/75/414"
/// refersTo="8"/&gt;</c>); both were dropped. They are kept, written back on our AKN's steps, read from a committee line as printed
/// ("(A/75/414, para. 8)", "(A/75/414，第8段)") in text and Word, and round-trip through the draft JSON. English and Chinese.
/// </summary>
public sealed class MeetingRecordTests
{
    private static Draft Imported(byte[] bytes)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static IEnumerable<XElement> Steps(Draft draft) =>
        XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Descendants().Where(e => e.Name.LocalName == "step");

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml")]
    public void TheUnsAkn_MeetingRecordAndReport_AreKept_AndOurAknWritesThemBack(string folder, string file)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal("A/75/PV.41", draft.Metadata.MeetingRecord);
        Assert.Equal("A/75/414", draft.Metadata.ReportSymbol);
        Assert.Equal("8", draft.Metadata.ReportParagraph);

        var report = Assert.Single(Steps(draft), s => (string?)s.Attribute("outcome") == "recommendedForAdoption");
        Assert.Equal(("A/75/414", "8"), ((string?)report.Attribute("as"), (string?)report.Attribute("refersTo")));
        Assert.Equal("A/75/PV.41", (string?)Assert.Single(Steps(draft), s => (string?)s.Attribute("outcome") == "adopted").Attribute("as"));

        var back = Imported(AknExporter.ExportBytes(draft));
        Assert.Equal((draft.Metadata.MeetingRecord, draft.Metadata.ReportSymbol, draft.Metadata.ReportParagraph), (back.Metadata.MeetingRecord, back.Metadata.ReportSymbol, back.Metadata.ReportParagraph));
        var json = DraftJson.Deserialize(DraftJson.Serialize(draft)).Value!;
        Assert.Equal(draft.Metadata, json.Metadata);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml")]
    public void AWordFile_GivesTheReportItsCommitteeLinePrints(string folder, string file)
    {
        var draft = Fixtures.Import(folder, file);

        var word = Imported(DocxExporter.Export(draft));

        Assert.Equal(("A/75/414", "8"), (word.Metadata.ReportSymbol, word.Metadata.ReportParagraph));
    }

    [Theory]
    [InlineData("[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/414, para. 8)]", "A/75/414", "8")]
    [InlineData("[根据第三委员会的报告(A/76/462/Add.2，第138段)]", "A/76/462/Add.2", "138")]
    [InlineData("[on the report of the Fifth Committee (A/75/382)]", "A/75/382", null)]
    [InlineData("[on the report of the Fifth Committee (A/75/656 and A/75/656/Corr.1, para. 12)]", "A/75/656", "12")]
    [InlineData("[without reference to a Main Committee (A/80/L.6)]", null, null)]
    [InlineData("[未经发交主要委员会而通过 (A/75/L.20和A/75/L.20/Add.1)]", null, null)]
    [InlineData("[根据特别政治和非殖民化委员会 (第四委员会)]", null, null)]
    public void ACommitteeLine_NamesItsReport(string line, string? symbol, string? paragraph) =>
        Assert.Equal((symbol, paragraph), ReportCited.In(line));

    [Theory]
    [InlineData("A/75/PV.41", true)]
    [InlineData("A/ES-11/PV.5", true)]
    [InlineData("A78/VR/8", true)]
    [InlineData("EB156/SR/5", true)]
    [InlineData("A/HRC/55/SR.50", true)]
    [InlineData("A/RES/75/100", false)]
    [InlineData("A/75/414", false)]
    [InlineData("Adopted without vote, 51st plenary meeting", false)]
    public void AMeetingsRecord_IsKnownByItsSymbol(string text, bool record) => Assert.Equal(record, MeetingRecords.Is(text));

    [Fact]
    public void AnAdoptedStepsPhrase_IsNoRecord_AndOurEarlierAknsOwnSymbolIsNone()
    {
        var xml = Encoding.UTF8.GetString(Fixtures.Bytes("corpus/ga/75-en", "75_100_E.xml"));
        var phrase = Imported(Encoding.UTF8.GetBytes(xml.Replace("as=\"A/75/PV.41\"", "as=\"Adopted without vote, 41st plenary meeting\"", StringComparison.Ordinal)));
        Assert.Null(phrase.Metadata.MeetingRecord);

        // Our AKN before this amendment wrote the resolution's own symbol on the adopted step: not a record.
        var draft = Fixtures.Import("corpus/ga/75-en", "75_100_E.xml");
        var older = draft.Clone();
        Assert.True(older.SetMetadata(older.Metadata with { MeetingRecord = null }).IsSuccess);
        Assert.Equal(older.Metadata.Symbol, (string?)Steps(older).Single(s => (string?)s.Attribute("outcome") == "adopted").Attribute("as"));
        Assert.Null(Imported(AknExporter.ExportBytes(older)).Metadata.MeetingRecord);
    }

    [Fact]
    public void ADraft_KeepsNoRecordNorReport()
    {
        var draft = Fixtures.Import("text", "A_80_L.6.txt");

        Assert.Null(draft.Metadata.MeetingRecord);
        Assert.Null(draft.Metadata.ReportSymbol);
        Assert.DoesNotContain(Steps(draft), s => (string?)s.Attribute("outcome") == "recommendedForAdoption");
    }
}
