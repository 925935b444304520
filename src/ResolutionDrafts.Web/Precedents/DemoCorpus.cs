namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// With <c>--demo</c> (Precedents:DemoCorpus), loads the small attributed demo set of adopted
/// resolutions shipped in DemoData/corpus (see its SOURCES.md) into an empty corpus at start, so the
/// agreed-language panel shows something beside the demo drafts. A corpus that has anything is left
/// alone: the user's own import is never mixed with the demo set.
/// </summary>
internal sealed class DemoCorpus(PrecedentSearch search, IConfiguration configuration, ILogger<DemoCorpus> logger) : IHostedService
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "DemoData", "corpus");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Precedents:DemoCorpus", false) || !System.IO.Directory.Exists(Directory) || search.ResolutionCount() > 0)
        {
            return;
        }

        var files = System.IO.Directory.GetFiles(Directory, "*.xml").Order(StringComparer.Ordinal).ToList();
        var report = await search.ImportAsync(files, null, cancellationToken);
        logger.LogInformation("Demo corpus: {Resolutions} adopted resolutions loaded (Source: United Nations; DemoData/corpus/SOURCES.md)", report.Resolutions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
