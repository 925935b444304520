using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0036 amendment 6, on ADR 0034 amendments 4 and 7): our AKN's "adopted" workflow step carries the meeting's record in <c>as</c> (the UN's files do:
/// <c>as="A/75/PV.41"</c>), or the UN's adoption phrase, or else — as before — the text's own symbol. An adopted decision known only by
/// the verbatim record it was taken from ("A/76/PV.37" as its symbol, no record of its own) read back with that symbol as its
/// <c>meetingRecord</c> too. The symbol is now written there only when it cannot be taken for a record; the round trip is exact,
/// English and Chinese.
/// </summary>
public sealed class RecordSymbolAknTests
{
    private static Draft Imported(string text, string language)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData("en", "A/76/PV.37\nAt its 37th plenary meeting, on 2 December 2021, the General Assembly, on the recommendation of the Sixth Committee, decided to include in the provisional agenda of its seventy-seventh session the item entitled “Report of the International Law Commission”.\n")]
    [InlineData("zh", "A/76/PV.37\n在2021年12月2日第37次全体会议上，大会根据第六委员会的建议，决定将题为“国际法委员会的报告”的项目列入第七十七届会议临时议程。\n")]
    public void AnAdoptedDecisionWhoseSymbolIsARecord_ReadsBackFromOurAkn_WithNoRecordGained(string language, string text)
    {
        var draft = Imported(text, language);
        Assert.Equal((DocumentKind.AdoptedDecision, "A/76/PV.37", (string?)null), (draft.Kind, draft.Metadata.Symbol, draft.Metadata.MeetingRecord));

        var back = WhoSamples.Back(AknExporter.ExportBytes(draft), ImportFormat.Akn);

        // Was: "meetingRecord": "A/76/PV.37" — the symbol, written on the adopted step for want of a record, read as the record.
        Assert.Null(back.Metadata.MeetingRecord);
        Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(back));
    }

    [Theory]
    [InlineData("en", "A/76/PV.37", "A/76/PV.37")]
    [InlineData("zh", "A/76/PV.37", "A/76/PV.37")]
    [InlineData("en", "A/DEC/76/540", "A/76/PV.37")]
    [InlineData("en", "A/76/PV.37", null)]
    [InlineData("zh", "A/DEC/76/540", null)]
    public void ADecisionsSymbolAndRecord_ReadBackAsTheyWere(string language, string symbol, string? record)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedDecision).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata
        {
            Symbol = symbol, Body = zh ? "大会" : "General Assembly", Session = zh ? "第七十六届会议" : "Seventy-sixth session",
            MeetingLine = zh ? "第37次全体会议" : "37th plenary meeting", MeetingDate = zh ? "2021年12月2日" : "2 December 2021", MeetingRecord = record,
        }).IsSuccess);
        Assert.True(draft.SetTitle(zh ? "国际法委员会的报告" : "Report of the International Law Commission").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "大会决定将该项目列入第七十七届会议临时议程。" : "The General Assembly decided to include the item in the provisional agenda of its seventy-seventh session.", id: "op1").IsSuccess);

        var back = WhoSamples.Back(AknExporter.ExportBytes(draft), ImportFormat.Akn);

        Assert.Equal((symbol, record), (back.Metadata.Symbol, back.Metadata.MeetingRecord));
        Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(back));
    }
}
