using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Compares two drafts (two revisions, or a revision and the live text). Paragraphs and
/// sub-paragraphs are matched by their stable ids, so a renumbered paragraph is not a change and
/// a moved one is reported once, as moved; see <see cref="DraftComparison"/> for the result.
/// Pure: neither draft is changed, and drafts being edited elsewhere must be cloned first.
/// </summary>
public static class DraftComparer
{
    public static DraftComparison Compare(Draft oldDraft, Draft newDraft)
    {
        ArgumentNullException.ThrowIfNull(oldDraft);
        ArgumentNullException.ThrowIfNull(newDraft);
        var nodes = new NodeComparer(ParagraphLabels.Compute(oldDraft), ParagraphLabels.Compute(newDraft));
        var paragraphs = nodes.Compare(oldDraft.Paragraphs, newDraft.Paragraphs, depth: 0);
        var sponsors = SponsorComparer.Compare(oldDraft.Sponsors, newDraft.Sponsors);
        var metadata = FieldComparer.Compare(oldDraft, newDraft);
        var footnotes = FootnoteComparer.Compare(oldDraft.Footnotes, newDraft.Footnotes);
        var tables = TableComparer.Compare(oldDraft, newDraft);
        return new DraftComparison
        {
            Paragraphs = paragraphs,
            Sponsors = sponsors,
            Metadata = metadata,
            Footnotes = footnotes,
            Summary = SummaryWriter.Summarize(paragraphs, sponsors, metadata, footnotes, tables.Count),
            Tables = tables,
        };
    }
}
