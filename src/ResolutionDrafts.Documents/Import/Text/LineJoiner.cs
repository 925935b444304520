using System.Text;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Undoes hard wraps. English lines join with a space, except after a hyphen that ends a line
/// between letters ("non-nuclear-" + "weapon"), which is part of the word, and after a soft hyphen,
/// which disappears. Chinese lines join with nothing, except that a number or Latin word next to a
/// Chinese character keeps the space Chinese typesetting puts there ("第" + "32 段" → "第 32 段").
/// </summary>
internal static class LineJoiner
{
    public static void Append(StringBuilder text, string line, bool chinese)
    {
        line = line.Trim();
        if (line.Length == 0)
        {
            return;
        }

        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length == 0)
        {
            text.Append(line);
            return;
        }

        if (NeedsSpace(text, line[0], chinese))
        {
            text.Append(' ');
        }
        else if (text[^1] == '\u00AD')
        {
            text.Length--;
        }

        text.Append(line);
    }

    public static string Join(IEnumerable<string> lines, bool chinese)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Append(text, line, chinese);
        }

        return text.ToString();
    }

    private static bool NeedsSpace(StringBuilder text, char first, bool chinese)
    {
        var last = text[^1];
        if (chinese)
        {
            var lastLatin = char.IsAsciiLetterOrDigit(last);
            var firstLatin = char.IsAsciiLetterOrDigit(first);
            return (lastLatin && firstLatin) || (lastLatin && TextChars.IsCjk(first)) || (TextChars.IsCjk(last) && firstLatin);
        }

        if (last == '\u00AD')
        {
            return false;
        }

        if (last is '-' or '\u2011' && text.Length >= 2 && char.IsLetter(text[^2]) && char.IsLetter(first))
        {
            return false;
        }

        return last != '/';
    }
}
