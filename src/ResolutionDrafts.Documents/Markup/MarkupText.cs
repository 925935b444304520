using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// A marked-up file's paragraph text as the draft holds it: without the printed number or letter
/// ("3.", "(a)", "(ii)", "a." before a tab), spaces as one, footnote references as the draft's
/// <c>[^N]</c>, italics as <c>{i}</c> marks except those of the opening phrase (which the draft
/// computes). And a form to compare texts by, blind to quotation-mark style, spaces, notes and italics.
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

    [GeneratedRegex(@"^(?:（?\((?:[a-z]{1,3}|[ivxlc]{1,7})\)）?|[a-z]\.)$")]
    private static partial Regex SubParagraphLabel();

    public static bool HasLabel(string text) => Label().IsMatch(text);

    /// <summary>Whether a paragraph's list number says it is a sub-paragraph: a level below the outermost, or a letter or roman numeral ("(b)", "(ii)", "c.").</summary>
    public static bool IsSubParagraphNumber(string? label, int level) => label is not null && (level > 0 || SubParagraphLabel().IsMatch(label.Trim()));

    public static string WithoutLabel(string text) => Label().Replace(text, "", 1);

    /// <summary>The draft's footnote references in a draft text, in order.</summary>
    public static IReadOnlyList<string> NoteReferences(string draftText) => NoteReference().Matches(draftText).Select(m => m.Value).ToList();

    /// <summary>
    /// The text as a draft paragraph holds it: note marks through <paramref name="notes"/>, dropped when
    /// unknown; italics as marks, except where they are the printed opening phrase, which the draft
    /// computes: the italics from its start up to its first upright words (unless
    /// <paramref name="opensInItalics"/>: the draft's paragraph itself opens with marked italics), and
    /// any within the opening phrase the draft computes for the text in <paramref name="language"/>
    /// (words typed upright inside "Once again urges" leave "urges" italic in Word, not marked).
    /// </summary>
    public static string ToDraft(string text, IReadOnlyDictionary<char, string> notes, ICollection<char>? unknown = null,
        bool opensInItalics = false, string language = DraftLanguage.English, bool keepLabel = false)
    {
        var result = new StringBuilder();
        foreach (var c in keepLabel ? text : WithoutLabel(text))
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

        var draft = Spaces().Replace(result.ToString(), " ").Trim();
        return InlineItalics.Normalise(WithoutOpeningItalics(draft, opensInItalics, language));
    }

    /// <summary>Whether a draft text opens with marked italics (its first words, not a computed opening phrase).</summary>
    public static bool OpensInItalics(string draftText) => InlineItalics.Runs(draftText).FirstOrDefault(r => r.Text.Trim().Length > 0).Italic;

    private static string WithoutOpeningItalics(string text, bool opensInItalics, string language)
    {
        if (!InlineItalics.HasMarks(text))
        {
            return text;
        }

        var computed = ResolutionDrafts.Domain.Style.OpeningPhrase.Length(InlineItalics.Strip(text), language);
        var result = new StringBuilder(text.Length);
        var leading = !opensInItalics;
        var at = 0; // position in the text without marks
        foreach (var run in InlineItalics.Runs(text))
        {
            leading = leading && (run.Italic || run.Text.Trim().Length == 0);
            var plain = leading ? run.Text.Length : Math.Clamp(computed - at, 0, run.Text.Length);
            // A raised letter (ADR 0035) stays raised, inside italics or not.
            Func<string, string> raise = run.Raised ? InlineItalics.Raise : t => t;
            result.Append(raise(run.Text[..plain]));
            result.Append(run.Italic ? InlineItalics.Wrap(raise(run.Text[plain..])) : raise(run.Text[plain..]));
            at += run.Text.Length;
        }

        return result.ToString();
    }

    /// <summary>For comparing: no label, notes as one mark, quotation marks straight, spaces single, lower case.</summary>
    /// <param name="keepLabel">A quoted line's "1." or "(a)" is its words, not the draft's number (ADR 0028): kept.</param>
    /// <param name="keepCase">Upper and lower case kept: to tell whether a paragraph changed (a word capitalised is a change).</param>
    public static string Comparable(string text, bool isDraftText, bool keepLabel = false, bool keepCase = false)
    {
        text = InlineItalics.Strip(text);
        if (isDraftText || keepLabel)
        {
            text = isDraftText ? NoteReference().Replace(text, Note.ToString()) : text;
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
                _ => keepCase ? c : char.ToLowerInvariant(c),
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
