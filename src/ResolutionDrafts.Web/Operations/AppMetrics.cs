using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// The app's own instruments (meter "ResolutionDrafts"), exported for Prometheus at /metrics
/// (docs/operations.md, "Monitor"). One per app: tests running several apps in one process each see
/// their own. Counts only: no draft text, no user names, no draft ids in tags.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "ResolutionDrafts";
    private const int MaxPending = 50_000;

    private readonly Meter meter;
    private readonly UpDownCounter<int> connectedClients;
    private readonly Counter<long> operationsApplied;
    private readonly Histogram<int> batchSize;
    private readonly Histogram<double> ackLatency;
    private readonly Counter<long> operationsRefused;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> imports;
    private readonly Counter<long> exports;
    private readonly Histogram<double> exportDuration;
    private readonly Histogram<double> importDuration;

    // When each live change arrived, until its acknowledgement goes out: (client id, sequence number).
    private readonly ConcurrentDictionary<(string ClientId, long ClientSeq), long> pending = new();

    public AppMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        connectedClients = meter.CreateUpDownCounter<int>("rd.clients.connected", "{connection}", "Live connections to the drafts hub.");
        operationsApplied = meter.CreateCounter<long>("rd.operations.applied", "{operation}", "Live changes applied, saved and sent (rate: operations per second).");
        batchSize = meter.CreateHistogram("rd.batch.size", "{operation}", "Operations saved and sent together in one batch.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200] });
        ackLatency = meter.CreateHistogram("rd.ack.latency", "ms", "From a change reaching the hub to its acknowledgement being sent (saved first).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 250, 500, 1000, 2500, 5000] });
        operationsRefused = meter.CreateCounter<long>("rd.operations.refused", "{operation}", "Live changes refused, by reason.");
        rateLimited = meter.CreateCounter<long>("rd.rate_limit.rejections", "{request}", "Requests and hub messages refused for going over a rate limit, by where.");
        imports = meter.CreateCounter<long>("rd.imports", "{document}", "Documents imported as new drafts.");
        exports = meter.CreateCounter<long>("rd.exports", "{document}", "Downloads made (DOCX, AKN, comparisons), by kind.");
        exportDuration = meter.CreateHistogram("rd.export.duration", "ms", "How long a download took to make, by kind.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
        importDuration = meter.CreateHistogram("rd.import.duration", "ms", "How long reading an uploaded file took, by kind (draft, word-markup) and outcome (read, refused).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
    }

    /// <summary>Registers the gauge of open sessions, read from <paramref name="count"/> at each scrape.</summary>
    public void ObserveOpenSessions(Func<int> count) =>
        meter.CreateObservableGauge("rd.sessions.open", count, "{session}", "Drafts with a live session on this node.");

    public void ClientConnected() => connectedClients.Add(1);

    public void ClientDisconnected() => connectedClients.Add(-1);

    public void Received(string clientId, long clientSeq)
    {
        if (pending.Count >= MaxPending)
        {
            pending.Clear(); // refused changes are never acknowledged; don't keep them for ever
        }

        pending[(clientId, clientSeq)] = Stopwatch.GetTimestamp();
    }

    public void BatchSent(IEnumerable<(string ClientId, long ClientSeq)> operations)
    {
        var count = 0;
        foreach (var operation in operations)
        {
            count++;
            if (pending.TryRemove(operation, out var received))
            {
                ackLatency.Record(Stopwatch.GetElapsedTime(received).TotalMilliseconds);
            }
        }

        operationsApplied.Add(count);
        batchSize.Record(count);
    }

    public void Refused(string reason, string clientId = "", long clientSeq = 0)
    {
        operationsRefused.Add(1, new KeyValuePair<string, object?>("reason", reason));
        pending.TryRemove((clientId, clientSeq), out _);
    }

    public void RateLimited(string where) => rateLimited.Add(1, new KeyValuePair<string, object?>("where", where));

    public void Imported() => imports.Add(1);

    /// <summary>An uploaded file read (<paramref name="read"/>) or refused, and how long that took: a new draft's document or a marked-up Word file.</summary>
    public void ImportRead(string kind, bool read, TimeSpan took) =>
        importDuration.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", read ? "read" : "refused"));

    public void Exported(string kind, TimeSpan took)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        exports.Add(1, tag);
        exportDuration.Record(took.TotalMilliseconds, tag);
    }
}
