using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>Every paragraph and sub-paragraph of the original text as an amendment names it, by id.</summary>
internal static class ReferenceIndex
{
    public static Dictionary<string, ParagraphReference> Of(Draft draft)
    {
        // The markers of the draft's numbering (ADR 0036) as every language writes them ("(d) (i)"): a reference is stored with
        // a proposal and compared with the text's (IsSamePlace), so a Chinese name's ㈠ is written only when it is worded
        // (ParagraphNames; ADR 0016 amendment 10).
        var numbering = SubParagraphNumbering.From(draft.Metadata);
        // The operative numbering too (ADR 0038): a paragraph printed with no number is named as such whatever the numbering.
        var operative = OperativeNumbering.From(draft.Metadata);
        var labels = ParagraphLabels.Compute(draft.Paragraphs, numbering, null, operative);
        var references = new Dictionary<string, ParagraphReference>(StringComparer.Ordinal);
        DocumentKind? decision = draft.Kind.IsDecision() ? draft.Kind : null;
        foreach (var paragraph in draft.Paragraphs)
        {
            var own = labels[paragraph.Id];
            // A single operative paragraph is named as it prints, without a number: a resolution's, a part's and a section's
            // alike ("the operative paragraph", "… of resolution B", "… of section III"; ADR 0016 amendment 7), a decision's
            // as "the draft decision".
            var unnumbered = paragraph.Kind == ParagraphKind.Operative && own.Marker.Length == 0;
            references[paragraph.Id] = new ParagraphReference(paragraph.Id, paragraph.Kind, own.Number) { Part = own.Part, Section = own.Section, Decision = decision, Unnumbered = unnumbered, Language = draft.Language, Numbering = numbering.Text, OperativeNumbering = operative };
            QuotedLines(references, paragraph, references[paragraph.Id]);
            foreach (var sub in paragraph.Descendants())
            {
                // "OP6 (d) (i)", "B OP6 (d)": the markers are what follows the paragraph's own label.
                var label = labels[sub.Id].Label;
                references[sub.Id] = new ParagraphReference(sub.Id, paragraph.Kind, own.Number, label[(own.Label.Length + 1)..])
                {
                    Part = own.Part, Section = own.Section, Decision = decision, Unnumbered = unnumbered,
                    Language = draft.Language, Numbering = numbering.Text, OperativeNumbering = operative,
                };
                QuotedLines(references, sub, references[sub.Id]);
            }
        }

        return references;
    }

    /// <summary>A quotation's lines are named by the node that holds them, as quoted text (ADR 0028).</summary>
    private static void QuotedLines(Dictionary<string, ParagraphReference> references, ParagraphNode holder, ParagraphReference named)
    {
        for (var k = 0; k < holder.Quotation.Count; k++)
        {
            references[holder.Quotation[k].Id] = named with { Id = holder.Quotation[k].Id, Quoted = true, QuotedLine = k + 1 };
        }
    }
}
