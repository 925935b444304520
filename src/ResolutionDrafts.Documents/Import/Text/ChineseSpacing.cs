using System.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Canonical Chinese spacing, as the UN's own Chinese XML has it: no space between a Chinese
/// character (or Chinese punctuation) and a digit or Latin letter on either side. A PDF's text
/// puts one there ("2017 年 11 月 6 日", "第 32 段", "A/75/23 和"); the same resolution from Word or
/// AKN has none ("2017年11月6日"). Spaces between two Latin words or two numbers ("8 800万",
/// "United Nations") stay.
/// </summary>
internal static class ChineseSpacing
{
    public static string Tighten(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && result.Length > 0 && i + 1 < text.Length
                && (Between(result[^1], NextNonSpace(text, i)) || (ClosesNumber(result) && TextChars.IsCjkOrPunctuation(NextNonSpace(text, i)))))
            {
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>
    /// True when no space belongs between the two characters in Chinese text. A footnote reference
    /// counts as Chinese on the side of its Chinese neighbour ("公约》[^1] 的" → "公约》[^1]的").
    /// </summary>
    private static bool Between(char before, char after)
    {
        var cjkBefore = TextChars.IsCjkOrPunctuation(before);
        var cjkAfter = TextChars.IsCjkOrPunctuation(after);
        return (cjkBefore && (IsLatin(after) || cjkAfter || after == '[')) || (cjkAfter && (IsLatin(before) || before == ']'));
    }

    /// <summary>
    /// True when the text so far ends with a number in parentheses, as a Security Council resolution is cited in
    /// Chinese: "第2701(2023)号决议" — a PDF gives "第2701 (2023) 号决议"; the UN's Chinese XML never has a space
    /// between such a parenthesis and the Chinese after it (131 times without, none with, in sessions 75–76).
    /// </summary>
    private static bool ClosesNumber(StringBuilder text)
    {
        if (text.Length < 3 || text[^1] != ')')
        {
            return false;
        }

        var i = text.Length - 2;
        while (i >= 0 && char.IsAsciiDigit(text[i]))
        {
            i--;
        }

        return i >= 0 && i < text.Length - 2 && text[i] == '(';
    }

    /// <summary>Tightens every text of what was read: paragraphs and their quoted lines, headings, parts' titles and author lines, title, author line, footnotes, masthead.</summary>
    public static void Apply(ParsedDocument doc)
    {
        doc.Title = Tighten(doc.Title);
        doc.AuthorLine = Tighten(doc.AuthorLine);
        foreach (var paragraph in doc.Paragraphs)
        {
            paragraph.Heading = paragraph.Heading is null ? null : Tighten(paragraph.Heading);
            paragraph.Part = paragraph.Part is { } part
                ? part with { Title = Tighten(part.Title), AuthorLine = Tighten(part.AuthorLine), MeetingLine = Maybe(part.MeetingLine), MeetingDate = Maybe(part.MeetingDate) }
                : null;
            Apply(paragraph);
        }

        foreach (var number in doc.Footnotes.Keys.ToList())
        {
            doc.Footnotes[number] = Tighten(doc.Footnotes[number]);
        }

        var m = doc.Metadata;
        doc.Metadata = m with
        {
            Session = Maybe(m.Session), PlaceAndDates = Maybe(m.PlaceAndDates), Date = Maybe(m.Date), Committee = Maybe(m.Committee), Body = Maybe(m.Body), AdoptionLine = Maybe(m.AdoptionLine),
            CommitteeLine = Maybe(m.CommitteeLine), MeetingLine = Maybe(m.MeetingLine), MeetingDate = Maybe(m.MeetingDate),
            AgendaItem = m.AgendaItem is null ? null : m.AgendaItem with { Title = Tighten(m.AgendaItem.Title) },
        };
    }

    private static void Apply(ParsedNode node)
    {
        var text = node.Text.ToString();
        var tight = Tighten(text);
        if (!ReferenceEquals(tight, text) && tight != text)
        {
            node.Text.Clear().Append(tight);
        }

        // A quoted line is printed as the paragraph's words are ("“第 5 条" from a PDF is "“第5条").
        foreach (var line in node.Quotation)
        {
            var quoted = line.ToString();
            if (Tighten(quoted) is var tightLine && tightLine != quoted)
            {
                line.Clear().Append(tightLine);
            }
        }

        foreach (var child in node.Children)
        {
            Apply(child);
        }
    }

    private static string? Maybe(string? text) => text is null ? null : Tighten(text);

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    private static char NextNonSpace(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length ? text[i] : ' ';
    }
}
