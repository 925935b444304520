using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Ready, for a node of several, also means Redis answers: without it the node's users would not hear
/// the other nodes' users live (their changes are still stored and ordered by the database).
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var server = RedisConnection.Describe(redis.Configuration);
        if (!redis.Multiplexer.IsConnected)
        {
            return HealthCheckResult.Unhealthy($"Redis at {server} is not connected.");
        }

        try
        {
            var ping = await redis.Multiplexer.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"Redis at {server} answers ({ping.TotalMilliseconds:0.#} ms).");
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {server} does not answer: {e.Message}");
        }
    }
}
