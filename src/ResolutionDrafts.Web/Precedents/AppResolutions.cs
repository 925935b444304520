using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Precedents;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// Resolutions and decisions adopted in the app itself join the corpus: every draft of the kind "adopted
/// resolution" or "adopted decision" (ADR 0022) with a symbol, and every issued revision of those kinds (its symbol the one it was
/// issued under), each paragraph and sub-paragraph as a precedent labelled as the draft labels it
/// (PP2, OP5 (b)); a decision's paragraphs are marked as such, so the panel cites "decision 76/515". A symbol is taken once: from the live draft that bears it if there is one (a
/// correction to the adopted text is what the next index holds), else from the latest revision
/// issued under it. An adopted resolution is a public document, so its paragraphs are offered to
/// every user whatever their membership of the draft (ADR 0011). They are read from the drafts and
/// revisions when the index is built, never copied into the corpus tables.
/// One resolution is one symbol in one language, found once (ADR 0034, amendment 5): the corpus's copy (the UN's own record)
/// wins over any draft or revision bearing its symbol; among live drafts bearing one symbol, the one changed last; a revision
/// only for a symbol no live draft bears. Symbols are compared trimmed and case-blind ("A/RES/76/165" is "a/res/76/165 ").
/// </summary>
internal static class AppResolutions
{
    private static readonly string[] AdoptedKinds =
        [DraftMapping.KindName(DocumentKind.AdoptedResolution), DraftMapping.KindName(DocumentKind.AdoptedDecision)];

    // Every revision of an adopted kind holds one of these in its JSON; the few others that do (the words in a
    // paragraph's text) are told apart by reading the revision's kind.
    private static readonly string AdoptedResolutionInJson = $"\"{AdoptedKinds[0]}\"";
    private static readonly string AdoptedDecisionInJson = $"\"{AdoptedKinds[1]}\"";

    /// <summary>
    /// What changes when an adopted draft is added, edited or stops being adopted, or a revision is
    /// issued: the adopted drafts' ids and last changes, and the count and the latest of the revisions
    /// (which never change once issued).
    /// </summary>
    public static async Task<string> SignatureAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var drafts = string.Join(';', (await services.GetRequiredService<IDraftService>().ListAsync(cancellationToken))
            .Where(d => AdoptedKinds.Contains(d.Kind) && d.Symbol.Length > 0)
            .OrderBy(d => d.Id)
            .Select(d => $"{d.Id:N}@{d.UpdatedUtc.Ticks}"));
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        var revisions = await db.Revisions.CountAsync(cancellationToken);
        var last = await db.Revisions.OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return $"{drafts}|{revisions}@{last:N}";
    }

    /// <summary>
    /// The paragraphs of the adopted drafts and revisions, with ids below zero so they never meet a corpus row's; none of a
    /// resolution the corpus already holds in that language (<paramref name="corpus"/>, its paragraphs).
    /// </summary>
    public static async Task<IReadOnlyList<Precedent>> ParagraphsAsync(IServiceProvider services, IEnumerable<Precedent> corpus, CancellationToken cancellationToken)
    {
        var drafts = services.GetRequiredService<IDraftService>();
        var adopted = new List<(string Symbol, Draft Draft, string? IssuedYear)>();
        var taken = corpus.Select(p => Key(p.Symbol, p.Language)).ToHashSet(StringComparer.Ordinal);
        foreach (var summary in (await drafts.ListAsync(cancellationToken)).Where(d => AdoptedKinds.Contains(d.Kind) && d.Symbol.Length > 0).OrderByDescending(d => d.UpdatedUtc).ThenBy(d => d.Id))
        {
            if (await drafts.LoadAsync(summary.Id, cancellationToken) is { } loaded && taken.Add(Key(loaded.Draft.Metadata.Symbol!, loaded.Draft.Language)))
            {
                adopted.Add((loaded.Draft.Metadata.Symbol!, loaded.Draft, null));
            }
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.Revisions.AsNoTracking()
                .Where(r => r.ContentJson.Contains(AdoptedResolutionInJson) || r.ContentJson.Contains(AdoptedDecisionInJson))
                .OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.Sequence)
                .ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => r.Symbol.Length > 0))
            {
                if (DraftJson.DeserializeVerbatim(row.ContentJson) is not { IsSuccess: true, Value: { Kind: DocumentKind.AdoptedResolution or DocumentKind.AdoptedDecision } draft }
                    || !taken.Add(Key(row.Symbol, draft.Language)))
                {
                    continue;
                }

                adopted.Add((row.Symbol, draft, row.IssuedUtc.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var result = new List<Precedent>();
        var id = 0L;
        foreach (var (symbol, draft, issuedYear) in adopted)
        {
            var labels = ParagraphLabels.Compute(draft);
            var date = IsoDate(draft.Metadata.Date) ?? issuedYear;
            foreach (var paragraph in draft.Paragraphs)
            {
                foreach (var node in new ParagraphNode[] { paragraph }.Concat(paragraph.Descendants()))
                {
                    if (string.IsNullOrWhiteSpace(node.Text))
                    {
                        continue;
                    }

                    result.Add(new Precedent(
                        --id, symbol, labels[node.Id].Label, draft.Language, node.Text.Trim(),
                        draft.Title, date, draft.Metadata.Body, draft.Metadata.Session, node.Id, paragraph.Kind, draft.Kind.IsDecision()));
                }
            }
        }

        return result;
    }

    // One resolution: its symbol (trimmed, case-blind) in one language.
    private static string Key(string symbol, string language) => symbol.Trim().ToUpperInvariant() + "\u001f" + language;

    // The masthead's date is free text; only an ISO date (or its year) orders and filters as the corpus's do.
    private static string? IsoDate(string? date) =>
        date is null ? null
        : DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", out _) ? date.Trim()
        : System.Text.RegularExpressions.Regex.Match(date, @"\b(19|20)\d\d\b") is { Success: true } year ? year.Value
        : null;
}
