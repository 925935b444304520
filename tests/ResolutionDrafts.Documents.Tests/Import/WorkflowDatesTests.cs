using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 3): the UN's AKN dates the draft an adopted text came from and the report that recommended it
/// (<c>&lt;step date="2020-10-28" outcome="draftResolution" as="A/C.4/75/L.6"/&gt;</c>, <c>recommendedForAdoption</c>); both were
/// dropped and our AKN wrote "0001-01-01". They are kept (shown with the adoption facts under the text) and round-trip
/// through our AKN and the draft JSON; the UN's "0001-01-01" stays unknown. English and Chinese.
/// </summary>
public sealed class WorkflowDatesTests
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
    public void TheDraftsDate_IsKept_AndOurAknDatesItsStep(string folder, string file)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal("2020-10-28", draft.Metadata.DraftDate);
        Assert.Null(draft.Metadata.ReportDate); // the UN's file gives 0001-01-01: not known, nothing invented
        var step = Assert.Single(Steps(draft), s => (string?)s.Attribute("outcome") == "draftResolution");
        Assert.Equal("2020-10-28", (string?)step.Attribute("date"));
        // The report step names the report (ADR 0034, amendment 4), its date the UN's "unknown".
        Assert.Equal("0001-01-01", (string?)Assert.Single(Steps(draft), s => (string?)s.Attribute("outcome") == "recommendedForAdoption").Attribute("date"));

        var back = Imported(AknExporter.ExportBytes(draft));
        Assert.Equal("2020-10-28", back.Metadata.DraftDate);
        Assert.Equal("2020-10-28", DraftJson.Deserialize(DraftJson.Serialize(draft)).Value!.Metadata.DraftDate);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml")]
    public void AReportsDate_IsKept_AndRoundTrips(string folder, string file)
    {
        var xml = Encoding.UTF8.GetString(Fixtures.Bytes(folder, file))
            .Replace("<step date=\"0001-01-01\" outcome=\"recommendedForAdoption\"", "<step date=\"2020-12-03\" outcome=\"recommendedForAdoption\"", StringComparison.Ordinal);

        var draft = Imported(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("2020-12-03", draft.Metadata.ReportDate);
        var outcomes = Steps(draft).Select(s => (string?)s.Attribute("outcome")).ToList();
        Assert.True(outcomes.IndexOf("recommendedForAdoption") < outcomes.IndexOf("adopted"), string.Join(", ", outcomes)); // before adoption, as the UN's
        Assert.Equal(("2020-10-28", "2020-12-03"), (Imported(AknExporter.ExportBytes(draft)).Metadata.DraftDate, Imported(AknExporter.ExportBytes(draft)).Metadata.ReportDate));
    }

    [Theory]
    [InlineData("2020-10-28", false, "28 October 2020")]
    [InlineData("2020-10-28", true, "2020年10月28日")]
    [InlineData("2021-02-03", false, "3 February 2021")]
    public void ADateIsPrintedAsThePagePrintsDates(string iso, bool chinese, string printed) => Assert.Equal(printed, IsoDate.Printed(iso, chinese));

    [Fact]
    public void ADateThatIsNotADay_IsRefused_NotKept()
    {
        Assert.NotNull(new DraftMetadata { DraftDate = "28 October 2020" }.Problem());
        Assert.NotNull(new DraftMetadata { ReportDate = "2020-02-30" }.Problem());
        Assert.Null(new DraftMetadata { DraftDate = "2020-10-28", ReportDate = "2020-12-03" }.Problem());
    }
}
