using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// A marked-up file's paragraph text as the draft holds it: without the printed number or letter
/// ("3.", "(a)", "(ii)", "a." before a tab), spaces as one, footnote references as the draft's
/// <c>[^N]</c>. And a form to compare texts by, blind to quotation-mark style, spaces and notes.
/// </summary>
internal static partial class MarkupText
{
    public const char Note = '\uFFFC';

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.|（?\((?:[a-z]{1,3}|[ivxlc]{1,7})\)）?|[a-z]\.)(?:\t|\s+(?=\S))")]
    private static partial Regex Label();

    [GeneratedRegex(@"\[\^\d+\]")]
    private static partial Regex NoteReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static bool HasLabel(string text) => Label().IsMatch(text);

    public static string WithoutLabel(string text) => Label().Replace(text, "", 1);

    /// <summary>The draft's footnote references in a draft text, in order.</summary>
    public static IReadOnlyList<string> NoteReferences(string draftText) => NoteReference().Matches(draftText).Select(m => m.Value).ToList();

    /// <summary>The text as a draft paragraph holds it: note marks through <paramref name="notes"/>, dropped when unknown.</summary>
    public static string ToDraft(string text, IReadOnlyDictionary<char, string> notes, ICollection<char>? unknown = null)
    {
        var result = new StringBuilder();
        foreach (var c in WithoutLabel(text))
        {
            if (MarkupDocument.IsNoteMark(c))
            {
                if (notes.TryGetValue(c, out var reference))
                {
                    result.Append(reference);
                }
                else
                {
                    unknown?.Add(c);
                }
            }
            else
            {
                result.Append(c is '\t' or '\u00A0' ? ' ' : c);
            }
        }

        return Spaces().Replace(result.ToString(), " ").Trim();
    }

    /// <summary>For comparing: no label, notes as one mark, quotation marks straight, spaces single, lower case.</summary>
    public static string Comparable(string text, bool isDraftText)
    {
        if (isDraftText)
        {
            text = NoteReference().Replace(text, Note.ToString());
        }
        else
        {
            text = WithoutLabel(text);
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                _ when MarkupDocument.IsNoteMark(c) => Note,
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' => '\'',
                '\t' or '\u00A0' => ' ',
                '\u2011' or '\u2010' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return Spaces().Replace(result.ToString(), " ").Trim();
    }

    /// <summary>Dice coefficient of the texts' character pairs: 1 for the same text, near 0 for unrelated ones.</summary>
    public static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        if (a.Length < 2 || b.Length < 2 || Math.Min(a.Length, b.Length) * 3 < Math.Max(a.Length, b.Length))
        {
            return 0;
        }

        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i] << 16) | a[i + 1];
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i] << 16) | b[i + 1];
            if (pairs.TryGetValue(key, out var n) && n > 0)
            {
                pairs[key] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
