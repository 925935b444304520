using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Tells the language of a text: Chinese by its ideographs, Russian and Arabic by their scripts,
/// and English, French and Spanish apart by the short words only each of them uses ("the", "les",
/// "los"). This version reads English and Chinese; the other UN languages are recognised so that
/// they are refused with a reason instead of being imported as garbage.
/// </summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal) { "the", "of", "and", "to", "its", "with", "which", "on", "that", "by" };

    private static readonly HashSet<string> FrenchWords = new(StringComparer.Ordinal) { "le", "les", "des", "du", "et", "à", "au", "aux", "une", "sur", "dans", "qui", "la", "de", "pour", "par" };

    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal) { "el", "los", "las", "del", "y", "una", "por", "para", "con", "sobre", "su", "sus", "la", "de", "en" };

    /// <summary>English or Chinese; any other language is refused, naming it.</summary>
    public static string Detect(string text)
    {
        var language = Identify(text);
        return language is DraftLanguage.English or DraftLanguage.Chinese ? language : throw Refusal(language);
    }

    /// <summary>The refusal for a document in a language this version does not read.</summary>
    public static ImportRefusedException Refusal(string language) =>
        new($"the document is in {Name(language)}; this version reads English and Chinese");

    /// <summary>The language's code of <see cref="DraftLanguage"/> ("en", "zh", "fr", "es", "ru", "ar").</summary>
    public static string Identify(string text)
    {
        int cjk = 0, latin = 0, cyrillic = 0, arabic = 0;
        var end = Math.Min(text.Length, 50_000);
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (TextChars.IsCjk(c))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F')
            {
                arabic++;
            }
        }

        // One ideograph carries about as much as a short English word.
        if (cjk * 3 > latin + cyrillic + arabic)
        {
            return DraftLanguage.Chinese;
        }

        if (cyrillic > latin || arabic > latin)
        {
            return cyrillic >= arabic ? "ru" : "ar";
        }

        return LatinLanguage(text.AsSpan(0, end));
    }

    private static string LatinLanguage(ReadOnlySpan<char> text)
    {
        int english = 0, french = 0, spanish = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim().Trim(",;:.()“”\"'’\r\n\t".AsSpan()).ToString().ToLowerInvariant();
            english += EnglishWords.Contains(word) ? 1 : 0;
            french += FrenchWords.Contains(word) ? 1 : 0;
            spanish += SpanishWords.Contains(word) ? 1 : 0;
        }

        // A few foreign words (a quoted title, "Côte d'Ivoire") do not make a document foreign; a short text (a resolution
        // of two paragraphs) has fewer than ten of them, and then none of English's words says enough.
        var other = Math.Max(french, spanish);
        return (other >= 10 || (other >= 5 && english <= 1)) && other > english * 2 ? (french >= spanish ? "fr" : "es") : DraftLanguage.English;
    }

    /// <summary>The language's English name: "French" for "fr".</summary>
    public static string Name(string language) => language switch
    {
        "en" => "English",
        "zh" => "Chinese",
        "fr" => "French",
        "es" => "Spanish",
        "ru" => "Russian",
        "ar" => "Arabic",
        _ => language,
    };
}
