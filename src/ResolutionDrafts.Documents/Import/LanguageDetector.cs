using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>Tells Chinese from English text by counting ideographs against Latin letters.</summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        int cjk = 0, latin = 0;
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
        }

        // One ideograph carries about as much as a short English word.
        return cjk * 3 > latin ? DraftLanguage.Chinese : DraftLanguage.English;
    }
}
