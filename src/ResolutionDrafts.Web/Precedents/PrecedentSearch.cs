using ResolutionDrafts.Precedents;
using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;
using ResolutionDrafts.Web.Extensions;

namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// The precedent corpus in the app's database (tables `corpus_*`, filled by `rd corpus import` with
/// the app's database file): the similarity index, built from the rows on first use and kept for
/// the life of the process (ADR 0007), which also answers exact phrases.
/// </summary>
public sealed class PrecedentSearch(IServiceProvider services, ILogger<PrecedentSearch> logger)
{
    private readonly Lock gate = new();
    private PrecedentIndex? index;

    /// <summary>The paragraphs closest to the text, best first; none when the corpus is empty.</summary>
    public IReadOnlyList<PrecedentHit> Find(string text, string? language, int top = 5, PrecedentFilter? filter = null) =>
        Index().Find(text, language, top, filter: filter);

    /// <summary>The paragraphs holding the phrase word for word, oldest adoption first.</summary>
    public IReadOnlyList<Precedent> WithPhrase(string phrase, string? language, PrecedentFilter? filter = null) =>
        Index().WithPhrase(phrase, language, filter);

    /// <summary>The paragraph in the resolution's other languages.</summary>
    public IReadOnlyList<Precedent> Versions(Precedent precedent)
    {
        using var database = Open();
        return database.Versions(precedent);
    }

    /// <summary>
    /// Imports folders or zips on the server into the corpus (one transaction, after every file is
    /// read), then forgets the index so the next search sees the new paragraphs.
    /// </summary>
    public async Task<CorpusImportReport> ImportAsync(IReadOnlyList<string> paths, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var report = await Task.Run(
            () =>
            {
                using var database = Open();
                return CorpusImporter.Import(database, paths, progress);
            },
            cancellationToken);
        logger.LogInformation("Corpus import: {Resolutions} resolutions, {Paragraphs} paragraphs, {Skipped} files skipped", report.Resolutions, report.Paragraphs, report.Skipped.Count);
        Reload();
        return report;
    }

    /// <summary>How many paragraphs the index holds (0: no corpus imported).</summary>
    public int Count => Index().Count;

    /// <summary>Forgets the index, so the next search reads the rows again (after an import).</summary>
    public void Reload()
    {
        lock (gate)
        {
            index = null;
        }
    }

    private PrecedentIndex Index()
    {
        lock (gate)
        {
            if (index is null)
            {
                using var database = Open();
                index = PrecedentIndex.Build(database.Precedents());
                logger.LogInformation("Precedent index: {Count} paragraphs", index.Count);
            }

            return index;
        }
    }

    private CorpusDatabase Open() => CorpusDatabase.Open(StorageExtensions.DatabasePath(services));
}
