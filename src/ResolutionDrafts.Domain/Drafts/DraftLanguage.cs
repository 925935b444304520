namespace ResolutionDrafts.Domain.Drafts;

/// <summary>The six official languages of the United Nations, by ISO 639-1 code.</summary>
public static class DraftLanguage
{
    public const string English = "en";
    public const string Chinese = "zh";

    public static readonly IReadOnlyList<string> All = ["ar", "zh", "en", "fr", "ru", "es"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    /// <summary>The language's name in English, as pages show it ("Chinese" for "zh"); the code itself when unknown.</summary>
    public static string NameOf(string? code) => code switch
    {
        "ar" => "Arabic",
        "zh" => "Chinese",
        "en" => "English",
        "fr" => "French",
        "ru" => "Russian",
        "es" => "Spanish",
        _ => code ?? "",
    };

    /// <summary>Chinese is written without spaces between words and with full-width punctuation.</summary>
    public static bool IsChinese(string language) => language == Chinese;
}
