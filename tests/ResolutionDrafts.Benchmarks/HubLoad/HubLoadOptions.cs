using System.Globalization;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// What one hub-load run does: <see cref="Clients"/> connections, each making <see cref="Rate"/>
/// edits a second for <see cref="Seconds"/>, against the app at <see cref="Url"/> (loopback only:
/// a load test never leaves the machine).
/// </summary>
public sealed record HubLoadOptions(Uri Url, int Clients, double Rate, double Seconds, double WarmupSeconds, Guid? DraftId, int Seed, string? User = null, string? Password = null)
{
    public const string Usage =
        "hub-load --url http://127.0.0.1:5099 --clients N --rate EDITS_PER_SECOND --seconds S [--draft ID] [--warmup S (default 2)] [--seed N] [--user NAME --password P]";

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
        var (values, uri, error) = DriverArguments.Parse(args, ["url", "clients", "rate", "seconds", "draft", "warmup", "seed", "user", "password"], Usage);
        if (values is null || uri is null)
        {
            return (null, error);
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
            : (new HubLoadOptions(uri, (int)clients.Value, rate.Value, seconds.Value, warmup.Value, draft, seed, user, password), null);
    }

    private static double? Number(Dictionary<string, string> values, string name, double min, double max) => DriverArguments.Number(values, name, min, max);
}
