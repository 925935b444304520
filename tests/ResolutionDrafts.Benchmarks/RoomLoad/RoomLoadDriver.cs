using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using ResolutionDrafts.Benchmarks.HubLoad;
using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Benchmarks.RoomLoad;

/// <summary>
/// `room-load` (issue 22, docs/benchmarks.md "The room"): what delegates reading along cost the
/// server. Typists (the .NET live client, as hub-load) type into one draft for S seconds with no
/// reader, then K Chromium pages open the draft as readers and the typists type S seconds more.
/// Server CPU and RSS come from /proc of the app's process; the difference between the two phases,
/// divided by K, is the cost of one watcher. A probe client types a unique marker twice a second;
/// each page notes when it sees it, which gives keystroke-to-visible latencies measured in the
/// pages. At the end every page must show the server's text. One JSON line on stdout; progress on stderr.
/// </summary>
public static class RoomLoadDriver
{
    private const double ProbesPerSecond = 2;
    private const double WarmupSeconds = 2;

    /// <summary>Before the first phase: the app's JIT and caches warm up on the same typing, unmeasured.</summary>
    private const double FirstWarmupSeconds = 10;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var (options, error) = RoomLoadOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        var server = options.ServerPid is { } pid ? new ServerProcess(pid) : ServerProcess.ListeningOn(options.Url.Port);
        if (server is null || !File.Exists($"/proc/{server.Pid}/stat"))
        {
            Console.Error.WriteLine($"room-load: no process listens on port {options.Url.Port} here (or it is not readable); give --server-pid.");
            return 2;
        }

        using var api = new DraftApiClient(options.Url);
        using var setup = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var cookies = new List<string>();
        foreach (var user in HubLoadOptions.DemoEditors.Skip(1))
        {
            using var other = new DraftApiClient(options.Url);
            cookies.Add(await other.SignInAsync(user, HubLoadOptions.DemoPassword, setup.Token));
        }

        string readerCookie;
        using (var reader = new DraftApiClient(options.Url))
        {
            readerCookie = await reader.SignInAsync(RoomLoadOptions.Reader, HubLoadOptions.DemoPassword, setup.Token);
        }

        cookies.Insert(0, await api.SignInAsync(HubLoadOptions.DemoEditors[0], HubLoadOptions.DemoPassword, setup.Token));
        var draftJson = RoomDraft.Json(options.Source, options.Paragraphs);
        var draftId = await api.CreateAsync(draftJson, setup.Token);
        foreach (var user in HubLoadOptions.DemoEditors.Skip(1))
        {
            await api.AddEditorAsync(draftId, user, setup.Token);
        }

        await api.AddMemberAsync(draftId, RoomLoadOptions.Reader, "Observer", setup.Token);
        var paragraphs = (await api.DraftAsync(draftId, setup.Token)).Paragraphs.Count;

        var sendTimes = new SendTimes();
        var typists = new List<LoadClient>();
        for (var i = 0; i < options.Typists; i++)
        {
            typists.Add(await LoadClient.ConnectAsync(options.Url, draftId, cookies[i % cookies.Count], sendTimes, options.Seed + i, setup.Token));
        }

        var probe = await Probe.ConnectAsync(options.Url, draftId, cookies[0], options.Seed - 1, setup.Token);
        IPlaywright? playwright = null;
        IBrowser? browser = null;
        var pages = new List<WatcherPage>();
        try
        {
            Console.Error.WriteLine($"room-load: draft {draftId} ({paragraphs} paragraphs), {options.Typists} typists at {options.Rate}/s, server pid {server.Pid}");
            var alone = await TypeAsync(options, typists, probe: null, server, FirstWarmupSeconds);
            Console.Error.WriteLine($"room-load: without watchers: {alone.CpuPct:F1} % of a core, {alone.RssMb:F0} MB");

            if (options.Watchers > 0)
            {
                playwright = await Playwright.CreateAsync();
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = "/usr/bin/chromium",
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
                });
                var opening = new List<double>();
                for (var i = 0; i < options.Watchers; i++)
                {
                    var started = Stopwatch.StartNew();
                    pages.Add(await WatcherPage.OpenAsync(browser, options.Url, readerCookie, draftId));
                    opening.Add(started.Elapsed.TotalMilliseconds);
                }

