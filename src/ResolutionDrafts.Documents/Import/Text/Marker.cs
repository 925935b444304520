using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>The numbering at the start of a line, if any, and the text after it.</summary>
internal readonly partial record struct Marker(MarkerKind Kind, string Token, int Number, string Rest)
{
    public static readonly Marker None = new(MarkerKind.None, "", 0, "");

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:\s*(?<label>bis|ter|quater|quinquies|sexies))?\s*[.．](?:\s+|$)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[(（](?<t>[a-z]{1,3}|[ivxlc]{1,7})[)）](?:\s+|$)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex ParenPattern();

    /// <summary>"a." (depth 3) or "i.", "iv." (depth 4); which one is decided by context.</summary>
    [GeneratedRegex(@"^(?<t>[a-z]|[ivxl]{2,6})\.(?:\s+|$)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LetterDotPattern();

    [GeneratedRegex(@"^(?<t>[IVXL]{1,6}|[A-H])(?:\.?$|\.\s+(?<rest>\S.{0,300})$)", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?<t>[一二三四五六七八九十]{1,3})(?:[.、．]\s*(?<rest>.{0,150}))?$", RegexOptions.Singleline)]
    private static partial Regex ChineseHeadingPattern();

    public static Marker Read(string line)
    {
        if (line.Length == 0)
        {
            return None;
        }

        var first = line[0];
        if (char.IsAsciiDigit(first))
        {
            var m = NumberPattern().Match(line);
            return m.Success
                ? new Marker(MarkerKind.Number, m.Groups["n"].Value + m.Groups["label"].Value, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["rest"].Value)
                : None;
        }

        if (first is '(' or '（')
        {
            var m = ParenPattern().Match(line);
            return m.Success ? new Marker(MarkerKind.Parenthesized, m.Groups["t"].Value, 0, m.Groups["rest"].Value) : None;
        }

        if (char.IsAsciiLetterLower(first))
        {
            var m = LetterDotPattern().Match(line);
            return m.Success ? new Marker(MarkerKind.LetterDot, m.Groups["t"].Value, 0, m.Groups["rest"].Value) : None;
        }

        if (char.IsAsciiLetterUpper(first))
        {
            var m = HeadingPattern().Match(line);
            return m.Success ? new Marker(MarkerKind.Heading, m.Groups["t"].Value, 0, m.Groups["rest"].Value) : None;
        }

        var zh = ChineseHeadingPattern().Match(line);
        return zh.Success ? new Marker(MarkerKind.Heading, zh.Groups["t"].Value, 0, zh.Groups["rest"].Value) : None;
    }

    public static bool IsRoman(string token) => token.All(c => c is 'i' or 'v' or 'x' or 'l' or 'c');
}
