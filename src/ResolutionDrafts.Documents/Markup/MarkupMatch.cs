using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// A place in the draft a printed paragraph can be: a paragraph's heading, the title of the part a
/// paragraph opens (<see cref="IsPartTitle"/>, ADR 0016) or its author line (<see cref="IsPartAuthorLine"/>), a paragraph or sub-paragraph, or a line of the quotation one
/// holds (<see cref="IsQuoted"/>, ADR 0028).
/// </summary>
internal sealed record DraftUnit(string Id, bool IsHeading, string Text, string Comparable, bool IsPartTitle = false, bool IsQuoted = false,
    bool IsPartAuthorLine = false, bool IsPartLetter = false)
{
    /// <summary>Not a paragraph's text: a heading, a part's title, author line or letter, changed in place and never moved.</summary>
    public bool IsLine => IsHeading || IsPartTitle || IsPartAuthorLine || IsPartLetter;

    /// <summary>
    /// A line of the head of the part the paragraph opens (its title or author line; its letter when it has neither):
    /// what Word puts under it heads the part.
    /// </summary>
    public bool IsPartHead => IsPartTitle || IsPartAuthorLine || IsPartLetter;
}

/// <summary>
/// Matches the paragraphs of the marked-up file's base text (all changes rejected) to the draft's
/// by content and position: an alignment that keeps both orders and pairs only paragraphs at least
/// half alike (character pairs), taking the most alike overall. The masthead, title and sponsors
/// find no paragraph of the draft and stay unmatched. A file based on an older revision still
/// matches paragraph by paragraph; one based on another draft matches almost nothing.
/// </summary>
internal static class MarkupMatch
{
    public const double Threshold = 0.5;

    public static List<DraftUnit> Units(Draft draft)
    {
        var units = new List<DraftUnit>();
        var letters = draft.HasParts ? Domain.Numbering.PartLetters.Of(draft.Paragraphs) : null;
        foreach (var paragraph in draft.Paragraphs)
        {
            // A part with neither title nor author line prints only its letter (PartLetter): that line is its head
            // (ADR 0016 amendment 7). A part with either has them as its head; its letter matches nothing.
            if (paragraph.Part is { Title.Length: 0, AuthorLine.Length: 0 } && letters is not null && letters.TryGetValue(paragraph.Id, out var letter))
            {
                units.Add(new DraftUnit(paragraph.Id, false, letter, MarkupText.Comparable(letter, true), IsPartLetter: true));
            }

            // A part's title is printed (PartTitle) before the paragraph's heading and text.
            if (paragraph.Part is { Title.Length: > 0 } part)
            {
                units.Add(new DraftUnit(paragraph.Id, false, part.Title, MarkupText.Comparable(part.Title, true), IsPartTitle: true));
            }

            // Then the part's own author line (AuthorLine style), the first part's too: the draft's is not printed then.
            if (paragraph.Part is { AuthorLine.Length: > 0 } authored)
            {
                units.Add(new DraftUnit(paragraph.Id, false, authored.AuthorLine, MarkupText.Comparable(authored.AuthorLine, true), IsPartAuthorLine: true));
            }

            if (paragraph.Heading is { } heading)
            {
                units.Add(new DraftUnit(paragraph.Id, true, heading, MarkupText.Comparable(heading, true)));
            }

            Add(paragraph);
        }

        return units;

        void Add(ParagraphNode node)
        {
            units.Add(new DraftUnit(node.Id, false, node.Text, MarkupText.Comparable(node.Text, true)));
            // A quotation's lines print after the words of the node holding them, before its sub-paragraphs (ADR 0028).
            foreach (var line in node.Quotation)
            {
                units.Add(new DraftUnit(line.Id, false, line.Text, MarkupText.Comparable(line.Text, true), IsQuoted: true));
            }

            foreach (var sub in node.SubParagraphs)
            {
                Add(sub);
            }
        }
    }

    /// <summary>For each base paragraph, the index of the unit it matches, or -1.</summary>
    public static int[] Align(IReadOnlyList<string> baseTexts, IReadOnlyList<DraftUnit> units)
    {
        int m = baseTexts.Count, n = units.Count;
        var similarity = new double[m, n];
        var score = new double[m + 1, n + 1];
        for (var i = 1; i <= m; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                var s = baseTexts[i - 1].Length == 0 ? 0 : MarkupText.Similarity(baseTexts[i - 1], units[j - 1].Comparable);
                similarity[i - 1, j - 1] = s;
                var best = Math.Max(score[i - 1, j], score[i, j - 1]);
                if (s >= Threshold)
                {
                    best = Math.Max(best, score[i - 1, j - 1] + s);
                }

                score[i, j] = best;
            }
        }

        var result = Enumerable.Repeat(-1, m).ToArray();
        for (int i = m, j = n; i > 0 && j > 0;)
        {
            var s = similarity[i - 1, j - 1];
            if (s >= Threshold && Math.Abs(score[i, j] - (score[i - 1, j - 1] + s)) < 1e-9)
            {
                result[i - 1] = j - 1;
                i--;
                j--;
            }
            else if (Math.Abs(score[i, j] - score[i - 1, j]) < 1e-9)
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return result;
    }
}
