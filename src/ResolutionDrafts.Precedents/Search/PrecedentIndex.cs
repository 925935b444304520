namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// Finds the corpus paragraphs closest to a text, in memory: an inverted index from shingle to
/// paragraphs picks candidates (rare shingles first, weighted by how rare they are), then each
/// candidate is scored by <see cref="Similarity"/>; the same postings answer exact phrases
/// (<see cref="WithPhrase"/>). Built from the corpus database at start (or
/// after an import) and never written back, so every node of a deployment builds its own from the
/// same rows (docs/decisions/0007-precedent-search.md). Immutable once built: safe to share between
/// threads.
/// </summary>
public sealed class PrecedentIndex
{
    /// <summary>Scores below this are not precedents: a paragraph sharing only stock phrases with the text.</summary>
    public const double DefaultThreshold = 0.45;

    // Candidates scored exactly per query; enough that the right one survives the rough ranking.
    private const int Candidates = 200;

    private readonly Precedent[] precedents;
    private readonly int[][] shingles;
    private readonly Dictionary<string, ShingleIndex> languages;

    // The paragraphs an exact phrase must be read in PhraseText's form (marks, odd spacing); the rest are compared as they are.
    // Each paragraph's text as an exact phrase reads it (PhraseText), null where that is the text itself.
    private readonly string?[] phraseText;

    private PrecedentIndex(Precedent[] precedents, int[][] shingles, Dictionary<string, ShingleIndex> languages, string?[] phraseText)
    {
        this.precedents = precedents;
        this.shingles = shingles;
        this.languages = languages;
        this.phraseText = phraseText;
    }

    public int Count => precedents.Length;

    /// <summary>The bodies whose resolutions the index holds, by their one name (<see cref="Bodies"/>), alphabetically.</summary>
    public IReadOnlyList<string> Bodies { get; private init; } = [];

    public static PrecedentIndex Build(IEnumerable<Precedent> corpus)
    {
        var all = corpus.ToArray();
        var shingles = new int[all.Length][];
        var phraseText = new string?[all.Length];
        Parallel.For(0, all.Length, i =>
        {
            shingles[i] = Shingles.Of(all[i].Text);
            var read = PhraseText.Normalize(all[i].Text);
            phraseText[i] = string.Equals(read, all[i].Text, StringComparison.Ordinal) ? null : read;
        });
        var languages = all.Select((p, i) => (p.Language, i)).GroupBy(x => x.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ShingleIndex.Build(g.Select(x => x.i).ToArray(), shingles), StringComparer.Ordinal);
        return new PrecedentIndex(all, shingles, languages, phraseText)
        {
            Bodies = all.Select(p => Search.Bodies.Canonical(p.Body)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// The <paramref name="top"/> paragraphs most similar to <paramref name="text"/> scoring at least
    /// <paramref name="threshold"/>, best first, among those the filter allows. Without a language,
    /// the text's own script decides (Chinese or not).
    /// </summary>
    public IReadOnlyList<PrecedentHit> Find(string text, string? language = null, int top = 5, double threshold = DefaultThreshold, PrecedentFilter? filter = null)
    {
        var query = Shingles.Of(text);
        language ??= Shingles.LooksChinese(text) ? "zh" : "en";
        if (query.Length == 0 || top <= 0 || !languages.TryGetValue(language, out var index))
        {
            return [];
        }

        var hits = new List<PrecedentHit>();
        // A filter leaves fewer of the candidates, so more are gathered for it.
        var filtered = filter is { IsEmpty: false };
        foreach (var candidate in index.Candidates(query, filtered ? Candidates * 10 : Candidates))
        {
            if (filtered && !filter!.Allows(precedents[candidate]))
            {
                continue;
            }

            var score = Similarity(query, shingles[candidate]);
            if (score >= threshold)
            {
                hits.Add(new PrecedentHit(precedents[candidate], score));
            }
        }

        // Equal scores: the earlier adoption first (where the language was first agreed), then a stable order.
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Precedent.Date, StringComparer.Ordinal).ThenBy(h => h.Precedent.Id).Take(top).ToList();
    }

    /// <summary>
    /// The paragraphs holding <paramref name="phrase"/> word for word (case aside; runs of spaces in
    /// the phrase count as one), oldest adoption first: how often it was adopted, and when first.
    /// The postings narrow the paragraphs to those with every word pair of the phrase; each is then
    /// checked for the phrase itself.
    /// </summary>
    public IReadOnlyList<Precedent> WithPhrase(string phrase, string? language = null, PrecedentFilter? filter = null)
    {
        // The same words whatever footnote references, italic marks or spacing stand between them (PhraseText).
        var words = PhraseText.Normalize(phrase);
        if (words.Length == 0)
        {
            return [];
        }

        var inside = Shingles.Inside(words);
        return languages.Where(l => language is null || l.Key == language)
            .SelectMany(l => l.Value.WithAll(inside))
            .Where(i => (phraseText[i] ?? precedents[i].Text).Contains(words, StringComparison.OrdinalIgnoreCase))
            .Select(i => precedents[i])
            .Where(p => filter is null || filter.Allows(p))
            .OrderBy(p => p.Date, StringComparer.Ordinal).ThenBy(p => p.Symbol, StringComparer.Ordinal).ThenBy(p => p.Id)
            .ToList();
    }

    /// <summary>
    /// How close a paragraph is to the text typed, 0 to 1: mostly how much of the typed text the
    /// paragraph contains (so a few typed words find the paragraph they start), and partly how much of
    /// the paragraph the text covers (so, of two paragraphs containing it, the one without extra words
    /// ranks first). 1 only when both have the same shingles. Shingles count alike whatever their
    /// rarity: weighting them by rarity (tried) made every edited word's new, unseen pairs weigh most
    /// and lost 3 % of the edited paragraphs (ADR 0007).
    /// </summary>
    public static double Similarity(ReadOnlySpan<int> query, ReadOnlySpan<int> paragraph)
    {
        if (query.Length == 0 || paragraph.Length == 0)
        {
            return 0;
        }

        var shared = Shingles.Shared(query, paragraph);
        var containment = (double)shared / query.Length;
        var jaccard = (double)shared / (query.Length + paragraph.Length - shared);
        return (0.75 * containment) + (0.25 * jaccard);
    }
}
