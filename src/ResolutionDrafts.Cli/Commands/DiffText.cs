using System.Text;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>The people's view of a comparison: the summary, then each change, labels first.</summary>
internal static class DiffText
{
    public static string Write(DraftComparison comparison, string language)
    {
        var text = new StringBuilder();
        text.AppendLine(comparison.Summary.English);
        if (DraftLanguage.IsChinese(language))
        {
            text.AppendLine(comparison.Summary.Chinese);
        }

        foreach (var field in comparison.Metadata)
        {
            text.AppendLine().Append(field.Field).Append(": ").AppendLine(Inline(field.Segments));
        }

        var sponsors = comparison.Sponsors;
        if (sponsors.HasChanges)
        {
            text.AppendLine();
            foreach (var s in sponsors.Added)
            {
                text.AppendLine($"sponsor added: {s.Name}{(s.Additional ? " (additional sponsor)" : "")}");
            }

            foreach (var s in sponsors.Removed)
            {
                text.AppendLine($"sponsor removed: {s.Name}");
            }

            foreach (var s in sponsors.Changed)
            {
                text.AppendLine($"sponsor changed: {s.Name}{(s.IsAdditionalChanged ? (s.New.Additional ? " is now an additional sponsor" : " is now an original sponsor") : "")}");
            }
        }

        foreach (var paragraph in comparison.Paragraphs)
        {
            WriteParagraph(text, paragraph);
        }

        foreach (var footnote in comparison.Footnotes.Where(f => f.Change != FootnoteChange.Unchanged))
        {
            text.AppendLine().AppendLine($"footnote {footnote.Number} {footnote.Change.ToString().ToLowerInvariant()}").Append("  ").AppendLine(Inline(footnote.Segments));
        }

        return text.ToString();
    }

    private static void WriteParagraph(StringBuilder text, ParagraphComparison node)
    {
        if (node.Change == ParagraphChange.Unchanged)
        {
            return;
        }

        var indent = new string(' ', node.Depth * 2);
        var label = (node.OldLabel, node.NewLabel) switch
        {
            (null, var n) => n,
            (var o, null) => o,
            var (o, n) when o == n => o,
            var (o, n) => $"{o} → {n}",
        };
        var what = node.Change.ToString().ToLowerInvariant() + (node.IsMoved && node.IsModified ? " and modified" : "");
        text.AppendLine().AppendLine($"{indent}{label} {what}");
        if (node.IsKindChanged)
        {
            text.AppendLine($"{indent}  kind: {node.OldKind} → {node.NewKind}");
        }

        if (node.IsHeadingChanged)
        {
            text.AppendLine($"{indent}  heading: {Inline(TextDiffer.Diff(node.OldHeading ?? "", node.NewHeading ?? ""))}");
        }

        if (node.IsTextChanged)
        {
            text.Append(indent).Append("  ").AppendLine(Inline(node.Segments));
        }

        // A quotation's lines (ADR 0028), each under its paragraph as "OP3, quoted line 2 modified".
        foreach (var line in node.Quotation)
        {
            WriteParagraph(text, line);
        }

        foreach (var sub in node.SubParagraphs)
        {
            WriteParagraph(text, sub);
        }
    }

    /// <summary>[-deleted-]{+inserted+}, with the equal text as it is.</summary>
    public static string Inline(IEnumerable<TextSegment> segments)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            text.Append(segment.Operation switch
            {
                DiffOperation.Delete => "[-" + segment.Text + "-]",
                DiffOperation.Insert => "{+" + segment.Text + "+}",
                _ => segment.Text,
            });
        }

        return text.ToString();
    }
}
