using System.Diagnostics;

namespace ResolutionDrafts.Web.Operations;

/// <summary>Counts each download that was made, and how long making it took, by kind (docx, akn, comparison, amendment, compilation).</summary>
internal sealed class ExportMetricsFilter(AppMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await next(context);
        if (result is not IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            metrics.Exported(Kind(context.HttpContext), Stopwatch.GetElapsedTime(started));
        }

        return result;
    }

    private static string Kind(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        return path.Contains("/compare/", StringComparison.Ordinal) ? "comparison"
            : path.EndsWith("/compilation.docx", StringComparison.Ordinal) ? "compilation"
            : path.Contains("/proposals/", StringComparison.Ordinal) ? "amendment"
            : http.Request.RouteValues["format"] as string is "docx" or "akn" ? (string)http.Request.RouteValues["format"]!
            : "other";
    }
}
