using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Precedents;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// Resolutions adopted in the app itself join the corpus: every draft of the kind "adopted
/// resolution" with a symbol, each paragraph and sub-paragraph as a precedent labelled as the
/// draft labels it (PP2, OP5 (b)). An adopted resolution is a public document, so its paragraphs
/// are offered to every user whatever their membership of the draft (ADR 0011). They are read
/// from the live drafts when the index is built, never copied into the corpus tables, so a
/// correction to the adopted text is what the next index holds.
/// </summary>
internal static class AppResolutions
{
    private static readonly string AdoptedKind = DraftMapping.KindName(DocumentKind.AdoptedResolution);

    /// <summary>What changes when an adopted draft is added, edited or stops being adopted: its id and last change.</summary>
    public static async Task<string> SignatureAsync(IDraftService drafts, CancellationToken cancellationToken) =>
        string.Join(';', (await drafts.ListAsync(cancellationToken))
            .Where(d => d.Kind == AdoptedKind && d.Symbol.Length > 0)
            .OrderBy(d => d.Id)
            .Select(d => $"{d.Id:N}@{d.UpdatedUtc.Ticks}"));

    /// <summary>The paragraphs of the adopted drafts, with ids below zero so they never meet a corpus row's.</summary>
    public static async Task<IReadOnlyList<Precedent>> ParagraphsAsync(IDraftService drafts, CancellationToken cancellationToken)
    {
        var result = new List<Precedent>();
        var id = 0L;
        foreach (var summary in (await drafts.ListAsync(cancellationToken)).Where(d => d.Kind == AdoptedKind && d.Symbol.Length > 0))
        {
            if (await drafts.LoadAsync(summary.Id, cancellationToken) is not { } loaded)
            {
                continue;
            }

            var draft = loaded.Draft;
            var labels = ParagraphLabels.Compute(draft);
            foreach (var paragraph in draft.Paragraphs)
            {
                foreach (var node in new ParagraphNode[] { paragraph }.Concat(paragraph.Descendants()))
                {
                    if (string.IsNullOrWhiteSpace(node.Text))
                    {
                        continue;
                    }

                    result.Add(new Precedent(
                        --id, draft.Metadata.Symbol!, labels[node.Id].Label, draft.Language, node.Text.Trim(),
                        draft.Title, IsoDate(draft.Metadata.Date), draft.Metadata.Body, draft.Metadata.Session, node.Id, paragraph.Kind));
                }
            }
        }

        return result;
    }

    // The masthead's date is free text; only an ISO date (or its year) orders and filters as the corpus's do.
    private static string? IsoDate(string? date) =>
        date is null ? null
        : DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", out _) ? date.Trim()
        : System.Text.RegularExpressions.Regex.Match(date, @"\b(19|20)\d\d\b") is { Success: true } year ? year.Value
        : null;
}
