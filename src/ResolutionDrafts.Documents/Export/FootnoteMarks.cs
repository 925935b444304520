using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Replaces each <c>[^N]</c> reference with one private-use character, so that italics, diff
/// segments and line splitting can never cut a reference in half; the run writer turns the
/// character back into a Word footnote reference. Characters that already occur in the texts are
/// never used as marks.
/// </summary>
internal sealed partial class FootnoteMarks
{
    private const char First = '\uE000';
    private const char Last = '\uF8FF';

    private readonly Dictionary<int, char> byNumber = [];
    private readonly Dictionary<char, int> byMark = [];
    private readonly HashSet<char> taken = [];
    private char next = First;

    /// <param name="texts">Every text that will be encoded, so marks avoid characters they already use.</param>
    public FootnoteMarks(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (c is >= First and <= Last)
                {
                    taken.Add(c);
                }
            }
        }
    }

    [GeneratedRegex(@"\[\^([0-9]{1,9})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The text with each <c>[^N]</c> as its mark, and its italic marks as <see cref="ItalicMarks"/> (ADR 0015).</summary>
    public string Encode(string text)
    {
        text = ItalicMarks.Encode(text);
        if (!text.Contains("[^", StringComparison.Ordinal))
        {
            return text;
        }

        return Reference().Replace(text, m =>
        {
            var number = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            return MarkFor(number) is { } mark ? mark.ToString() : m.Value;
        });
    }

    private readonly Dictionary<char, (string Mark, string Text)> stars = [];

    /// <summary>
    /// A mark for a note printed with its own symbol ("*") rather than a number: the "on behalf of"
    /// note after a sponsor's name. Word numbers neither its reference nor its note.
    /// </summary>
    public char StarMark(string symbol, string noteText)
    {
        foreach (var (c, star) in stars)
        {
            if (star == (symbol, noteText))
            {
                return c;
            }
        }

        var mark = NextFreeOrNull() ?? throw new InvalidOperationException("No private-use character is left for a note mark.");
        stars[mark] = (symbol, noteText);
        return mark;
    }

    /// <summary>The symbol and text of the star note a character stands for, or null.</summary>
    public (string Mark, string Text)? StarOf(char c) => stars.TryGetValue(c, out var star) ? star : null;

    /// <summary>The footnote number a character stands for, or null for an ordinary character.</summary>
    public int? NumberOf(char c) => c is >= First and <= Last && byMark.TryGetValue(c, out var n) ? n : null;

    /// <summary>Turns marks back into <c>[^N]</c> and <c>{i}</c> … <c>{/i}</c>.</summary>
    public string Decode(string text)
    {
        text = ItalicMarks.Decode(text);
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (NumberOf(text[i]) is { } n)
            {
                result ??= new StringBuilder(text, 0, i, text.Length + 8);
                result.Append("[^").Append(n).Append(']');
            }
            else
            {
                result?.Append(text[i]);
            }
        }

        return result?.ToString() ?? text;
    }

    private char? NextFreeOrNull()
    {
        while (next <= Last && taken.Contains(next))
        {
            next++;
        }

        return next > Last ? null : next++;
    }

    private char? MarkFor(int number)
    {
        if (byNumber.TryGetValue(number, out var mark))
        {
            return mark;
        }

        if (NextFreeOrNull() is not { } free)
        {
            return null; // thousands of distinct notes: the rest stay as literal text
        }

        mark = free;
        byNumber[number] = mark;
        byMark[mark] = number;
        return mark;
    }
}
