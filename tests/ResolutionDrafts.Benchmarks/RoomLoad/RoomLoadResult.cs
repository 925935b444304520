namespace ResolutionDrafts.Benchmarks.RoomLoad;

/// <summary>
/// One room-load run. Per watcher: the difference to the same run without watchers, divided by K
/// (null for K = 0). Latencies: from a typist's keystroke to the change showing in a page, over
/// every page. The last two give the whole server with the watchers, for the record.
/// </summary>
public sealed record RoomLoadResult(
    int Watchers,
    int Typists,
    int Paragraphs,
    double? ServerCpuPerWatcherPct,
    double? ServerRssPerWatcherMb,
    double? VisibleP50Ms,
    double? VisibleP99Ms,
    bool Converged,
    double ServerCpuPct,
    double ServerRssMb);
