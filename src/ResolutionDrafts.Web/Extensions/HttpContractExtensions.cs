using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace ResolutionDrafts.Web.Extensions;

/// <summary>
/// Tools (under /api) and live clients (the hub under /hubs) get a status code and an
/// application/problem+json body; people navigating get pages. Without this, a 401 or 404 under
/// /api was re-executed as the not-found page: HTML for a GET, and for a POST a 400 from the page's
/// form handling ("incorrect Content-type", "antiforgery token").
/// </summary>
internal static class HttpContractExtensions
{
    public const string ServerError = "Something went wrong on the server; the request was not completed. Changes acknowledged before it are saved.";

    public static bool IsApiOrHub(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs");

    /// <summary>Place after UseStatusCodePages…: it switches them off for /api and /hubs and writes problems instead.</summary>
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!IsApiOrHub(context.Request.Path))
            {
                await next();
                return;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            try
            {
                await next();
            }
            catch (Exception e) when (!app.Environment.IsDevelopment() && !context.Response.HasStarted && e is not OperationCanceledException)
            {
                // Outside Development the exception handler would re-execute the error page: HTML for a tool.
                app.Logger.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path.Value);
                context.Response.Clear();
                await WriteProblemAsync(context, StatusCodes.Status500InternalServerError, ServerError);
                return;
            }

            var response = context.Response;
            if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await WriteProblemAsync(context, response.StatusCode, DetailFor(response.StatusCode));
            }
        });
        return app;
    }

    public static Task WriteProblemAsync(HttpContext context, int status, string detail) =>
        Results.Problem(detail, statusCode: status).ExecuteAsync(context);

    private static string DetailFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Sign in first (POST /api/sign-in): this needs a signed-in user.",
        StatusCodes.Status403Forbidden => "Your account may not do this.",
        StatusCodes.Status404NotFound => "There is nothing at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept this method.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
