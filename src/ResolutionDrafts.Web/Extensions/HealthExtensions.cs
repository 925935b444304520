using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResolutionDrafts.Web.Operations;

namespace ResolutionDrafts.Web.Extensions;

/// <summary>
/// /health/live: the process serves (a load balancer or systemd restarts it when not).
/// /health/ready: it can do its work — the database answers and is migrated, and Redis answers when
/// the app is one of several nodes (send it traffic).
/// Both answer 200 "Healthy" or 503 "Unhealthy" in plain text, to anyone: they say nothing about drafts.
/// /api/health: the same readiness as JSON, with each check and the resident memory the load driver reads.
/// </summary>
internal static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag]);
        if (builder.Configuration["Redis:Configuration"] is { Length: > 0 } redis && ResolutionDrafts.Web.Collaboration.RedisConnection.Invalid(redis) is null)
        {
            // One of several nodes: unready while Redis is away (its users would not hear the others live).
            checks.AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [ReadyTag]);
        }
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapGet("/api/health", async (HealthCheckService health, CancellationToken ct) =>
            {
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), ct);
                var body = new
                {
                    status = report.Status.ToString(),
                    rssMb = Math.Round(Environment.WorkingSet / (1024.0 * 1024.0), 1),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                };
                return Results.Json(body, statusCode: report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous();
        return app;
    }
}
