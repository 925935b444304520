namespace ResolutionDrafts.Web.Extensions;

/// <summary>
/// Response headers that keep the app's pages to its own scripts and out of other sites' frames.
/// Styles may be inline (presence colours, the live client's caret overlay); scripts may not.
/// </summary>
internal static class SecurityExtensions
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            await next();
        });

        // Live connections (the drafts hub, Blazor's circuits) from another site's page are refused:
        // a browser always names the page's origin, and it must be this host. Tools send no Origin.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if ((path.StartsWithSegments("/hubs") || path.StartsWithSegments("/_blazor")) && !IsSameOrigin(context.Request))
            {
                const string refusal = "Live connections are accepted from this site's own pages only.";
                if (HttpContractExtensions.IsApiOrHub(path))
                {
                    await HttpContractExtensions.WriteProblemAsync(context, StatusCodes.Status403Forbidden, refusal);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync(refusal);
                return;
            }

            await next();
        });
        return app;
    }

    /// <summary>True when the request names no Origin (not a browser page) or an origin on the host it was sent to.</summary>
    internal static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
