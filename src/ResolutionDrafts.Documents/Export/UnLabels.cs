using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// The fixed words of a UN document's first page, in English and Chinese. The other official
/// languages print the English words until someone supplies theirs.
/// </summary>
internal static class UnLabels
{
    /// <summary>The distribution line reads the same in every language version ("Distr.: Limited").</summary>
    public static string Distribution(string value) => "Distr.: " + value;

    public static string Original(string languageCode) => "Original: " + LanguageName(languageCode);

    /// <summary>The language names of the distribution block, in English as the UN prints them in every version.</summary>
    public static string LanguageName(string code) => DraftLanguage.NameOf(code);

    /// <summary>
    /// The distribution block in Chinese, for those who choose it (<see cref="DocxExportOptions.ChineseDistributionBlock"/>;
    /// the UN's own Chinese documents print it in English): "分发：限制", "2025年11月6日", "中文", "原文：英文".
    /// </summary>
    public static string DistributionInChinese(string value) => "分发：" + value.Trim().ToLowerInvariant() switch
    {
        "limited" => "限制",
        "general" => "普遍",
        "restricted" => "内部",
        _ => value.Trim(),
    };

    public static string OriginalInChinese(string languageCode) => "原文：" + LanguageNameInChinese(languageCode);

    public static string LanguageNameInChinese(string code) => code switch
    {
        "en" => "英文",
        "fr" => "法文",
        "es" => "西班牙文",
        "ru" => "俄文",
        "ar" => "阿拉伯文",
        _ when DraftLanguage.IsChinese(code) => "中文",
        _ => DraftLanguage.NameOf(code),
    };

    public static string AgendaItem(string number, bool chinese) => chinese ? "议程项目" + number : "Agenda item " + number;

    /// <summary>"Resolution adopted by the General Assembly" / "大会通过的决议"; "Decision adopted by …" / "…通过的决定" for a decision.</summary>
    public static string Adopted(string? body, bool chinese, bool decision = false)
    {
        var what = chinese ? (decision ? "决定" : "决议") : decision ? "Decision" : "Resolution";
        return (chinese, body) switch
        {
            (false, null) => $"{what} adopted",
            (false, _) => $"{what} adopted by the {body}",
            (true, null) => $"通过的{what}",
            (true, _) => $"{body}通过的{what}",
        };
    }

    public static string AdditionalSponsors(IReadOnlyList<string> names, bool chinese) =>
        (chinese ? "其他提案国：" : "Additional sponsors: ") + Domain.Numbering.SponsorsLine.JoinNames(names, chinese);

    /// <summary>The short rule the UN prints under the last paragraph.</summary>
    public const string EndRule = "__________________";

    public static bool IsChinese(Draft draft) => DraftLanguage.IsChinese(draft.Language);
}
