using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// The draft's numbering of operative paragraphs (ADR 0038), found from the numbers the source printed before them
/// (<see cref="ParsedNode.Number"/>: "3.", "(3)", "3)") for every importer alike. The numbering most of them print is kept —
/// the UN's "1." stored as nothing —; where they print more than one, the doubt is said with the numbering kept. A text whose
/// operative paragraphs print no numbers (a single one) keeps the UN's.
/// </summary>
internal static class OperativeStyles
{
    public static void Apply(ParsedDocument doc)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var paragraph in doc.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative))
        {
            if (OperativeNumbering.StyleOf(paragraph.Number) is not { } style)
            {
                continue;
            }

            if (!votes.ContainsKey(style))
            {
                order.Add(style);
            }

            votes[style] = votes.GetValueOrDefault(style) + 1;
        }

        if (votes.Count == 0)
        {
            return;
        }

        // The most paragraphs' numbering; on a tie the UN's, then the one printed first.
        var kept = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key == OperativeNumbering.Un ? 0 : 1).ThenBy(v => order.IndexOf(v.Key)).First().Key;
        if (votes.Count > 1)
        {
            var seen = string.Join(", ", votes.OrderByDescending(v => v.Value).ThenBy(v => order.IndexOf(v.Key))
                .Select(v => $"{OperativeNumbering.Marker(v.Key, 1)} … for {v.Value} {(v.Value == 1 ? "paragraph" : "paragraphs")}"));
            doc.Warnings.Add($"The operative paragraphs are numbered in more than one way ({seen}): the draft numbers them all as most "
                + $"of them are, {OperativeNumbering.Described(kept == OperativeNumbering.Un ? null : kept)}; check their numbers.");
            doc.OperativeNumberingDoubt = true;
        }

        doc.Metadata = doc.Metadata with { OperativeNumbering = kept == OperativeNumbering.Un ? null : kept };
    }
}
