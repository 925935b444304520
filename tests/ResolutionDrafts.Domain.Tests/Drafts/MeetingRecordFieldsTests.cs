using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// Issue 16 (ADR 0034, amendment 4): the meeting's record and the report's symbol and paragraph are metadata fields a comparison
/// names in both languages, one-line fields like the others.
/// </summary>
public sealed class MeetingRecordFieldsTests
{
    private static Draft Adopted(DraftMetadata metadata)
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Assert.True(draft.SetMetadata(metadata).IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData("meetingRecord", "meeting record", "会议记录")]
    [InlineData("reportSymbol", "report's symbol", "报告文号")]
    [InlineData("reportParagraph", "report's paragraph", "报告段落")]
    public void AChangedRecordOrReport_IsAFieldAComparisonNames(string field, string english, string chinese)
    {
        var before = Adopted(new DraftMetadata { Symbol = "A/RES/75/100", MeetingRecord = "A/75/PV.40", ReportSymbol = "A/75/413", ReportParagraph = "7" });
        var after = Adopted(new DraftMetadata { Symbol = "A/RES/75/100", MeetingRecord = "A/75/PV.41", ReportSymbol = "A/75/414", ReportParagraph = "8" });

        var change = Assert.Single(DraftComparer.Compare(before, after).Metadata, c => c.Field == field);

        Assert.Equal(english, FieldNames.Name(change.Field, DraftLanguage.English));
        Assert.Equal(chinese, FieldNames.Name(change.Field, DraftLanguage.Chinese));
    }

    [Fact]
    public void ARecordWithALineBreak_IsRefused_AndCleanedFromOutside()
    {
        Assert.NotNull(new DraftMetadata { MeetingRecord = "A/75/PV.41\nA/75/PV.42" }.Problem());
        Assert.Equal("A/75/PV.41 A/75/PV.42", new DraftMetadata { MeetingRecord = "A/75/PV.41\nA/75/PV.42" }.Cleaned().MeetingRecord);
    }

    [Fact]
    public void AChangedAdoptionPhrase_IsAFieldAComparisonNames_AndOneLine()
    {
        // ADR 0034, amendment 7: the workflow's phrase in place of a record.
        var before = Adopted(new DraftMetadata { Symbol = "A/RES/75/257 B", AdoptionPhrase = "Adopted without vote, 89th plenary meeting" });
        var after = Adopted(new DraftMetadata { Symbol = "A/RES/75/257 B", AdoptionPhrase = "Adopted without vote, 90th plenary meeting" });

        var change = Assert.Single(DraftComparer.Compare(before, after).Metadata, c => c.Field == "adoptionPhrase");

        Assert.Equal("adoption step's phrase", FieldNames.Name(change.Field, DraftLanguage.English));
        Assert.Equal("通过步骤说明", FieldNames.Name(change.Field, DraftLanguage.Chinese));
        Assert.NotNull(new DraftMetadata { AdoptionPhrase = "Adopted without vote,\n90th plenary meeting" }.Problem());
    }
}
