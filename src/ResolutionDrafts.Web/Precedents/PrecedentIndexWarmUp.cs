namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// Builds the precedent index in the background once the app has started (after the demo set, if
/// any, is loaded), so the first search — the typing panel's or the search page's — does not pay the
/// one to two seconds the full corpus takes to index (ADR 0007). Start-up does not wait for it.
/// </summary>
internal sealed class PrecedentIndexWarmUp(PrecedentSearch search) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Whichever comes first: the index is built, or the app stops (the build itself cannot be cut short).
        await Task.WhenAny(search.WarmUpAsync(stoppingToken), Task.Delay(Timeout.Infinite, stoppingToken));
    }
}
