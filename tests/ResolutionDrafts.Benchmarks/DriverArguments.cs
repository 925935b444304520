using System.Globalization;

namespace ResolutionDrafts.Benchmarks;

/// <summary>The load drivers' command lines (hub-load, room-load): "--name value" pairs, a loopback URL, bounded numbers.</summary>
internal static class DriverArguments
{
    /// <summary>The options by name, and the app's URL; or why the arguments do not make a run.</summary>
    public static (Dictionary<string, string>? Values, Uri? Url, string? Error) Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, string usage)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return (null, null, $"Unexpected argument '{args[i]}'. Usage: {usage}");
            }

            values[args[i][2..]] = args[++i];
        }

        var unknown = values.Keys.Except(known).FirstOrDefault();
        if (unknown is not null)
        {
            return (null, null, $"Unknown option --{unknown}. Usage: {usage}");
        }

        // A load test never leaves the machine.
        if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out var uri) || !uri.IsLoopback)
        {
            return (null, null, "--url must be the app's address on this machine (127.0.0.1 or localhost).");
        }

        return (values, uri, null);
    }

    /// <summary>The option's number when it is given and within bounds; else null.</summary>
    public static double? Number(Dictionary<string, string> values, string name, double min, double max) =>
        values.TryGetValue(name, out var text) && double.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;
}
