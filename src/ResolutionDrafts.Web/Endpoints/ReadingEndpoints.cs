using ResolutionDrafts.Web.Reading;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// The read-along page's two requests (ADR 0017): the stream of printed changes, and the whole
/// document at the broadcast's current version for a page that missed a message.
/// </summary>
internal static class ReadingEndpoints
{
    public static IEndpointRouteBuilder MapReading(this IEndpointRouteBuilder app)
    {
        app.MapGet("/drafts/{id:guid}/read/stream", (Guid id, HttpContext http, ReadingStream stream) => stream.RunAsync(http, id));

        app.MapGet("/drafts/{id:guid}/read/document", async (Guid id, HttpContext http, ReadingBroadcasts broadcasts, ResolutionDrafts.Web.Access.IDraftAccess access, CancellationToken ct) =>
        {
            if (await access.ForAsync(http.User, id, ct) is null)
            {
                return Results.Problem("There is no such draft, or you are not a member of it.", statusCode: StatusCodes.Status404NotFound);
            }

            using var lease = await broadcasts.AcquireAsync(id, ct);
            if (lease is null)
            {
                return Results.Problem("There is no such draft, or you are not a member of it.", statusCode: StatusCodes.Status404NotFound);
            }

            var (state, html) = await lease.Broadcast.DocumentAsync();
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { version = state.Version, revision = state.Revision, html, panels = state.Panels.Html() });
        }).RequireRateLimiting(ResolutionDrafts.Web.Extensions.RateLimits.PerUser);

        return app;
    }
}
