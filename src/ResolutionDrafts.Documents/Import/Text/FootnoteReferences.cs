using System.Globalization;
using System.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Turns the footnote numbers that PDF extraction leaves in the text ("Council,1", "disarmament, 3
/// and", "《公约》1的") into <c>[^N]</c>. Only numbers that have a footnote count, and first
/// references must come in order (footnote 4 is first referred to after footnote 3), so numbers
/// that belong to the text (dates, paragraph numbers, "第 32 段") stay. A later reference to a
/// footnote already seen is taken only when it is glued to the word or mark before it.
/// </summary>
internal sealed class FootnoteReferences
{
    /// <summary>What follows a number that counts or dates something in Chinese ("5月", "第32段", "3个"), never a footnote reference.</summary>
    private const string Counters = "年月日天周时号段条款项节章个次名届至亿万千百岁多余倍位人类种份页卷";

    /// <summary>What stands before a number that is part of the text ("第3", "共计20"); "年" and "约" do not, since "十年6" and "公约2" are references.</summary>
    private const string BeforeNumbers = "第近逾共计";

    private readonly List<int> numbers;
    private readonly HashSet<int> seen = [];
    private readonly bool chinese;
    private int next;

    private FootnoteReferences(IEnumerable<int> numbers, bool chinese)
    {
        this.numbers = numbers.ToList();
        this.chinese = chinese;
    }

    public static void Apply(ParsedDocument doc)
    {
        if (doc.Footnotes.Count == 0)
        {
            return;
        }

        var references = new FootnoteReferences(doc.Footnotes.Keys, DraftLanguage.IsChinese(doc.Language));
        doc.Title = references.Convert(doc.Title); // a part of a resolution (75/245 B) has its footnote on the title
        foreach (var paragraph in doc.Paragraphs)
        {
            references.Convert(paragraph);
        }

        foreach (var number in doc.Footnotes.Keys.Where(n => !references.seen.Contains(n)))
        {
            doc.Warnings.Add($"Footnote {number} is not referred to anywhere in the text.");
        }
    }

    private void Convert(ParsedNode node)
    {
        var text = node.Text.ToString();
        var converted = Convert(text);
        if (!ReferenceEquals(converted, text))
        {
            node.Text.Clear().Append(converted);
        }

        foreach (var child in node.Children)
        {
            Convert(child);
        }
    }

    private string Convert(string text)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var s = 0; s < text.Length; s++)
        {
            if (!char.IsAsciiDigit(text[s]) || (s > 0 && char.IsAsciiDigit(text[s - 1])))
            {
                continue;
            }

            var e = s;
            while (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                e++;
            }

            var afterNumber = false;
            if (e - s > 3 && NumberThenReference(text, s, e) is { } glued)
            {
                (s, afterNumber) = (glued, true); // "17 July 20203", "resolution 59/3008": the number, then the footnote
            }
            else if (e - s > 3 || s == 0 || !FollowsRightly(text, e))
            {
                continue;
            }

            var number = int.Parse(text.AsSpan(s, e - s), CultureInfo.InvariantCulture);
            var spaced = text[s - 1] == ' ';
            var before = spaced ? s - 2 : s - 1;
            if (!spaced && !afterNumber && !IsExpected(number) && IsAfterMissing(number) && ClearlyGlued(text[before]))
            {
                next++; // the expected footnote is referred to nowhere in the text (an annex, a typo): go on from the next
            }

            if (before < 0 || !(afterNumber || (spaced ? SpacedOk(text, before) : GluedOk(text, before, text.AsSpan(s, e - s), first: IsExpected(number), atEnd: e == text.Length))))
            {
                continue;
            }

            if (!IsExpected(number) && (spaced || !seen.Contains(number)))
            {
                continue;
            }

            if (IsExpected(number))
            {
                next++;
            }

            seen.Add(number);
            result ??= new StringBuilder(text.Length + 16);
            result.Append(text, copied, (spaced ? s - 1 : s) - copied).Append("[^").Append(number).Append(']');
            copied = e;
            if (chinese && e + 1 < text.Length && text[e] == ' ' && TextChars.IsCjkOrPunctuation(text[e + 1]))
            {
                copied = e + 1; // "》1 的" was a line end: the space is not the text's.
            }

            s = e;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Where the footnote number starts in a number with the next footnote's number glued to it:
    /// a year ("20203" after "17 July", "2015–203020") or a resolution's number ("59/3008"), or null. Only the
    /// expected next number is taken, so "20201" with footnote 5 next stays a number.
    /// </summary>
    private int? NumberThenReference(string text, int s, int e)
    {
        if (e - s > 7 || !FollowsRightly(text, e))
        {
            return null;
        }

        if (s > 0 && text[s - 1] == '/')
        {
            // "resolution 59/3008": a resolution's number has at most three digits, so 8 is footnote 8;
            // "resolution 5/2021" of FAO is numbered by its year.
            if (e - s == 4 && int.Parse(text.AsSpan(s, 4), CultureInfo.InvariantCulture) is >= 1945 and <= 2035 && s >= 2 && char.IsAsciiDigit(text[s - 2])
                && (s < 3 || !char.IsAsciiDigit(text[s - 3])))
            {
                return null;
            }

            for (var digits = 3; digits >= 1; digits--)
            {
                if (ExpectedAt(text, s + digits, e))
                {
                    return s + digits;
                }
            }

            return null;
        }

        var year = (s == 0 || char.IsWhiteSpace(text[s - 1]) || text[s - 1] is '–' or '-') && e - s >= 5 && text.AsSpan(s, 2) is "19" or "20";
        return year && ExpectedAt(text, s + 4, e) ? s + 4 : null;
    }

    private bool ExpectedAt(string text, int start, int e) =>
        start < e && e - start <= 3 && text[start] != '0' && IsExpected(int.Parse(text.AsSpan(start, e - start), CultureInfo.InvariantCulture));

    /// <summary>
    /// Whether the Chinese character at <paramref name="e"/> counts what the number before it
    /// numbers ("5月", "3个", "12人"), so that the number is the text's. Not after a closing title
    /// mark or quotation ("《班吉宣言》14时作出": a count never follows one directly), nor where the
    /// character starts a word of its own ("12人权理事会", "6至关重要").
    /// </summary>
    private static bool Counts(string text, int e)
    {
        var s = e;
        while (s > 0 && char.IsAsciiDigit(text[s - 1]))
        {
            s--;
        }

        if (s > 0 && text[s - 1] is '》' or '〉' or '”' or '’' or '）' or '」' or '』')
        {
            return false;
        }

        var next = e + 1 < text.Length ? text[e + 1] : ' ';
        return Counters.Contains(text[e]) && !(text[e] == '人' && "权民类口道".Contains(next)) && !(text[e] == '至' && "关今此少".Contains(next));
    }

    private bool IsExpected(int number) => next < numbers.Count && numbers[next] == number;

    /// <summary>Whether one to three digits stand before the comma at <paramref name="comma"/>, as in a number's groups.</summary>
    private static bool GroupBefore(string text, int comma)
    {
        var digits = 0;
        while (comma - digits - 1 >= 0 && char.IsAsciiDigit(text[comma - digits - 1]))
        {
            digits++;
        }

        return digits is >= 1 and <= 3;
    }

    private bool IsAfterMissing(int number) => next + 1 < numbers.Count && numbers[next + 1] == number && !seen.Contains(numbers[next]);

    /// <summary>Glued so that the number can only be a reference: after a lower-case letter or closing punctuation.</summary>
    private bool ClearlyGlued(char c) => char.IsLower(c) || c is ',' or ';' or ')' or '”' or '’' || (chinese && c is '，' or '；' or '。' or '》' or '）' or '”');

    private bool FollowsRightly(string text, int e)
    {
        if (e == text.Length)
        {
            return true;
        }

        var c = text[e];
        if (c == '.' || c == ',')
        {
            return e + 1 == text.Length || !char.IsAsciiDigit(text[e + 1]);
        }

        if (c == ' ')
        {
            // "1 590 700", "8 800万": a group of thousands follows, so the number is the text's.
            var group = e + 1;
            while (group < text.Length && char.IsAsciiDigit(text[group]))
            {
                group++;
            }

            return group - e - 1 != 3;
        }

        return c is ';' or ':' or ')' or '”' or '’' or '"' || (chinese && TextChars.IsCjkOrPunctuation(c) && !Counts(text, e));
    }

    /// <summary>"disarmament, 1 in": a comma or semicolon, one space, the number; not "paragraphs 2, 3", nor "positions: 1 Senior Officer".</summary>
    private static bool SpacedOk(string text, int before) =>
        text[before] is ',' or ';' or '，' or '；' && (before == 0 || !char.IsAsciiDigit(text[before - 1]));

    private bool GluedOk(string text, int before, ReadOnlySpan<char> number, bool first, bool atEnd)
    {
        var c = text[before];
        if (chinese && (c is '《' or '〈' or '（' or '“' or '‘' or '「' or '『' or '【' || (c == '、' && (!first || (before > 0 && char.IsAsciiDigit(text[before - 1]))))))
        {
            return false; // "《21世纪议程》", "目标9、11、16": a number in a list of numbers
        }

        if (chinese && (TextChars.IsCjkPunctuation(c) || (first && TextChars.IsCjk(c) && !BeforeNumbers.Contains(c))))
        {
            return true;
        }

        if (c == ',' && number.Length == 3 && GroupBefore(text, before))
        {
            return false; // "1,117,005": a group of thousands, not "2004,105"
        }

        if (char.IsLower(c) || c is ',' or ';' or ':' or ')' or '”' or '’' or '"' or '»')
        {
            return true;
        }

        if (char.IsUpper(c))
        {
            // "INTERPOL1", "Protocol I4", "HIV/AIDS1": only the expected next footnote, and not in a symbol ("A/C.34", "A/RES/75/1").
            var word = before;
            while (word >= 0 && char.IsLetter(text[word]))
            {
                word--;
            }

            return first && (word < 0 || text[word] == ' ' || (text[word] == '/' && word > 0 && char.IsLetter(text[word - 1])));
        }

        if (c != '.')
        {
            return false;
        }

        if (first && atEnd)
        {
            return true; // "to be held in 2021.9" ends the paragraph: no decimal ends one
        }

        // "session.5", not "Rev.1" or "L.6".
        var start = before;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return before - start >= 4 && (start == 0 || text[start - 1] == ' ');
    }
}
