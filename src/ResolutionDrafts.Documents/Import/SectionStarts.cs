using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Where the sections of a resolution start that number their operative paragraphs from 1 again (budget
/// resolutions: "I", its heading, its own preamble, 1., 2. …; "II" … 1., 2. …), from what every importer reads:
/// the operative paragraphs the file numbers 1 again (<see cref="ParsedNode.RestartsNumbering"/>) and the
/// headings. Within each part: a section opens at the first paragraph after the operative paragraph before the
/// restart that carries a heading (its section heading, before the section's own preamble), else at the first
/// paragraph after it; and when a part has such a section, its first run of operative paragraphs is a section
/// too if a heading stands over it (the nearest one before its first operative paragraph, past the preamble's
/// paragraphs). A section's single operative paragraph is printed without a number, as a resolution's single one is
/// (76/246 sections III and XIX–XXIII, 75/245 A): an unnumbered operative paragraph among numbered ones, under a heading
/// (its section's own preamble between), with a heading or the part's end after it and the numbers after it starting
/// again at 1, is a section of its own. A file that never numbers 1 again has no sections (ADR 0016).
/// </summary>
internal static class SectionStarts
{
    public static void Mark(List<ParsedNode> paragraphs)
    {
        var start = 0;
        for (var i = 1; i <= paragraphs.Count; i++)
        {
            if (i == paragraphs.Count || paragraphs[i].Part is not null)
            {
                MarkPart(paragraphs, start, i);
                start = i;
            }
        }
    }

    private static void MarkPart(List<ParsedNode> paragraphs, int start, int end)
    {
        var restarts = Enumerable.Range(start, end - start).Where(i => paragraphs[i].RestartsNumbering && paragraphs[i].Kind == ParagraphKind.Operative).ToList();
        if (Enumerable.Range(start, end - start).Any(i => paragraphs[i].Kind == ParagraphKind.Operative && !paragraphs[i].Unnumbered))
        {
            // Among numbered paragraphs, a section's single one opens its section at its heading, as one numbered from 1 does —
            // when the numbers after it start again too (or none follow): a note left unnumbered among running numbers is none.
            var next = -1;
            for (var i = end - 1; i >= start; i--)
            {
                if (paragraphs[i].Kind != ParagraphKind.Operative)
                {
                    continue;
                }

                if ((next < 0 || restarts.Contains(next) || IsFirstNumbered(paragraphs, start, next)) && IsSectionsOnly(paragraphs, start, end, i))
                {
                    restarts.Add(i);
                    if (next >= 0 && !restarts.Contains(next))
                    {
                        // Section I alone before the first numbered paragraph: the next section numbers from 1, its first number.
                        restarts.Add(next);
                    }
                }

                next = i;
            }
        }

        var firstOperative = Enumerable.Range(start, end - start).FirstOrDefault(i => paragraphs[i].Kind == ParagraphKind.Operative, -1);
        var over = firstOperative < 0 ? -1 : HeadingOver(paragraphs, start, firstOperative);
        if (restarts.Count == 0)
        {
            // A single section from the first operative paragraph prints as a heading ("I. …") over 1., 2. … does, and no
            // format tells them apart ("I. Introduction" over a part's paragraphs is a heading): it is read as that heading.
            return;
        }

        if (over >= 0)
        {
            paragraphs[over].OpensSection = true;
        }

        foreach (var restart in restarts)
        {
            if (restart == firstOperative)
            {
                continue; // its section opens at the heading over it, past the preamble (above)
            }

            var after = restart;
            while (after > start && paragraphs[after - 1].Kind != ParagraphKind.Operative)
            {
                after--;
            }

            var opens = Enumerable.Range(after, restart - after + 1).FirstOrDefault(i => paragraphs[i].Heading is not null, after);
            paragraphs[opens].OpensSection = true;
        }
    }

    /// <summary>The operative paragraph at <paramref name="at"/> is the part's first numbered one.</summary>
    private static bool IsFirstNumbered(List<ParsedNode> paragraphs, int start, int at) =>
        at >= 0 && !paragraphs[at].Unnumbered
        && !Enumerable.Range(start, at - start).Any(i => paragraphs[i].Kind == ParagraphKind.Operative && !paragraphs[i].Unnumbered);

    /// <summary>The paragraph whose heading stands over the first operative paragraph (on it, or before the preambular paragraphs before it), or -1.</summary>
    private static int HeadingOver(List<ParsedNode> paragraphs, int start, int firstOperative)
    {
        for (var i = firstOperative; i >= start; i--)
        {
            if (paragraphs[i].Heading is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the paragraph at <paramref name="at"/> is a section's single operative paragraph, printed without a number: a
    /// heading stands over it (on it, or on the first of its section's preambular paragraphs before it), and the paragraph
    /// after it carries a heading, or the part ends.
    /// </summary>
    private static bool IsSectionsOnly(List<ParsedNode> paragraphs, int start, int end, int at)
    {
        var paragraph = paragraphs[at];
        if (paragraph.Kind != ParagraphKind.Operative || !paragraph.Unnumbered || (at + 1 < end && paragraphs[at + 1].Heading is null))
        {
            return false;
        }

        for (var i = at; i >= start; i--)
        {
            if (paragraphs[i].Heading is not null)
            {
                return true;
            }

            if (i < at && paragraphs[i].Kind == ParagraphKind.Operative)
            {
                return false;
            }
        }

        return false;
    }
}
