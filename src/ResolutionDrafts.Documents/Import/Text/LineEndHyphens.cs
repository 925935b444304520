using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// A hyphen ending a printed line between letters ("estab-" / "lishment", "non-nuclear-" / "weapon"), decided by the text itself
/// (ADR 0042). The UN does not hyphenate its prints, so such a hyphen is the word's own and stays ("non-nuclear-weapon"); but
/// another printer's text may cut a word so, at a page's foot above all. The text decides: when it spells the word whole
/// elsewhere ("establishment") and never with the hyphen, the hyphen goes and the word is mended (said, so a delegate can
/// check); when it spells it with the hyphen elsewhere, or never whole, the hyphen stays — and a word cut so by a page break that
/// nothing decides is kept as printed and listed as a doubt. English only: Chinese has no such hyphens.
/// </summary>
internal static partial class LineEndHyphens
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>The last word of a line ending with a hyphen after a letter: "non-nuclear-" gives "nuclear", its last part.</summary>
    [GeneratedRegex(@"(?<whole>[\p{L}\-\u2011]*?(?<part>\p{L}+))[\-\u2011]$")]
    private static partial Regex CutEnd();

    /// <summary>The letters a line opens with in lower case, the rest of a cut word.</summary>
    [GeneratedRegex(@"^(?<rest>\p{Ll}+)")]
    private static partial Regex RestOfWord();

    [GeneratedRegex(@"[\p{L}\-\u2011]+")]
    private static partial Regex Word();

    /// <summary>
    /// Mends, in <paramref name="clean"/>, each word a line's end cut that the text spells whole elsewhere: its hyphen becomes a soft
    /// hyphen, which the line joiner removes. Returns what was done, for the warnings: each word mended, and each word a page
    /// break cut that nothing decides (kept as printed).
    /// </summary>
    public static List<string> Mend(CleanText clean)
    {
        var said = new List<string>();
        var cuts = new List<(int Line, string Head, string Part, string Tail)>();
        for (var i = 0; i + 1 < clean.Lines.Count; i++)
        {
            var line = clean.Lines[i];
            var next = clean.Lines[i + 1];
            if (line.Whole || next.Whole || CutEnd().Match(line.Text.TrimEnd()) is not { Success: true } end
                || RestOfWord().Match(next.Text.TrimStart()) is not { Success: true } rest)
            {
                continue;
            }

            cuts.Add((i, end.Groups["whole"].Value, end.Groups["part"].Value, rest.Groups["rest"].Value));
        }

        if (cuts.Count == 0)
        {
            return said;
        }

        // The words the text spells, lower case; a cut word's halves are two words here, so it never counts for itself.
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in clean.Lines.Select(l => l.Text).Concat(clean.Footnotes.Values))
        {
            foreach (Match w in Word().Matches(text))
            {
                foreach (var form in Forms(w.Value.ToLowerInvariant()))
                {
                    words[form] = words.GetValueOrDefault(form) + 1;
                }
            }
        }

        foreach (var (at, head, part, rest) in cuts)
        {
            var joined = (part + rest).ToLowerInvariant();
            var hyphenated = (part + "-" + rest).ToLowerInvariant();
            var pageBreak = clean.Lines[at + 1].PageBreakBefore;
            var printed = head + "-" + rest;
            if (words.ContainsKey(hyphenated))
            {
                continue; // the text spells it with its hyphen: the word's own
            }

            if (words.ContainsKey(joined))
            {
                var line = clean.Lines[at];
                var text = line.Text.TrimEnd();
                clean.Lines[at] = line with { Text = text[..^1] + SoftHyphen };
                said.Add($"“{head}{rest}” was cut by {(pageBreak ? "a page break" : "the end of a line")} as “{head}-” / “{rest}” and is joined without the hyphen, as the text spells it elsewhere: check.");
            }
            else if (pageBreak)
            {
                said.Add($"“{printed}” is joined across a page break with its hyphen, as printed: check whether the hyphen belongs to the word.");
            }
        }

        return said;
    }

    /// <summary>A word as written and, for a hyphenated one, each pair of its parts with and without the hyphen between.</summary>
    private static IEnumerable<string> Forms(string word)
    {
        word = word.Replace('\u2011', '-').Trim('-');
        yield return word;
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < parts.Length; i++)
        {
            yield return parts[i - 1] + "-" + parts[i];
            yield return parts[i - 1];
        }

        if (parts.Length > 1)
        {
            yield return parts[^1];
        }
    }
}
