using StackExchange.Redis;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// When this node's connection to Redis comes back after a failure, every draft session open here
/// takes in from the database what the other nodes wrote meanwhile, and tells this node's
/// connections: while Redis was away their broadcasts and text events did not arrive, and a delegate
/// who is not typing would otherwise keep an old text until something else happened. Once at the
/// reconnect and once more a little later, for what was published before this node had subscribed
/// again. Redis decides nothing; the database fills the gap (docs/decisions/0008).
/// </summary>
internal sealed class SessionsCatchUpAfterRedis(RedisConnection redis, DraftSessions sessions, ILogger<SessionsCatchUpAfterRedis> logger) : IHostedService
{
    /// <summary>The second pass: after the backplane and the events have subscribed again.</summary>
    public static readonly TimeSpan Again = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Multiplexer.ConnectionRestored += OnRestored;
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.Multiplexer.ConnectionRestored -= OnRestored;
        await stopping.CancelAsync();
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e) => _ = CatchUpAsync(e.ConnectionType);

    private async Task CatchUpAsync(ConnectionType connection)
    {
        try
        {
            logger.LogInformation("Redis answers again ({Connection}): the open drafts catch up from the database", connection);
            await sessions.CatchUpAllAsync();
            await Task.Delay(Again, stopping.Token);
            await sessions.CatchUpAllAsync();
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The open drafts did not all catch up after Redis came back; they do at their next join or submission");
        }
    }
}
