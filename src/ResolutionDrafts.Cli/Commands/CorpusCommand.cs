using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd corpus import DIR... [--db FILE]`: adopted resolutions (AKN) into a precedent corpus;
/// `rd corpus find --db FILE "text" [--lang en|zh] [--top N] [--json]` or `--queries FILE`: the closest
/// agreed language; `rd corpus phrase --db FILE "words" [--lang en|zh]`: how often a phrase was adopted,
/// and when first. Without --db, the app's database (Storage__DatabasePath) is used. A PostgreSQL
/// deployment's corpus (ADR 0007: the corpus tables in the shared database) is named as the app names
/// it — `--provider postgres` or Storage__Provider=postgres, with `--connection "Host=…"` or
/// ConnectionStrings__Drafts (better: the password stays out of the process list); its nodes see an
/// import within Precedents:RefreshInterval, without a restart.
/// </summary>
internal sealed class CorpusCommand : RdCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override string Name => "corpus";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        // The options belong to `corpus` and hold for each of its verbs, wherever they stand.
        var db = new Option<string?>("--db") { Description = "The corpus database (a SQLite file; the app's own database works). Default: Storage__DatabasePath.", HelpName = "FILE", Recursive = true };
        var language = OneOf(new Option<string?>("--lang") { Description = "Only paragraphs in this language.", Recursive = true }, StringComparison.Ordinal, "en", "zh");
        var top = new Option<string?>("--top") { Description = "How many hits to give, 1 to 100 (default 5).", HelpName = "N", Recursive = true };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && Top(value) is null)
            {
                result.AddError($"--top is a number from 1 to 100, not '{value}'");
            }
        });
        var json = Flag("--json", "One JSON object per hit (symbol, label, language, text, score, date).");
        json.Recursive = true;
        var queries = new Option<string?>("--queries") { Description = "A file of queries, one a line: one JSON line per query (query, hits, ms).", HelpName = "FILE", Recursive = true };
        var provider = OneOf(new Option<string?>("--provider") { Description = "sqlite (default) or postgres: a PostgreSQL deployment's corpus. Default: Storage__Provider.", Recursive = true }, StringComparison.Ordinal, "sqlite", "postgres");
        var connection = new Option<string?>("--connection") { Description = "The PostgreSQL connection string (with --provider postgres). Default: ConnectionStrings__Drafts, which keeps the password out of the process list.", HelpName = "STRING", Recursive = true };

        var folders = new Argument<string[]>("DIR") { Description = "Folders, files or zips of Akoma Ntoso files (e.g. a UNxml checkout).", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Adopted resolutions into the corpus, in one transaction; every file skipped is listed on stderr with the reason.") { folders };
        var text = new Argument<string?>("TEXT") { Description = "The text to find agreed language for.", Arity = ArgumentArity.ZeroOrOne };
        var find = new Command("find", "The closest agreed language: the corpus paragraphs most similar to the text (or to each line of --queries).") { text };
        find.Validators.Add(result =>
        {
            if (result.GetValue(text) is null == result.GetValue(queries) is null)
            {
                result.AddError("give one TEXT or --queries FILE");
            }
        });
        var words = new Argument<string>("WORDS") { Description = "The exact phrase." };
        var phrase = new Command("phrase", "How often an exact phrase was adopted: the paragraphs holding it, oldest first.") { words };

        CorpusOptions Options(ParseResult parsed, IReadOnlyList<string> texts) =>
            new(parsed.GetValue(db), parsed.GetValue(language), parsed.GetValue(top) is { } n ? Top(n)!.Value : 5, parsed.GetValue(json), parsed.GetValue(queries), texts,
                parsed.GetValue(provider), parsed.GetValue(connection));
        import.SetAction(parsed => RunVerb("import", Options(parsed, parsed.GetValue(folders)!), stdout, stderr));
        find.SetAction(parsed => RunVerb("find", Options(parsed, parsed.GetValue(text) is { } t ? [t] : []), stdout, stderr));
        phrase.SetAction(parsed => RunVerb("phrase", Options(parsed, [parsed.GetValue(words)!]), stdout, stderr));
        return new Command(Name, "The precedent corpus: import adopted resolutions, find the closest agreed language, count an exact phrase.")
        {
            db, language, top, json, queries, provider, connection, import, find, phrase,
        };
    }

    private static int? Top(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100 ? n : null;

    private static int RunVerb(string verb, CorpusOptions options, TextWriter stdout, TextWriter stderr)
    {
        var provider = options.Provider ?? Environment.GetEnvironmentVariable("Storage__Provider") ?? "sqlite";
        Func<CorpusDatabase> open;
        if (provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = options.Connection ?? Environment.GetEnvironmentVariable("ConnectionStrings__Drafts");
            if (options.Database is not null || string.IsNullOrWhiteSpace(connection))
            {
                stderr.WriteLine(options.Database is not null
                    ? "rd corpus: --db names a SQLite file; a PostgreSQL corpus is named by --connection (or ConnectionStrings__Drafts)."
                    : "rd corpus: give the PostgreSQL database with --connection \"Host=…;Database=…;Username=…\" (or set ConnectionStrings__Drafts as for the app).");
                return CommandRunner.UsageError;
            }

            open = () => CorpusDatabase.Open(new Npgsql.NpgsqlConnection(connection), CorpusDialect.Postgres);
        }
        else if (provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase) && options.Connection is null)
        {
            var db = options.Database ?? Environment.GetEnvironmentVariable("Storage__DatabasePath");
            if (string.IsNullOrEmpty(db))
            {
                stderr.WriteLine("rd corpus: give the corpus database with --db FILE (or set Storage__DatabasePath to the app's database).");
                return CommandRunner.UsageError;
            }

            if (verb != "import" && !File.Exists(db))
            {
                stderr.WriteLine($"rd corpus: {db}: no such corpus database");
                return CommandRunner.BadInput;
            }

            open = () => CorpusDatabase.Open(db);
        }
        else
        {
            stderr.WriteLine(options.Connection is not null
                ? "rd corpus: --connection is for a PostgreSQL corpus: add --provider postgres."
                : $"rd corpus: Storage__Provider is '{provider}'; it can be sqlite or postgres.");
            return CommandRunner.UsageError;
        }

        try
        {
            return verb switch
            {
                "import" => Import(open, options, stdout, stderr),
                "find" => Find(open, options, stdout, stderr),
                _ => Phrase(open, options, stdout),
            };
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException && provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            // An unreachable server, a wrong password, a malformed connection string: one line, nothing imported.
            stderr.WriteLine($"rd corpus: the PostgreSQL database could not be used: {DraftFiles.OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }
    }

    private static int Import(Func<CorpusDatabase> open, CorpusOptions options, TextWriter stdout, TextWriter stderr)
    {
        using var database = open();
        var report = CorpusImporter.Import(database, options.Texts);
        foreach (var skipped in report.Skipped)
        {
            stderr.WriteLine($"skipped: {skipped.Path}: {skipped.Reason}");
        }

        stdout.WriteLine($"imported {AdoptedTexts.Count(report.Resolutions, report.Decisions)} ({AdoptedTexts.Of(report.Paragraphs, "paragraph", "paragraphs")}); skipped {AdoptedTexts.Of(report.Skipped.Count, "file", "files")}");
        return report.Texts == 0 && report.Skipped.Count > 0 ? CommandRunner.BadInput : CommandRunner.Ok;
    }

    private static int Find(Func<CorpusDatabase> open, CorpusOptions options, TextWriter stdout, TextWriter stderr)
    {
        PrecedentIndex index;
        using (var database = open())
        {
            index = PrecedentIndex.Build(database.Precedents(options.Language));
        }

        if (options.Queries is null)
        {
            var hits = index.Find(options.Texts[0], options.Language, options.Top);
            foreach (var hit in hits)
            {
                var p = hit.Precedent;
                stdout.WriteLine(options.AsJson
                    ? JsonSerializer.Serialize(HitJson.Of(hit), Json)
                    : $"{hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}  {p.CitedAs} ({p.Year}, {p.Language})  {p.Text}");
            }

            return CommandRunner.Ok;
        }

        string[] queries;
        try
        {
            queries = File.ReadAllLines(options.Queries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"rd corpus: {options.Queries}: {DraftFiles.OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }

        foreach (var query in queries.Where(q => q.Trim().Length > 0))
        {
            var watch = Stopwatch.StartNew();
            var hits = index.Find(query, options.Language, options.Top);
            var ms = watch.Elapsed.TotalMilliseconds;
            stdout.WriteLine(JsonSerializer.Serialize(new { query, hits = hits.Select(HitJson.Of), ms = Math.Round(ms, 3) }, Json));
        }

        return CommandRunner.Ok;
    }

    private static int Phrase(Func<CorpusDatabase> open, CorpusOptions options, TextWriter stdout)
    {
        PrecedentIndex index;
        using (var database = open())
        {
            index = PrecedentIndex.Build(database.Precedents(options.Language));
        }

        var found = index.WithPhrase(options.Texts[0], options.Language);
        stdout.WriteLine($"{AdoptedTexts.Of(found.Count, "paragraph", "paragraphs")} in {AdoptedTexts.Count(found)}");
        foreach (var p in found)
        {
            stdout.WriteLine($"{p.Date}  {p.CitedAs} ({p.Language})");
        }

        return CommandRunner.Ok;
    }

    /// <summary>One hit as `--json` prints it; <c>citation</c> is what a delegate cites ("decision 76/515" for a decision).</summary>
    private sealed record HitJson(string Symbol, string Label, string Language, string Text, double Score, string? Date, string Citation)
    {
        public static HitJson Of(PrecedentHit hit) =>
            new(hit.Precedent.Symbol, hit.Precedent.Label, hit.Precedent.Language, hit.Precedent.Text, Math.Round(hit.Score, 4), hit.Precedent.Date, hit.Precedent.Citation);
    }
}
