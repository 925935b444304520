using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A compared field (<see cref="FieldChange.Field"/>, named as in the draft JSON format) and its values as
/// people read them, in English or Chinese: "document kind: draft resolution → revised draft resolution",
/// never "kind: draftResolution→revisedDraftResolution".
/// </summary>
public static class FieldNames
{
    public static string Name(string field, string language) => language == DraftLanguage.Chinese ? Chinese(field) : English(field);

    /// <summary>A field's value in words where the format stores a code (the document kind, a language); the value itself otherwise.</summary>
    public static string? Value(string field, string? value, string language) => (field, value) switch
    {
        (_, null) => null,
        ("kind", _) => language == DraftLanguage.Chinese ? ChineseKind(value) : EnglishKind(value),
        ("language" or "originalLanguage", "en") => language == DraftLanguage.Chinese ? "英文" : "English",
        ("language" or "originalLanguage", "zh") => language == DraftLanguage.Chinese ? "中文" : "Chinese",
        _ => value,
    };

    /// <summary>Whether the field's value is a code that <see cref="Value"/> words, so a character diff of it means nothing.</summary>
    public static bool IsCoded(string field) => field is "kind" or "language" or "originalLanguage";

    private static string EnglishKind(string kind) => kind switch
    {
        "draftResolution" => "draft resolution",
        "revisedDraftResolution" => "revised draft resolution",
        "amendment" => "amendment",
        "adoptedResolution" => "adopted resolution",
        "draftDecision" => "draft decision",
        "revisedDraftDecision" => "revised draft decision",
        "adoptedDecision" => "adopted decision",
        _ => kind,
    };

    private static string ChineseKind(string kind) => kind switch
    {
        "draftResolution" => "决议草案",
        "revisedDraftResolution" => "决议修订草案",
        "amendment" => "修正案",
        "adoptedResolution" => "决议",
        "draftDecision" => "决定草案",
        "revisedDraftDecision" => "决定修订草案",
        "adoptedDecision" => "决定",
        _ => kind,
    };

    private static string English(string field) => field switch
    {
        "authorLine" => "author line",
        "placeAndDates" => "place and dates",
        "agendaItem.number" => "agenda item",
        "agendaItem.title" => "agenda item title",
        "originalLanguage" => "original language",
        "amendsSymbol" => "amended symbol",
        "submittedBy" => "submitted by",
        "adoptionLine" => "adoption line",
        "committeeLine" => "committee line",
        "meetingLine" => "meeting line",
        "meetingDate" => "date of the meeting",
        "draftSymbol" => "draft's symbol",
        "draftDate" => "draft's date",
        "reportDate" => "report's date",
        "reportSymbol" => "report's symbol",
        "reportParagraph" => "report's paragraph",
        "meetingRecord" => "meeting record",
        "adoptionPhrase" => "adoption step's phrase",
        "vote" => "voting record",
        "subParagraphNumbering" => "sub-paragraph numbering",
        "operativeNumbering" => "operative paragraph numbering",
        "kind" => "document kind",
        "body" => "organ or body",
        "date" => "date of issue",
        _ => field,
    };

    private static string Chinese(string field) => field switch
    {
        "language" => "语言",
        "kind" => "文件类型",
        "revision" => "修订号",
        "body" => "机构",
        "committee" => "委员会",
        "symbol" => "文号",
        "distribution" => "分发",
        "date" => "日期",
        "originalLanguage" => "原文语言",
        "session" => "届会",
        "placeAndDates" => "地点和日期",
        "agendaItem.number" => "议程项目",
        "agendaItem.title" => "议程项目标题",
        "amendsSymbol" => "所修正文件文号",
        "submittedBy" => "提交者",
        "adoptionLine" => "通过情况",
        "committeeLine" => "委员会报告行",
        "meetingLine" => "会议行",
        "meetingDate" => "会议日期",
        "draftSymbol" => "草案文号",
        "draftDate" => "草案日期",
        "reportDate" => "报告日期",
        "reportSymbol" => "报告文号",
        "reportParagraph" => "报告段落",
        "meetingRecord" => "会议记录",
        "adoptionPhrase" => "通过步骤说明",
        "vote" => "表决记录",
        "subParagraphNumbering" => "分段编号",
        "operativeNumbering" => "执行部分段落编号",
        "title" => "标题",
        "authorLine" => "主语行",
        _ => field,
    };

}
