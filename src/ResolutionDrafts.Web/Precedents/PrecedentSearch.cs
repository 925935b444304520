using ResolutionDrafts.Precedents;
using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;
using ResolutionDrafts.Web.Extensions;

namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// The precedent corpus in the app's database (tables `corpus_*`, filled by `rd corpus import` with
/// the app's database file, by /admin/corpus, or on PostgreSQL in the shared database): the
/// similarity index, built from the rows on first use and kept for the life of the process
/// (ADR 0007), which also answers exact phrases. It is built in the background at start
/// (<see cref="PrecedentIndexWarmUp"/>) and after an import (<see cref="WarmUpAsync"/>), so the first
/// search finds it ready; a search that comes before it is ready waits for it. On several nodes, an
/// import on one node is seen by the others after <see cref="Reload"/> or a restart (each node's index
/// is its own). Asynchronous all the way: building the index reads the adopted drafts through their
/// live sessions, and a caller waits for that without holding a thread.
/// </summary>
public sealed class PrecedentSearch(IServiceProvider services, IConfiguration configuration, ILogger<PrecedentSearch> logger)
{
    /// <summary>
    /// How often a search asks the database whether the corpus grew (another node imported): one
    /// count of resolutions, at most this often (Precedents:RefreshInterval, default 30 s).
    /// </summary>
    private readonly TimeSpan refreshInterval = configuration.GetValue("Precedents:RefreshInterval", TimeSpan.FromSeconds(30));
    private readonly SemaphoreSlim gate = new(1, 1);
    private PrecedentIndex? index;
    private int generation;
    private long indexedResolutions;
    private string indexedAppResolutions = "";
    private long checkedAt;

    /// <summary>The paragraphs closest to the text, best first; none when the corpus is empty.</summary>
    public async Task<IReadOnlyList<PrecedentHit>> FindAsync(string text, string? language, int top = 5, PrecedentFilter? filter = null, CancellationToken cancellationToken = default) =>
        (await IndexAsync(cancellationToken)).Find(text, language, top, filter: filter);

    /// <summary>The paragraphs holding the phrase word for word, oldest adoption first.</summary>
    public async Task<IReadOnlyList<Precedent>> WithPhraseAsync(string phrase, string? language, PrecedentFilter? filter = null, CancellationToken cancellationToken = default) =>
        (await IndexAsync(cancellationToken)).WithPhrase(phrase, language, filter);

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
        logger.LogInformation("Corpus import: {Resolutions} resolutions and {Decisions} decisions, {Paragraphs} paragraphs, {Skipped} files skipped", report.Resolutions, report.Decisions, report.Paragraphs, report.Skipped.Count);
        Reload();
        _ = WarmUpAsync(CancellationToken.None);
        return report;
    }

    /// <summary>Whether the index is built: a search now would not wait for it.</summary>
    public bool IsReady => Volatile.Read(ref index) is not null;

    /// <summary>
    /// Builds the index if it is not built (at start, after an import); completes when it is ready. A
    /// failure (the corpus cannot be read) is logged and left for the next search to meet.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Run(() => IndexAsync(cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            logger.LogWarning(e, "The precedent index could not be built in the background; the next search tries again");
        }
    }

    /// <summary>How many resolutions the corpus tables hold (not counting those adopted in the app), without building the index.</summary>
    public long ResolutionCount()
    {
        using var database = Open();
        return database.ResolutionCount();
    }

    /// <summary>How many paragraphs the index holds (0: no corpus imported).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) => (await IndexAsync(cancellationToken)).Count;

    /// <summary>The bodies whose resolutions the corpus holds, by one name each (for the search page's filter).</summary>
    public async Task<IReadOnlyList<string>> BodiesAsync(CancellationToken cancellationToken = default) => (await IndexAsync(cancellationToken)).Bodies;

    /// <summary>Forgets the index, so the next search reads the rows again (after an import); an index being built meanwhile is not kept.</summary>
    public void Reload()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref index, null);
    }

    /// <summary>
    /// The index, built on first use and again when the corpus changed. A caller's token stops only its
    /// own wait: the build itself runs to the end for whoever asks next (a typist's search is cancelled
    /// at every key while the first index takes a second or two to build).
    /// </summary>
    private async Task<PrecedentIndex> IndexAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var built = Volatile.Read(ref index);
            if (built is not null && System.Diagnostics.Stopwatch.GetElapsedTime(checkedAt) >= refreshInterval)
            {
                checkedAt = System.Diagnostics.Stopwatch.GetTimestamp();
                using var database = Open();
                if (database.ResolutionCount() != indexedResolutions || await AppResolutions.SignatureAsync(services, CancellationToken.None) != indexedAppResolutions)
                {
                    logger.LogInformation("Precedent corpus changed (an import on another node, or a resolution adopted in the app); rebuilding the index");
                    built = null;
                }
            }

            if (built is null)
            {
                var started = Volatile.Read(ref generation);
                using var database = Open();
                indexedResolutions = database.ResolutionCount();
                indexedAppResolutions = await AppResolutions.SignatureAsync(services, CancellationToken.None);
                var corpus = database.Precedents();
                var adopted = await AppResolutions.ParagraphsAsync(services, corpus, CancellationToken.None);
                built = PrecedentIndex.Build(corpus.Concat(adopted));
                checkedAt = System.Diagnostics.Stopwatch.GetTimestamp();
                logger.LogInformation("Precedent index: {Count} paragraphs, {Adopted} of them from resolutions adopted in the app", built.Count, adopted.Count);
                if (started == Volatile.Read(ref generation))
                {
                    Volatile.Write(ref index, built);
                }
            }

            return built;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The corpus tables in the app's own database: the SQLite file, or, with Storage:Provider=postgres,
    /// the PostgreSQL database every node shares (each node builds its own index from it).
    /// </summary>
    private CorpusDatabase Open() =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ResolutionDrafts.Web.Data.StorageOptions>>().Value.Provider == ResolutionDrafts.Web.Data.StorageOptions.Postgres
            ? CorpusDatabase.Open(new Npgsql.NpgsqlConnection(StorageExtensions.PostgresConnectionString(services)), CorpusDialect.Postgres)
            : CorpusDatabase.Open(StorageExtensions.DatabasePath(services));
}
