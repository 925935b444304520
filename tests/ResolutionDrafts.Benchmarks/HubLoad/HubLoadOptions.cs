using System.Globalization;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// What one hub-load run does: <see cref="Clients"/> connections, each making <see cref="Rate"/>
/// edits a second for <see cref="Seconds"/>, against the app at <see cref="Urls"/> (loopback only:
/// a load test never leaves the machine). With several URLs (the nodes of one deployment) the
/// clients are spread over them; with <see cref="Drafts"/> K &gt; 1 over K drafts (a conference:
/// client i types in draft i mod K, on node (i div K) mod N, so each draft has typists on every node).
/// </summary>
public sealed record HubLoadOptions(
    IReadOnlyList<Uri> Urls, int Clients, double Rate, double Seconds, double WarmupSeconds, Guid? DraftId, int Seed, string? User = null, string? Password = null, int Drafts = 1)
{
    public const string Usage =
        "hub-load --url http://127.0.0.1:5099 [--url http://127.0.0.1:5100 ...] --clients N --rate EDITS_PER_SECOND --seconds S [--draft ID | --drafts K] [--warmup S (default 2)] [--seed N] [--user NAME --password P]";

    /// <summary>The first URL: where the drafts are made and checked (every node reads the same database).</summary>
    public Uri Url => Urls[0];

    /// <summary>
    /// Without --user the clients sign in as the demo users (the app started with --demo): the
    /// secretariat creates the draft and makes the delegations members with direct editing; the
    /// clients take these users in turn.
    /// </summary>
    public static readonly IReadOnlyList<string> DemoEditors = ["secretariat", "cuba", "burundi", "brazil", "china"];

    public const string DemoPassword = "demo-password";

    /// <summary>The arguments after "hub-load"; an error message when they do not make a run.</summary>
    public static (HubLoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var urls = new List<Uri>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return (null, $"Unexpected argument '{args[i]}'. Usage: {Usage}");
            }

            var name = args[i][2..];
            var value = args[++i];
            if (name == "url")
            {
                // Given several times: the nodes of one deployment.
                if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var one) || !one.IsLoopback)
                {
                    return (null, $"--url {value}: each URL must be an app's address on this machine (127.0.0.1 or localhost).");
                }

                urls.Add(one);
                continue;
            }

            values[name] = value;
        }

        var unknown = values.Keys.Except(["clients", "rate", "seconds", "draft", "drafts", "warmup", "seed", "user", "password"]).FirstOrDefault();
        if (unknown is not null)
        {
            return (null, $"Unknown option --{unknown}. Usage: {Usage}");
        }

        if (urls.Count == 0)
        {
            return (null, "--url must be the app's address on this machine (127.0.0.1 or localhost).");
        }

        var drafts = values.ContainsKey("drafts") ? Number(values, "drafts", 1, 500) : 1;
        if (drafts is null)
        {
            return (null, "--drafts is 1-500.");
        }

        if (drafts > 1 && values.ContainsKey("draft"))
        {
            return (null, "--draft (one given draft) and --drafts K (K new drafts) exclude each other.");
        }

        // Bounded so a typo cannot start an endless or machine-sized run.
        var clients = Number(values, "clients", 1, 2_000);
        var rate = Number(values, "rate", 0.1, 100);
        var seconds = Number(values, "seconds", 1, 600);
        var warmup = values.ContainsKey("warmup") ? Number(values, "warmup", 0, 60) : 2;
        var seed = values.TryGetValue("seed", out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var parsedSeed) ? parsedSeed : Environment.TickCount;
        Guid? draft = null;
        if (values.TryGetValue("draft", out var d))
        {
            if (!Guid.TryParse(d, out var id))
            {
                return (null, $"--draft '{d}' is not a draft id.");
            }

            draft = id;
        }

        values.TryGetValue("user", out var user);
        values.TryGetValue("password", out var password);
        if ((user is null) != (password is null))
        {
            return (null, "--user and --password go together.");
        }

        return clients is null || rate is null || seconds is null || warmup is null
            ? (null, $"--clients (1-2000), --rate (0.1-100) and --seconds (1-600) are required; --warmup is 0-60. Usage: {Usage}")
            : (new HubLoadOptions(urls, (int)clients.Value, rate.Value, seconds.Value, warmup.Value, draft, seed, user, password, (int)drafts.Value), null);
    }

    private static double? Number(Dictionary<string, string> values, string name, double min, double max) => DriverArguments.Number(values, name, min, max);
}
