namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>Character classes the text rules need.</summary>
internal static class TextChars
{
    /// <summary>CJK ideographs and the CJK punctuation and full-width forms used in Chinese text.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20' or '“' or '”' or '‘' or '’' or '—' or '…';

    public static bool IsCjkOrPunctuation(char c) => IsCjk(c) || IsCjkPunctuation(c);

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Spaces of every width, tabs and the byte order mark.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\uFEFF' || (c is >= '\u2000' and <= '\u200B');

    /// <summary>Replaces exotic spaces by plain ones and drops control characters other than tab.</summary>
    public static string Clean(string line)
    {
        var needs = false;
        foreach (var c in line)
        {
            if ((IsSpace(c) && c != ' ') || char.IsControl(c) || c is '\u200C' or '\u200D' or '\u2060')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return line;
        }

        var chars = new char[line.Length];
        var n = 0;
        foreach (var c in line)
        {
            if (c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')
            {
                continue;
            }

            if (IsSpace(c))
            {
                chars[n++] = ' ';
            }
            else if (!char.IsControl(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }
}
