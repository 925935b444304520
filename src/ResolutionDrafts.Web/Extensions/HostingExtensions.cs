using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using ResolutionDrafts.Web.Operations;

namespace ResolutionDrafts.Web.Extensions;

internal static class HostingExtensions
{
    /// <summary>
    /// The published app's web root (the `wwwroot` that `dotnet publish` puts beside the binaries), so
    /// that its scripts and styles are served whatever the working directory a service manager starts
    /// it in; null (the default, content root's wwwroot, or the static web assets manifest in
    /// Development) when the app runs from its build output.
    /// </summary>
    public static string? PublishedWebRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(beside) ? beside : null;
    }

    public static WebApplicationBuilder AddReverseProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(a => IPAddress.TryParse(a, out _)), "Proxy:KnownProxies must be IP addresses (e.g. 10.0.0.5).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<ProxyOptions>>((forwarded, proxy) =>
            {
                // Scheme and client address as the proxy saw them: cookies become Secure behind TLS and
                // rate limits count each client, not the proxy. Loopback is trusted by default.
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var address in proxy.Value.KnownProxies)
                {
                    if (IPAddress.TryParse(address, out var ip))
                    {
                        forwarded.KnownProxies.Add(ip);
                    }
                }
            });
        return builder;
    }
}
