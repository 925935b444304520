using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// The letters of a resolution's parts: the first paragraph that opens a part opens A, the next B,
/// and so on (Z, then AA as long lists are lettered). Computed from the order, like labels.
/// </summary>
public static class PartLetters
{
    /// <summary>"A" for the first part, "B" for the second …</summary>
    public static string Letter(int n) => ParagraphLabels.Letters(n).ToUpperInvariant();

    /// <summary>The letter of the part before the one lettered <paramref name="letter"/> ("B" → "A"); null for the first.</summary>
    public static string? Before(string letter)
    {
        for (var n = 2; n <= 26 * 8; n++)
        {
            if (Letter(n) == letter)
            {
                return Letter(n - 1);
            }
        }

        return null;
    }

    /// <summary>The letter of the part each top-level paragraph is in, by id; empty for a draft without parts.</summary>
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyList<Paragraph> paragraphs)
    {
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = 0;
        string? letter = null;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Part is not null)
            {
                letter = Letter(++n);
            }

            if (letter is not null)
            {
                letters[paragraph.Id] = letter;
            }
        }

        return letters;
    }

    /// <summary>Each part in order: its letter, what opens it and its paragraphs.</summary>
    public static IReadOnlyList<(string Letter, DraftPart Part, IReadOnlyList<Paragraph> Paragraphs)> Parts(IReadOnlyList<Paragraph> paragraphs)
    {
        var parts = new List<(string, DraftPart, IReadOnlyList<Paragraph>)>();
        List<Paragraph>? current = null;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Part is { } part)
            {
                current = [];
                parts.Add((Letter(parts.Count + 1), part, current));
            }

            current?.Add(paragraph);
        }

        return parts;
    }
}
