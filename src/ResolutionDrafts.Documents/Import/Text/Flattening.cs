using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Some stores keep a document's text on one line. When the text is flattened like that, it is cut
/// back into pieces where paragraphs can start: Chinese at every space (Chinese puts no spaces
/// between words, so a space is where a line ended); English before paragraph numbers and
/// sub-paragraph letters and before a participle that follows a comma.
/// </summary>
internal static partial class Flattening
{
    [GeneratedRegex(@"(?<=[;:,.；：，。])\s+(?=(?:\d{1,3}\.|\([a-z]{1,4}\))\s)|(?<=,)\s+(?=[A-Z][a-z]+(?:ing|ed)\b)")]
    private static partial Regex EnglishCuts();

    public static List<(string Text, bool Indented)> Unflatten(List<(string Text, bool Indented)> lines, bool chinese, out bool flattened)
    {
        var content = lines.Where(l => l.Text.Length > 0).ToList();
        var total = content.Sum(l => l.Text.Length);
        // One line holding most of the text; a long paragraph among others a line each is not that.
        var longest = content.Count == 0 ? 0 : content.Max(l => l.Text.Length);
        flattened = (longest > 1500 && longest * 2 > total) || (content.Count <= 3 && total > 400);
        if (!flattened)
        {
            return lines;
        }

        var result = new List<(string, bool)>();
        foreach (var (text, _) in content)
        {
            var pieces = chinese ? CutChinese(text) : EnglishCuts().Split(text).ToList();
            result.AddRange(pieces.Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => (p, true)));
        }

        return result;
    }

    private static List<string> CutChinese(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            var end = i;
            while (i + 1 < text.Length && text[i + 1] == ' ')
            {
                i++;
            }

            var before = end > 0 ? text[end - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
            {
                continue;
            }

            pieces.Add(text[start..end]);
            start = i + 1;
        }

        pieces.Add(text[start..]);
        return pieces;
    }
}
