using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>A quotation's lines in the comparison (ADR 0028): a kept line diffed in place, an added or removed one whole.</summary>
internal sealed partial class ComparisonLayout
{
    private void Quotation(ParagraphComparison item, string? author)
    {
        foreach (var line in item.Quotation)
        {
            // A moved line is removed where it was and put where it is, as a moved paragraph is.
            if (line.Change == ParagraphChange.Moved)
            {
                output.Add(Whole(oldLines["q:" + line.Id], RevisionKind.Deleted, author));
                output.Add(Whole(newLines["q:" + line.Id], RevisionKind.Inserted, author));
                continue;
            }

            Line("q:" + line.Id, author);
        }
    }

    private void WholeQuotation(ParagraphNode node, Dictionary<string, PrintedLine> lines, RevisionKind revision, string? author)
    {
        foreach (var quoted in node.Quotation)
        {
            if (lines.TryGetValue("q:" + quoted.Id, out var line))
            {
                output.Add(Whole(line, revision, author));
            }
        }
    }
}
