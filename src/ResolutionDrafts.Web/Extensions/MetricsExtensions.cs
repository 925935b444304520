using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Operations;

namespace ResolutionDrafts.Web.Extensions;

/// <summary>
/// The app's instruments (<see cref="AppMetrics"/>) with OpenTelemetry, exported in Prometheus' text
/// format at /metrics, which only this machine and signed-in administrators may read by default
/// (Metrics:* settings; docs/operations.md, "Monitor").
/// </summary>
internal static class MetricsExtensions
{
    public const string Path = "/metrics";
    private const string ReadMetrics = "read-metrics";

    public static WebApplicationBuilder AddMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>()
            .BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.AllowedAddresses.All(a => IPAddress.TryParse(a, out _)), "Metrics:AllowedAddresses must be IP addresses (e.g. 10.0.0.9).")
            .ValidateOnStart();
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(AppMetrics.MeterName);
            // OpenTelemetry listens to every meter of that name in the process; keep this app's own
            // (made by its IMeterFactory), so apps hosted side by side (the tests) do not add up.
            ((IDeferredMeterProviderBuilder)metrics).Configure((services, provider) =>
            {
                var ours = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
                provider.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, ours) ? null : MetricStreamConfiguration.Drop);
            });
            // Each scrape sees the counts of that moment (the exporter caches 300 ms by default).
            metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(ReadMetrics, policy => policy.RequireAssertion(context =>
            context.Resource is HttpContext http && MayRead(http, http.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value)));
        return builder;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        // Resolved at each scrape, not now: nothing may read the settings before they are checked.
        var services = app.Services;
        services.GetRequiredService<AppMetrics>().ObserveOpenSessions(() => services.GetRequiredService<DraftSessions>().OpenCount);
        app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(ReadMetrics);
        return app;
    }

    internal static bool MayRead(HttpContext http, MetricsOptions options)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is not null && address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return (options.AllowLoopback && address is not null && IPAddress.IsLoopback(address))
            || (address is not null && options.AllowedAddresses.Any(a => IPAddress.TryParse(a, out var allowed) && allowed.Equals(address)))
            || (options.AllowAdministrators && Actor.From(http.User) is { IsAdministrator: true });
    }
}
