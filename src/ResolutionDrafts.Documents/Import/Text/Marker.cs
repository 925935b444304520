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

    /// <summary>"(一)", "（十二）": a Chinese item number in parentheses; nothing need follow it but the text.</summary>
    [GeneratedRegex(@"^[(（](?<t>[一二三四五六七八九十]{1,3})[)）]\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex ChineseParenPattern();

    /// <summary>"a." (depth 3) or "i.", "iv." (depth 4); which one is decided by context.</summary>
    [GeneratedRegex(@"^(?<t>[a-z]|[ivxl]{2,6})\.(?:\s+|$)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LetterDotPattern();

    [GeneratedRegex(@"^(?<t>[IVXL]{1,6}|[A-H])(?:\.?$|\.\s+(?<rest>\S.{0,300})$)", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?<t>[一二三四五六七八九十]{1,3})(?:[.、．]\s*(?<rest>.{0,150}))?$", RegexOptions.Singleline)]
    private static partial Regex ChineseHeadingPattern();

    /// <summary>
    /// "(1)", "（12）", "1)", "a)", "iv)": another body's sub-paragraph numbers (ADR 0036), which <see cref="Read"/> leaves as words;
    /// a Chinese text's words may follow with no space ("（1）加强").
    /// </summary>
    [GeneratedRegex(@"^(?:[(（](?<n>\d{1,2})[)）]|(?<n>\d{1,2})[)）]|(?<t>[a-z]{1,2}|[ivxl]{1,6})[)）])(?:\s+|$|(?=[^\x00-\x7F]))(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex OtherPattern();

    /// <summary>
    /// A sub-paragraph number of another body's numbering at the start of a line — "(1)", "1)", "a)", "i)" (ADR 0036) — with
    /// <see cref="Marker.Token"/> the number as printed ("(1)"), or <see cref="None"/>. Only the body reader asks for these,
    /// where a sub-paragraph may begin; everywhere else such a line reads as words, as before.
    /// </summary>
    public static Marker ReadOther(string line)
    {
        var m = line.Length > 1 ? OtherPattern().Match(line) : System.Text.RegularExpressions.Match.Empty;
        if (!m.Success)
        {
            return None;
        }

        var token = m.Groups["n"].Success
            ? (line[0] is '(' or '（' ? $"({m.Groups["n"].Value})" : m.Groups["n"].Value + ")")
            : m.Groups["t"].Value + ")";
        return new Marker(MarkerKind.Other, token, m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 0, m.Groups["rest"].Value);
    }

    [GeneratedRegex(@"^(?:[(（](?<t>[a-z]{1,3})[)）]|(?<t>[IVXLC]{1,7})\.)\s+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LettersOrRomanPattern();

    /// <summary>
    /// "(c) Welcomes …" or "IV. Decides …": a letter in parentheses or a Roman numeral with a full stop opening a line with words
    /// after it, as a text that numbers its operative paragraphs so prints them (ADR 0038 amendment 1), with
    /// <see cref="Marker.Number"/> its place ("(c)" → 3, "(i)" → 9, "IV." → 4) and <see cref="Marker.Token"/> as printed; else
    /// <see cref="None"/>. Only the body reader asks, where an operative paragraph may begin; the UN's "(a)" and "I." are read as before.
    /// </summary>
    public static Marker ReadLettersOrRoman(string line)
    {
        var m = LettersOrRomanPattern().Match(line);
        if (!m.Success)
        {
            return None;
        }

        var token = char.IsAsciiLetterLower(m.Groups["t"].Value[0]) ? "(" + m.Groups["t"].Value + ")" : m.Groups["t"].Value + ".";
        return Domain.Numbering.OperativeNumbering.NumberOf(token) is { } n ? new Marker(MarkerKind.Other, token, n, m.Groups["rest"].Value) : None;
    }

    /// <summary>
    /// The marker as a sub-paragraph's number is written in every numbering's own form: "(a)", "(ii)", "a.", "(1)", "1)"; ㈡ and
    /// "（二）" as "(ii)" (the Chinese texts' second level); null when it is no sub-paragraph's number.
    /// </summary>
    public string? SubParagraphNumber => Kind switch
    {
        MarkerKind.Parenthesized or MarkerKind.Numeral => "(" + Token + ")",
        MarkerKind.LetterDot => Token + ".",
        MarkerKind.Other => Token,
        _ => null,
    };

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
            if (m.Success)
            {
                return new Marker(MarkerKind.Parenthesized, m.Groups["t"].Value, 0, m.Groups["rest"].Value);
            }

            var zhItem = ChineseParenPattern().Match(line);
            return zhItem.Success && ChineseNumber(zhItem.Groups["t"].Value) is > 0 and var n
                ? Item(n, zhItem.Groups["rest"].Value)
                : None;
        }

        // ㈠ … ㈩ (parenthesized ideographs one to ten) and ⑴ … ⒇ (parenthesized digits one to twenty).
        if (first is >= '\u3220' and <= '\u3229')
        {
            return Item(first - '\u3220' + 1, line[1..]);
        }

        if (first is >= '\u2474' and <= '\u2487')
        {
            return Item(first - '\u2474' + 1, line[1..]);
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

    private static Marker Item(int n, string rest) =>
        new(MarkerKind.Numeral, Domain.Numbering.ParagraphLabels.Roman(n), n, rest.TrimStart());

    /// <summary>一 … 九十九 as a number (一, 十, 十二, 二十, 二十三), or 0.</summary>
    internal static int ChineseNumber(string numeral)
    {
        const string Digits = "一二三四五六七八九";
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return numeral.Length == 1 ? Digits.IndexOf(numeral[0], StringComparison.Ordinal) + 1 : 0;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digits.IndexOf(numeral[0], StringComparison.Ordinal) + 1 : 0;
        var units = ten == numeral.Length - 1 ? 0 : ten == numeral.Length - 2 ? Digits.IndexOf(numeral[^1], StringComparison.Ordinal) + 1 : -1;
        return tens <= 0 || units < 0 ? 0 : (tens * 10) + units;
    }

    public static bool IsRoman(string token) => token.All(c => c is 'i' or 'v' or 'x' or 'l' or 'c');
}
