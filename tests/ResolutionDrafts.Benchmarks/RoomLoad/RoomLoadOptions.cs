using System.Globalization;

namespace ResolutionDrafts.Benchmarks.RoomLoad;

/// <summary>
/// What one room-load run does: <see cref="Watchers"/> Chromium pages reading one draft of
/// <see cref="Paragraphs"/> paragraphs while <see cref="Typists"/> live clients type
/// <see cref="Rate"/> edits a second each, for <see cref="Seconds"/> without watchers and as long
/// again with them (docs/benchmarks.md, "The room").
/// </summary>
public sealed record RoomLoadOptions(
    Uri Url, int Watchers, int Typists, double Rate, double Seconds, int? Paragraphs, int? ServerPid, string? Source, int Seed)
{
    public const string Usage =
        "room-load --url http://127.0.0.1:5080 --watchers K --typists T --rate EDITS_PER_SECOND --seconds S [--paragraphs P] [--server-pid PID] [--source FILE] [--seed N]";

    /// <summary>The demo user the watching pages sign in as (an observer of the draft: a reader).</summary>
    public const string Reader = "observer";

    public static (RoomLoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var (values, uri, error) = DriverArguments.Parse(args, ["url", "watchers", "typists", "rate", "seconds", "paragraphs", "server-pid", "source", "seed"], Usage);
        if (values is null || uri is null)
        {
            return (null, error);
        }

        var watchers = Number(values, "watchers", 0, 500);
        var typists = Number(values, "typists", 1, 200);
        var rate = Number(values, "rate", 0.1, 100);
        var seconds = Number(values, "seconds", 1, 600);
        if (watchers is null || typists is null || rate is null || seconds is null)
        {
            return (null, $"--watchers (0-500), --typists (1-200), --rate (0.1-100) and --seconds (1-600) are required. Usage: {Usage}");
        }

        int? paragraphs = null;
        if (values.ContainsKey("paragraphs"))
        {
            paragraphs = (int?)Number(values, "paragraphs", 1, 1_000);
            if (paragraphs is null)
            {
                return (null, "--paragraphs must be 1-1000.");
            }
        }

        int? pid = null;
        if (values.TryGetValue("server-pid", out var p))
        {
            if (!int.TryParse(p, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
            {
                return (null, $"--server-pid '{p}' is not a process id.");
            }

            pid = parsed;
        }

        values.TryGetValue("source", out var source);
        if (source is not null && !File.Exists(source))
        {
            return (null, $"--source '{source}': no such file.");
        }

        var seed = values.TryGetValue("seed", out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var parsedSeed) ? parsedSeed : Environment.TickCount;
        return (new RoomLoadOptions(uri, (int)watchers.Value, (int)typists.Value, rate.Value, seconds.Value, paragraphs, pid, source, seed), null);
    }

    private static double? Number(Dictionary<string, string> values, string name, double min, double max) => DriverArguments.Number(values, name, min, max);
}
