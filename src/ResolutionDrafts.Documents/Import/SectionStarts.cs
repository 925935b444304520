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
/// paragraphs). A file that never numbers 1 again has no sections (ADR 0016).
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
        if (restarts.Count == 0)
        {
            return;
        }

        var firstOperative = Enumerable.Range(start, end - start).First(i => paragraphs[i].Kind == ParagraphKind.Operative);
        for (var i = firstOperative; i >= start; i--)
        {
            if (paragraphs[i].Heading is not null)
            {
                paragraphs[i].OpensSection = true;
                break;
            }

            if (i < firstOperative && paragraphs[i].Kind == ParagraphKind.Operative)
            {
                break;
            }
        }

        foreach (var restart in restarts)
        {
            var after = restart;
            while (after > start && paragraphs[after - 1].Kind != ParagraphKind.Operative)
            {
                after--;
            }

            var opens = Enumerable.Range(after, restart - after + 1).FirstOrDefault(i => paragraphs[i].Heading is not null, after);
            paragraphs[opens].OpensSection = true;
        }
    }
}
