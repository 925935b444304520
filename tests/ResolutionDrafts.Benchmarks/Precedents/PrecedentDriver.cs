using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ResolutionDrafts.Benchmarks.HubLoad;
using ResolutionDrafts.Precedents;
using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Benchmarks.Precedents;

/// <summary>
/// `-- precedents [--corpus DIR] [--queries N]`: issue 20's numbers on a corpus folder (by default the
/// shared GA corpus): import time and database size, index build time and memory, and the latency of
/// typing-sized queries and exact phrases in process (p50/p99/max). (The FTS5 trigram queries the engine
/// did not choose were timed by this driver until commit a084709; ADR 0007.) Queries are the first 4–20 words (English) or 8–40 characters (Chinese) of
/// paragraphs drawn at random (seeded), as a delegate typing the paragraph would have them; then whole
/// paragraphs (a delegate editing an existing one).
/// </summary>
public static class PrecedentDriver
{
    public static int Run(string[] args)
    {
        var corpus = Option(args, "--corpus") ?? DefaultCorpus();
        var count = int.Parse(Option(args, "--queries") ?? "2000", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), $"rd-precedents-bench-{Guid.NewGuid():N}.db");
        try
        {
            var watch = Stopwatch.StartNew();
            CorpusImportReport report;
            var lastRead = TimeSpan.Zero;
            using (var database = CorpusDatabase.Open(path))
            {
                // Progress is reported as each file is read, synchronously: the time after the last one is the write transaction.
                report = CorpusImporter.Import(database, [corpus], new SynchronousProgress(() => lastRead = watch.Elapsed));
            }

            var import = watch.Elapsed;
            SqliteConnection.ClearAllPools();
            var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
            Console.WriteLine($"import: {report.Resolutions} resolutions, {report.Paragraphs} paragraphs, {report.Skipped.Count} files skipped, {import.TotalSeconds:0.0} s, of which writing (one transaction) {(import - lastRead).TotalSeconds:0.0} s; database {size / 1024.0 / 1024:0.0} MB");

            using var db = CorpusDatabase.Open(path);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            watch.Restart();
            var precedents = db.Precedents();
            var load = watch.Elapsed;
            var index = PrecedentIndex.Build(precedents);
            var build = watch.Elapsed - load;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"index: read {precedents.Count} paragraphs in {load.TotalMilliseconds:0} ms, built in {build.TotalMilliseconds:0} ms; managed memory {(after - before) / 1024.0 / 1024:0.0} MB (rows and index)");

            foreach (var language in new[] { "en", "zh" })
            {
                var random = new Random(language == "en" ? 20 : 21);
                var queries = Queries(precedents, language, count, random);
                foreach (var q in queries.Take(50))
                {
                    index.Find(q, language);
                }

                var micros = Time(queries, q => index.Find(q, language).Count);
                Console.WriteLine($"find {language}: {queries.Count} queries, p50 {Percentiles.Milliseconds(micros, 50)} ms, p99 {Percentiles.Milliseconds(micros, 99)} ms, max {Percentiles.Milliseconds(micros, 100)} ms");

                var whole = precedents.Where(p => p.Language == language).Select(p => p.Text).OrderBy(_ => random.Next()).Take(count).ToList();
                var wholeMicros = Time(whole, q => index.Find(q, language).Count);
                Console.WriteLine($"find {language}, whole paragraphs: {whole.Count} queries, p50 {Percentiles.Milliseconds(wholeMicros, 50)} ms, p99 {Percentiles.Milliseconds(wholeMicros, 99)} ms, max {Percentiles.Milliseconds(wholeMicros, 100)} ms");

                var phrases = Time(queries.Take(200).ToList(), q => index.WithPhrase(q, language).Count);
                Console.WriteLine($"phrase {language}: 200 queries, p50 {Percentiles.Milliseconds(phrases, 50)} ms, p99 {Percentiles.Milliseconds(phrases, 99)} ms");
            }

            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"process: working set {process.WorkingSet64 / 1024 / 1024} MB, peak {process.PeakWorkingSet64 / 1024 / 1024} MB");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static List<string> Queries(IReadOnlyList<Precedent> precedents, string language, int count, Random random)
    {
        var paragraphs = precedents.Where(p => p.Language == language && p.Text.Length >= 40).ToList();
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var text = paragraphs[random.Next(paragraphs.Count)].Text;
            queries.Add(language == "zh"
                ? text[..Math.Min(text.Length, random.Next(8, 41))]
                : string.Join(' ', text.Split(' ').Take(random.Next(4, 21))));
        }

        return queries;
    }

    private static long[] Time(List<string> queries, Func<string, int> run)
    {
        var micros = new long[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run(queries[i]);
            micros[i] = (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(micros);
        return micros;
    }

    private sealed class SynchronousProgress(Action report) : IProgress<string>
    {
        public void Report(string value) => report();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string DefaultCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga");
            }
        }

        throw new DirectoryNotFoundException("ResolutionDrafts.sln not found above the benchmark directory; give --corpus DIR.");
    }
}
