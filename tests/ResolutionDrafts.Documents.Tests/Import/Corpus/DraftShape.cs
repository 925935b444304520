using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// What two imports of one resolution must share: the structure (paragraph kinds, headings, the
/// sub-paragraph tree, the footnote references in reading order, the footnotes) and the words.
/// </summary>
internal sealed partial record DraftShape(string Structure, IReadOnlyList<string> Words, IReadOnlyList<string> FootnoteWords)
{
    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex Reference();

    /// <summary>An ideograph alone, or a run of other letters and digits.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[\p{L}\p{N}-[\p{IsCJKUnifiedIdeographs}]]+")]
    private static partial Regex Word();

    public static DraftShape Of(Draft draft)
    {
        var structure = new StringBuilder();
        var words = new List<string>();
        foreach (var paragraph in draft.Paragraphs)
        {
            if (paragraph.Part is { } part)
            {
                // A part's opening: its title's and author line's words count as the draft's.
                structure.Append("part ");
                words.AddRange(WordsOf(part.Title));
                words.AddRange(WordsOf(part.AuthorLine));
            }

            if (paragraph.OpensSection)
            {
                // A section numbered from 1 again: where it opens is structure, as the UN's numbers show it.
                structure.Append('§');
            }

            structure.Append(paragraph.Kind == ParagraphKind.Operative ? 'O' : 'P');
            if (paragraph.Heading is { } heading)
            {
                structure.Append('h');
                words.AddRange(WordsOf(heading));
            }

            Tree(paragraph, structure, words);
            structure.Append(' ');
        }

        // Footnotes referred to from what was imported; the AKN reader also keeps those of an annex it leaves out.
        var referred = draft.AllNodes().SelectMany(n => n.Quotation.Select(l => l.Text).Prepend(n.Text)).Append(draft.Title).SelectMany(t => Reference().Matches(t)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        var notes = draft.Footnotes.Where(f => referred.Contains(f.Number)).ToList();
        structure.Append("| notes ").AppendJoin(",", notes.Select(f => f.Number));
        return new DraftShape(structure.ToString(), words, notes.SelectMany(f => WordsOf(f.Text)).ToList());
    }

    private static void Tree(ParagraphNode node, StringBuilder structure, List<string> words)
    {
        foreach (Match reference in Reference().Matches(node.Text))
        {
            structure.Append('^').Append(reference.Groups[1].Value);
        }

        words.AddRange(WordsOf(node.Text));
        structure.Append(Raised(node.Text));
        if (node.Quotation.Count > 0)
        {
            // A quotation (ADR 0028): how many lines it holds is structure, their words are the draft's.
            structure.Append('“');
            foreach (var line in node.Quotation)
            {
                structure.Append('q');
                foreach (Match reference in Reference().Matches(line.Text))
                {
                    structure.Append('^').Append(reference.Groups[1].Value);
                }

                words.AddRange(WordsOf(line.Text));
            }

            structure.Append('”');
        }

        if (node.Table is { } table)
        {
            // A table (ADR 0029): which node holds it and its rows are structure, its cells' words are words.
            structure.Append("[t").Append(table.Rows.Count);
            foreach (var (row, i) in table.Rows.Select((r, i) => (r, i)).Where(p => p.r.IsLine))
            {
                // A run's sub-headings and notes (ADR 0029, amendment 2) are structure: where each stands and what it is.
                structure.Append(row.Kind == ResolutionDrafts.Domain.Drafts.TableRowKind.Caption ? " c" : " n").Append(i);
            }

            structure.Append(']');
            foreach (var cell in table.Rows.SelectMany(r => r.Cells))
            {
                words.AddRange(WordsOf(cell.Text));
                structure.Append(Raised(cell.Text));
            }
        }

        if (node.SubParagraphs.Count == 0)
        {
            return;
        }

        structure.Append('(');
        foreach (var child in node.SubParagraphs)
        {
            structure.Append('s');
            Tree(child, structure, words);
        }

        structure.Append(')');
    }

    // Raised letters (ADR 0035, a table's note letter "Conversionᵃ") are structure: each form must keep them raised, and a
    // raised letter read as a plain one, or left a modifier letter, has the same words.
    private static string Raised(string text) =>
        string.Concat(ResolutionDrafts.Domain.Drafts.InlineItalics.Runs(text).Where(r => r.Raised).Select(r => "ʳ" + r.Text));

    // Italic marks (ADR 0015) are not words: a PDF's text has no italics to read, the AKN has them.
    private static IEnumerable<string> WordsOf(string text) =>
        Word().Matches(Reference().Replace(ResolutionDrafts.Domain.Drafts.InlineItalics.Strip(text), " ")).Select(m => m.Value);

    /// <summary>Where <paramref name="other"/> differs from this shape, in a few words; null when it does not.</summary>
    public string? Difference(DraftShape other)
    {
        if (Structure != other.Structure)
        {
            var mine = Structure.Split(' ');
            var theirs = other.Structure.Split(' ');
            var at = 0;
            while (at < mine.Length && at < theirs.Length && mine[at] == theirs[at])
            {
                at++;
            }

            return $"structure {Count(mine, 'P')} PP {Count(mine, 'O')} OP became {Count(theirs, 'P')} PP {Count(theirs, 'O')} OP; "
                + $"from paragraph {at + 1}: {Shorten(string.Join(' ', mine.Skip(at)))} became {Shorten(string.Join(' ', theirs.Skip(at)))}";
        }

        return WordDifference("word", Words, other.Words) ?? WordDifference("footnote word", FootnoteWords, other.FootnoteWords);
    }

    private static string? WordDifference(string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var n = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            if (expected[i] != actual[i])
            {
                return $"{what} {i}: \"{Around(expected, i)}\" became \"{Around(actual, i)}\"";
            }
        }

        return expected.Count == actual.Count ? null : $"{what}s: {expected.Count} became {actual.Count} (…\"{Around(expected, n)}\" / \"{Around(actual, n)}\")";
    }

    private static string Around(IReadOnlyList<string> words, int i) =>
        string.Join(" ", words.Skip(Math.Max(0, i - 3)).Take(7));

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    private static int Count(string[] paragraphs, char kind) => paragraphs.Count(p => p.Length > 0 && p[0] == kind);
}
