using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Carries the block-quotation indents of a Word file's lines (<see cref="SourceLine.QuoteIndent"/>) to the lines the
/// plain-text reader keeps of them. Cleaning only drops lines (page furniture, rules, footnotes, table rows) and never
/// reorders them, so each line kept is found, by its text, at or after the raw line where the one before it was found.
/// </summary>
internal static partial class QuoteIndents
{
    /// <summary>How far past the last line found a line is looked for: more than the furniture between two lines of text.</summary>
    private const int Lookahead = 400;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static void Carry(CleanText clean, IReadOnlyList<string> raw, IReadOnlyList<int?> indents)
    {
        var keys = raw.Select(Key).ToList();
        var next = 0;
        for (var i = 0; i < clean.Lines.Count; i++)
        {
            var key = Key(clean.Lines[i].Text);
            var at = -1;
            for (var k = next; k < keys.Count && k < next + Lookahead; k++)
            {
                if (keys[k] == key)
                {
                    at = k;
                    break;
                }
            }

            if (at < 0)
            {
                continue; // a line the cleaner made of others (a flattened text, a masthead's two columns): no indent of its own
            }

            if (at < indents.Count && indents[at] is { } indent)
            {
                clean.Lines[i] = clean.Lines[i] with { QuoteIndent = indent };
            }

            next = at + 1;
        }
    }

    private static string Key(string line) => Spaces().Replace(TextChars.Clean(line).Trim(), " ");
}