                // From the request to the document rendered by the live circuit and the live client joined.
                opening.Sort();
                Console.Error.WriteLine($"room-load: a page opened in {opening[0]:F0} ms at best, {opening[opening.Count / 2]:F0} ms median, {opening[^1]:F0} ms at worst");

                await Task.Delay(TimeSpan.FromSeconds(3)); // the circuits settle
            }

            var watched = await TypeAsync(options, typists, options.Watchers > 0 ? probe : null, server, WarmupSeconds);
            Console.Error.WriteLine($"room-load: with {options.Watchers} watchers: {watched.CpuPct:F1} % of a core, {watched.RssMb:F0} MB");

            var quiet = await QuietAsync(typists, probe);
            var serverDraft = await api.DraftAsync(draftId, CancellationToken.None);
            var converged = quiet && await AllShowAsync(pages, serverDraft);

            var latencies = new List<double>();
            var unseen = 0;
            foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
            {
                var seen = await page.SeenAsync();
                Console.Error.WriteLine($"room-load: watcher {number} saw {probe.Sent.Count(s => seen.ContainsKey(s.Marker))} of {probe.Sent.Count} markers, fetched the whole document {await page.RefetchesAsync()} times");
                foreach (var (marker, sent) in probe.Sent)
                {
                    if (seen.TryGetValue(marker, out var at))
                    {
                        latencies.Add(Math.Max(0, at - sent));
                    }
                    else
                    {
                        unseen++;
                    }
                }
            }

            latencies.Sort();
            if (unseen > 0)
            {
                Console.Error.WriteLine($"room-load: {unseen} marker sightings missing (a marker typed over before a page showed it, or a page that did not follow)");
            }

            int? k = options.Watchers > 0 ? options.Watchers : null;
            var result = new RoomLoadResult(
                options.Watchers,
                options.Typists,
                paragraphs,
                k is { } n ? Math.Round((watched.CpuPct - alone.CpuPct) / n, 2) : null,
                k is { } m ? Math.Round((watched.RssMb - alone.RssMb) / m, 2) : null,
                Percentile(latencies, 50),
                Percentile(latencies, 99),
                converged,
                Math.Round(watched.CpuPct, 1),
                Math.Round(watched.RssMb, 1));
            Console.WriteLine(JsonSerializer.Serialize(result, Json));
            return 0;
        }
        finally
        {
            foreach (var page in pages)
            {
                await page.DisposeAsync();
            }

            if (browser is not null)
            {
                await browser.CloseAsync();
            }

            playwright?.Dispose();
            await probe.DisposeAsync();
            await Task.WhenAll(typists.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>One phase: the typists (and the probe, if given) type for a warm-up and then S measured seconds.</summary>
    private static async Task<(double CpuPct, double RssMb)> TypeAsync(RoomLoadOptions options, List<LoadClient> typists, Probe? probe, ServerProcess server, double warmupSeconds)
    {
        var interval = (long)(Stopwatch.Frequency / options.Rate);
        var count = (int)Math.Round(options.Rate * (warmupSeconds + options.Seconds));
        var phases = new Random(options.Seed);
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;
        var measureFrom = start + (long)(warmupSeconds * Stopwatch.Frequency);
        typists.ForEach(c => c.MeasureFrom = measureFrom);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds((warmupSeconds + options.Seconds) * 3 + 30));
        var typing = typists.Select(c => c.RunScheduleAsync(start, (long)(phases.NextDouble() * interval), interval, count, stop.Token)).ToList();
        if (probe is not null)
        {
            typing.Add(probe.RunAsync(measureFrom, (int)Math.Round(ProbesPerSecond * options.Seconds), (long)(Stopwatch.Frequency / ProbesPerSecond), stop.Token));
        }

        var all = Task.WhenAll(typing);
        await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), measureFrom) is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        var cpuBefore = server.CpuSeconds();
        var wall = Stopwatch.StartNew();
        var rss = new List<double>();
        while (!all.IsCompleted)
        {
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1)));
            rss.Add(server.RssMb());
        }

        await all;
        var cpu = (server.CpuSeconds() - cpuBefore) / wall.Elapsed.TotalSeconds * 100;
        rss.Sort();
        return (cpu, rss.Count > 0 ? rss[rss.Count / 2] : server.RssMb());
    }

    private static async Task<bool> QuietAsync(List<LoadClient> typists, Probe probe)
    {
        try
        {
            await Task.WhenAll(typists.Select(c => c.WhenSynchronizedAsync(TimeSpan.FromSeconds(60))).Append(probe.WhenSynchronizedAsync(TimeSpan.FromSeconds(60))));
            return true;
        }
        catch (TimeoutException e)
        {
            Console.Error.WriteLine($"room-load: the typists did not all get their edits acknowledged: {e.Message}");
            return false;
        }
    }

    /// <summary>Every page shows every paragraph of the server's text, as the page prints it; pages get 15 s to catch up.</summary>
    private static async Task<bool> AllShowAsync(List<WatcherPage> pages, Draft serverDraft)
    {
        var expected = serverDraft.AllNodes().ToDictionary(n => n.Id, n => Printed(n.Text));
        var deadline = Stopwatch.StartNew();
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            while (true)
            {
                var shown = await page.ShownTextAsync();
                var differs = expected.Where(e => !shown.TryGetValue(e.Key, out var text) || text != e.Value).Select(e => e.Key).ToList();
                differs.AddRange(shown.Keys.Where(id => !expected.ContainsKey(id)));
                if (differs.Count == 0)
                {
                    break;
                }

                if (deadline.Elapsed > TimeSpan.FromSeconds(15))
                {
                    var first = differs[0];
                    Console.Error.WriteLine(
                        $"room-load: watcher {i + 1} differs from the server in {differs.Count} paragraphs, e.g. {first}: " +
                        $"the server has \"{expected.GetValueOrDefault(first)}\", the page shows \"{shown.GetValueOrDefault(first)}\"");
                    return false;
                }

                await Task.Delay(250);
            }
        }

        return true;
    }

    /// <summary>Text as the page prints it: footnote references as their numbers, whitespace collapsed.</summary>
    private static string Printed(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            string.Concat(FootnoteReferences.Split(text).Select(p => p.Footnote is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : p.Text)),
            @"\s+", " ").Trim();

    private static double? Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)], 1);

    /// <summary>A typist whose keystrokes are markers ("q17abcdz") the pages can recognise, each sent at a known time.</summary>
    private sealed class Probe(LiveDraftConnection connection, Random random) : IAsyncDisposable
    {
        public List<(string Marker, double SentEpochMs)> Sent { get; } = [];

        public static async Task<Probe> ConnectAsync(Uri url, Guid draftId, string cookie, int seed, CancellationToken cancellationToken)
        {
            var hub = LiveDraftConnection.Configure(new HubConnectionBuilder()
                    .WithUrl(url.AbsoluteUri.TrimEnd('/') + "/hubs/drafts", o =>
                    {
                        o.Transports = HttpTransportType.WebSockets;
                        o.Headers["Cookie"] = cookie;
                    }))
                .Build();
            return new Probe(await LiveDraftConnection.JoinAsync(hub, draftId, cancellationToken), new Random(seed));
        }

        public async Task RunAsync(long start, int count, long interval, CancellationToken cancellationToken)
        {
            for (var k = 0; k < count && !cancellationToken.IsCancellationRequested; k++)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start + k * interval);
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, cancellationToken);
                }

                var marker = $"q{Sent.Count}{string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('a' + random.Next(26))))}z";
                var sent = DateTime.UtcNow.Subtract(DateTime.UnixEpoch).TotalMilliseconds;
                var result = await connection.EditAsync(draft =>
                {
                    var nodes = draft.AllNodes().ToList();
                    var node = nodes[random.Next(nodes.Count)];
                    // At a space, so the marker stays one word of its own.
                    var position = random.Next(node.Text.Length + 1);
                    var at = position == 0 ? 0 : Math.Max(0, node.Text.LastIndexOf(' ', position - 1));
                    var edit = EditText.Splice(draft, node.Id, at, 0, $" {marker} ");
                    return edit.IsSuccess ? DomainResult<DraftOperation>.Ok(edit.Value!) : DomainResult<DraftOperation>.Fail(edit.Error!);
                });
                if (result.IsSuccess)
                {
                    Sent.Add((marker, sent));
                }
            }
        }

        public Task WhenSynchronizedAsync(TimeSpan timeout) => connection.WhenSynchronizedAsync(timeout);

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
