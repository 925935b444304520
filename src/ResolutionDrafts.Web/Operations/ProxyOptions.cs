namespace ResolutionDrafts.Web.Operations;

/// <summary>Bound from the "Proxy" configuration section: the TLS-terminating reverse proxies the app believes.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>
    /// Addresses of proxies whose X-Forwarded-For and X-Forwarded-Proto headers are honoured, besides
    /// loopback (always trusted: a proxy on the same machine). From anyone else the headers are ignored,
    /// so a client cannot claim HTTPS or another address.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];
}
