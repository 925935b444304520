using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Which of the words an instruction inserts (or puts in place of others) are in italics (ADR 0023).
/// Words quoted in an amendment are read in roman unless the wording says otherwise, so words that
/// go in in italics are named after the quotation: "insert the word “ibid.” (in italics)", "replace
/// the word “report” with the words “the Official Records” (“Official Records” in italics)" /
/// 插入“同上”（斜体）, 改为“……”（其中“大会正式记录”为斜体）. Words whose italics alone change keep the
/// wording of <see cref="ItalicChange"/>.
/// </summary>
/// <param name="Whole">All the new words are in italics.</param>
/// <param name="Stretches">Otherwise, the italic stretches of the new words, in order, each with which
/// occurrence of its words in the new words it is (null when they occur there once).</param>
internal sealed record NewWordsItalics(bool Whole, IReadOnlyList<(string Words, int? Occurrence)> Stretches)
{
    /// <summary>The italics of the instruction's new words (a paragraph's new text too), or null when it puts none in italics (or is a change of italics only).</summary>
    public static NewWordsItalics? Of(AmendmentInstruction instruction)
    {
        if (instruction.Kind is not (AmendmentKind.InsertWords or AmendmentKind.ReplaceWords or AmendmentKind.ReplaceParagraph) || instruction.NewText is null
            || ItalicChange.Of(instruction) is not null)
        {
            return null;
        }

        var runs = InlineItalics.Runs((instruction.ItalicBefore ? InlineItalics.Open : "") + instruction.NewText);
        var text = string.Concat(runs.Select(r => r.Shown));
        var italic = runs.SelectMany(r => Enumerable.Repeat(r.Italic, r.Text.Length)).ToArray();
        var words = text.Trim();
        var offset = text.Length - text.TrimStart().Length;
        var stretches = new List<(int Start, int End)>();
        var start = -1;
        for (var k = 0; k <= text.Length; k++)
        {
            var on = k < text.Length && italic[k] && !char.IsWhiteSpace(text[k]);
            var space = k < text.Length && start >= 0 && char.IsWhiteSpace(text[k]);
            if (on && start < 0)
            {
                start = k;
            }
            else if (!on && !space && start >= 0)
            {
                var end = k;
                while (char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                stretches.Add((start, end));
                start = -1;
            }
        }

        if (stretches.Count == 0)
        {
            return null;
        }

        if (stretches.Count == 1 && text[stretches[0].Start..stretches[0].End] == words)
        {
            return new NewWordsItalics(true, []);
        }

        return new NewWordsItalics(false, stretches.Select(s => Named(words, text[s.Start..s.End], s.Start - offset)).ToList());
    }

    /// <summary>The stretch's words, and which occurrence of them it is when they occur more than once in the new words.</summary>
    private static (string Words, int? Occurrence) Named(string words, string stretch, int start)
    {
        var matches = TextMatches.Find(words, stretch);
        if (!matches.Contains(start))
        {
            // Italics inside a word ("non-{i}nuclear{/i}"): found as the letters are.
            matches = [];
            for (var at = words.IndexOf(stretch, StringComparison.Ordinal); at >= 0; at = words.IndexOf(stretch, at + 1, StringComparison.Ordinal))
            {
                matches.Add(at);
            }
        }

        return (stretch, matches.Count > 1 ? matches.IndexOf(start) + 1 : null);
    }
}
