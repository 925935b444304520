using StackExchange.Redis;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// The app's one connection to Redis (Redis:Configuration), shared by SignalR's backplane, the draft
/// events and presence. It is made without aborting on a failed connect, so a Redis that restarts
/// while the app runs is reconnected to by itself; whether Redis answers at start is checked once,
/// before the app serves (<see cref="Extensions.StartupCheckExtensions"/>), and by /health/ready.
/// </summary>
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> multiplexer = new(() => ConnectionMultiplexer.Connect(Options(configuration)));

    /// <summary>Redis:Configuration as given ("host:port[,password=…]").</summary>
    public string Configuration { get; } = configuration;

    public IConnectionMultiplexer Multiplexer => multiplexer.Value;

    /// <summary>Null when <paramref name="configuration"/> is one StackExchange.Redis can read, else why not.</summary>
    public static string? Invalid(string configuration)
    {
        try
        {
            var options = ConfigurationOptions.Parse(configuration);
            return options.EndPoints.Count == 0 ? "it names no server (host:port)" : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return e.Message;
        }
    }

    /// <summary>The server(s) it names, for a message (never the password).</summary>
    public static string Describe(string configuration) =>
        Invalid(configuration) is null
            ? string.Join(", ", ConfigurationOptions.Parse(configuration).EndPoints.Select(e => e.ToString()))
            : "(unreadable)";

    private static ConfigurationOptions Options(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // Keep trying after a failed connect (a Redis restart must not need an app restart); answer fast when it is down.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 3000;
        options.AsyncTimeout = 3000;
        options.SyncTimeout = 3000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return options;
    }

    public void Dispose()
    {
        if (multiplexer.IsValueCreated)
        {
            multiplexer.Value.Dispose();
        }
    }
}
