using System.Diagnostics;
using System.Text.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// `hub-load`: N live clients editing one draft, or K drafts, at a fixed rate, through one app node
/// or several (issues 6 and 15, docs/benchmarks.md "Co-editing"). Connects, types on schedule, waits for quiet, then checks every replica against
/// the server and every acknowledged submission against the change log, and prints one JSON line
/// on stdout. Progress goes to stderr.
/// </summary>
public static class HubLoadDriver
{
    private const int ConnectingAtOnce = 8;
    private static readonly TimeSpan QuietTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan QuietStep = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var (options, error) = HubLoadOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        using var api = new DraftApiClient(options.Url);
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(60 + options.Clients));
        var (draftIds, cookies) = await PrepareAsync(options, api, connecting.Token);
        var sendTimes = new SendTimes();
        var clients = await ConnectAsync(options, draftIds, cookies, sendTimes, connecting.Token);
        try
        {
            Console.Error.WriteLine($"hub-load: {clients.Count} clients on {draftIds.Count} draft(s) ({draftIds[0]}…) through {options.Urls.Count} node(s), {options.Rate}/s each for {options.WarmupSeconds} s warm-up + {options.Seconds} s (seed {options.Seed})");
            var result = await MeasureAsync(options, draftIds, api, clients);
            Console.WriteLine(JsonSerializer.Serialize(result, Json));
            return 0;
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>
    /// Signs in (once per user, as people do; a sign-in on one node holds on every node) and creates
    /// the drafts unless one was given; the clients share their user's cookie.
    /// </summary>
    private static async Task<(IReadOnlyList<Guid> DraftIds, IReadOnlyList<string> Cookies)> PrepareAsync(HubLoadOptions options, DraftApiClient api, CancellationToken cancellationToken)
    {
        if (options.User is not null)
        {
            var cookie = await api.SignInAsync(options.User, options.Password!, cancellationToken);
            if (options.DraftId is { } given)
            {
                return ([given], [cookie]);
            }

            var own = new List<Guid>();
            for (var k = 0; k < options.Drafts; k++)
            {
                own.Add(await api.CreateAsync(DraftApiClient.DemoDraftJson(), cancellationToken));
            }

            return (own, [cookie]);
        }

        var cookies = new List<string>();
        foreach (var user in HubLoadOptions.DemoEditors.Skip(1))
        {
            using var other = new DraftApiClient(options.Url);
            cookies.Add(await other.SignInAsync(user, HubLoadOptions.DemoPassword, cancellationToken));
        }

        // The secretariat signs in last, so the API client stays signed in as it for the checks after the run.
        cookies.Insert(0, await api.SignInAsync(HubLoadOptions.DemoEditors[0], HubLoadOptions.DemoPassword, cancellationToken));
        var draftIds = new List<Guid>();
        for (var k = 0; k < (options.DraftId is null ? options.Drafts : 1); k++)
        {
            var draftId = options.DraftId ?? await api.CreateAsync(DraftApiClient.DemoDraftJson(), cancellationToken);
            foreach (var user in HubLoadOptions.DemoEditors.Skip(1))
            {
                await api.AddEditorAsync(draftId, user, cancellationToken);
            }

            draftIds.Add(draftId);
        }

        return (draftIds, cookies);
    }

    /// <summary>Client i types in draft i mod K through node (i div K) mod N: every draft has typists on every node.</summary>
    private static (Guid DraftId, Uri Url) Placement(HubLoadOptions options, IReadOnlyList<Guid> draftIds, int client) =>
        (draftIds[client % draftIds.Count], options.Urls[client / draftIds.Count % options.Urls.Count]);

    private static async Task<List<LoadClient>> ConnectAsync(HubLoadOptions options, IReadOnlyList<Guid> draftIds, IReadOnlyList<string> cookies, SendTimes sendTimes, CancellationToken cancellationToken)
    {
        // A few at a time: each join sends the whole draft and tells everyone already there.
        using var gate = new SemaphoreSlim(ConnectingAtOnce);
        var tasks = Enumerable.Range(0, options.Clients).Select(async i =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var (draftId, url) = Placement(options, draftIds, i);
                return await LoadClient.ConnectAsync(url, draftId, cookies[i % cookies.Count], sendTimes, options.Seed + i, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. await Task.WhenAll(tasks)];
    }

    private static async Task<HubLoadResult> MeasureAsync(HubLoadOptions options, IReadOnlyList<Guid> draftIds, DraftApiClient api, List<LoadClient> clients)
    {
        using var sampling = new CancellationTokenSource();
        var rss = SampleRssAsync(api, sampling.Token);

        // Open loop: each client's edits are due at fixed times, spread by a random phase. The
        // warm-up is typed the same way, without a pause, and left out of counts and latencies.
        var interval = (long)(Stopwatch.Frequency / options.Rate);
        var count = (int)Math.Round(options.Rate * (options.WarmupSeconds + options.Seconds));
        var phases = new Random(options.Seed);
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;
        var measureFrom = start + (long)(options.WarmupSeconds * Stopwatch.Frequency);
        clients.ForEach(c => c.MeasureFrom = measureFrom);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds((options.WarmupSeconds + options.Seconds) * 3 + 30));
        var typing = Task.WhenAll(clients.Select(c => c.RunScheduleAsync(start, (long)(phases.NextDouble() * interval), interval, count, stop.Token)));
        var untilMeasured = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), measureFrom);
        if (untilMeasured > TimeSpan.Zero)
        {
            await Task.Delay(untilMeasured);
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await typing;
        var typingSeconds = wall.Elapsed.TotalSeconds;
        var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / typingSeconds;

        // Each draft on its own: its clients (on whichever node) against its server text and change log.
        var converged = true;
        var lost = 0;
        var loggedCount = 0;
        for (var k = 0; k < draftIds.Count; k++)
        {
            var draftId = draftIds[k];
            var ofDraft = clients.Where((_, i) => Placement(options, draftIds, i).DraftId == draftId).ToList();
            var quiet = await WaitForQuietAsync(draftId, api, ofDraft);
            var server = DraftCanonicalForm.Of(await api.DraftAsync(draftId, CancellationToken.None));
            var replicas = await Task.WhenAll(ofDraft.Select(c => c.SnapshotAsync()));
            converged &= quiet && replicas.All(r => DraftCanonicalForm.Of(r.Draft) == server);
            ReportDivergence(ofDraft, replicas, await api.DraftAsync(draftId, CancellationToken.None));

            var logged = (await api.LogAsync(draftId, CancellationToken.None)).Select(e => (e.ClientId, e.ClientSeq)).ToHashSet();
            loggedCount += logged.Count;
            lost += ofDraft.Sum(c => c.AckedSeqs.Count(seq => !logged.Contains((c.ClientId, seq))));
        }

        await sampling.CancelAsync();
        var peakRss = await rss;

        var ack = clients.SelectMany(c => c.AckMicros).Order().ToArray();
        var remote = clients.SelectMany(c => c.RemoteMicros).Order().ToArray();
        Console.Error.WriteLine(
            $"hub-load: typing took {typingSeconds:F1} s; driver CPU {driverCpu:F2} cores; worst start lag {clients.Max(c => c.MaxStartLagMicros) / 1000.0:F1} ms; " +
            $"{loggedCount} log entries; {clients.Sum(c => c.Refusals.Count)} refusals; {clients.Sum(c => c.SlowDowns)} slow-downs (sent again); {clients.Sum(c => c.Anomalies)} anomalies; " +
            $"ack max {(ack.Length > 0 ? ack[^1] / 1000.0 : 0):F1} ms; remote max {(remote.Length > 0 ? remote[^1] / 1000.0 : 0):F1} ms");
        foreach (var reason in clients.SelectMany(c => c.Refusals).Distinct().Take(5))
        {
            Console.Error.WriteLine($"hub-load: refused: {reason}");
        }

        return new HubLoadResult(
            clients.Count,
            clients.Sum(c => c.EditsMade),
            clients.Sum(c => c.EditsAcked),
            Percentiles.Milliseconds(ack, 50),
            Percentiles.Milliseconds(ack, 99),
            Percentiles.Milliseconds(remote, 50),
            Percentiles.Milliseconds(remote, 99),
            converged,
            lost,
            peakRss,
            draftIds.Count,
            options.Urls.Count);
    }

    /// <summary>Says which clients ended with another text than the server's, where, and at what revision: a divergence is a bug to find.</summary>
    private static void ReportDivergence(List<LoadClient> clients, (Draft Draft, int Revision, ClientState State)[] replicas, Draft server)
    {
        var texts = server.AllNodes().ToDictionary(n => n.Id, n => n.Text);
        foreach (var (client, replica) in clients.Zip(replicas))
        {
            var differs = replica.Draft.AllNodes().Where(n => !texts.TryGetValue(n.Id, out var text) || text != n.Text).ToList();
            if (differs.Count == 0)
            {
                continue;
            }

            var node = differs[0];
            var theirs = texts.GetValueOrDefault(node.Id) ?? "(no such paragraph)";
            var at = Enumerable.Range(0, Math.Min(theirs.Length, node.Text.Length)).FirstOrDefault(i => theirs[i] != node.Text[i], Math.Min(theirs.Length, node.Text.Length));
            string Near(string text) => text.Substring(Math.Max(0, at - 20), Math.Min(text.Length - Math.Max(0, at - 20), 50));
            Console.Error.WriteLine(
                $"hub-load: client {client.ClientId} at revision {replica.Revision} ({replica.State}) differs in {differs.Count} paragraph(s); in {node.Id} from character {at}: " +
                $"server \"{Near(theirs)}\" ({theirs.Length}), client \"{Near(node.Text)}\" ({node.Text.Length})");
        }
    }

    /// <summary>
    /// Every client has its changes acknowledged and has applied every revision the server logged.
    /// An overloaded app may take minutes to work off its backlog, so the wait goes on as long as
    /// the clients make progress and gives up (not converged) only after <see cref="QuietTimeout"/>
    /// without any.
    /// </summary>
    private static async Task<bool> WaitForQuietAsync(Guid draftId, DraftApiClient api, List<LoadClient> clients)
    {
        var progress = await ProgressAsync(clients);
        var stalled = TimeSpan.Zero;
        while (true)
        {
            try
            {
                await Task.WhenAll(clients.Select(c => c.WhenSynchronizedAsync(QuietStep)));
                break;
            }
            catch (TimeoutException e)
            {
                var now = await ProgressAsync(clients);
                stalled = now > progress ? TimeSpan.Zero : stalled + QuietStep;
                progress = now;
                if (stalled >= QuietTimeout)
                {
                    Console.Error.WriteLine($"hub-load: no progress for {QuietTimeout.TotalSeconds:F0} s: {e.Message}");
                    return false;
                }
            }
        }

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < QuietTimeout)
        {
            var log = await api.LogAsync(draftId, CancellationToken.None);
            var serverRevision = log.Count > 0 ? log[^1].Revision : 0;
            var revisions = await Task.WhenAll(clients.Select(async c => (await c.SnapshotAsync()).Revision));
            if (revisions.All(r => r == serverRevision))
            {
                return true;
            }

            await Task.Delay(100);
        }

        Console.Error.WriteLine("hub-load: clients did not all reach the server's revision");
        return false;
    }

    /// <summary>Acknowledged edits and applied revisions, summed over the clients: grows while the backlog is worked off.</summary>
    private static async Task<long> ProgressAsync(List<LoadClient> clients)
    {
        var revisions = await Task.WhenAll(clients.Select(async c => (long)(await c.SnapshotAsync()).Revision));
        return revisions.Sum() + clients.Sum(c => (long)c.EditsAcked);
    }

    /// <summary>The app's peak resident memory, sampled once a second until the run is over.</summary>
    private static async Task<double?> SampleRssAsync(DraftApiClient api, CancellationToken cancellationToken)
    {
        double? peak = null;
        for (var i = 0; i < 3_600 && !cancellationToken.IsCancellationRequested; i++)
        {
            var rss = await api.RssMbAsync(CancellationToken.None);
            peak = rss is null ? peak : Math.Max(peak ?? 0, rss.Value);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        var last = await api.RssMbAsync(CancellationToken.None);
        return last is null ? peak : Math.Max(peak ?? 0, last.Value);
    }
}
