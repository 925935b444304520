using ResolutionDrafts.Web.Extensions;
using ResolutionDrafts.Web.Precedents;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// `GET /api/precedents?q=…&amp;lang=en|zh&amp;top=5`: the closest agreed language for a text, for the
/// typing panel and for tools; the same hits as `rd corpus find --json`. Signed-in users only, like
/// every endpoint (the corpus is the user's own import of UN files, not public).
/// </summary>
internal static class PrecedentApiEndpoints
{
    /// <summary>Longer than any paragraph a delegate types; a longer query is refused, not truncated.</summary>
    public const int MaxQueryLength = 8000;

    public static IEndpointRouteBuilder MapPrecedentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/precedents", async (string? q, string? lang, int? top, PrecedentSearch search, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
            {
                return Results.Problem($"Give the text to search for as q (1 to {MaxQueryLength} characters).", statusCode: StatusCodes.Status400BadRequest);
            }

            if (lang is not (null or "en" or "zh") || top is < 1 or > 50)
            {
                return Results.Problem("lang is en or zh; top is 1 to 50.", statusCode: StatusCodes.Status400BadRequest);
            }

            var hits = await search.FindAsync(q, lang, top ?? 5, cancellationToken: cancellationToken);
            return Results.Ok(hits.Select(h => new PrecedentHitJson(h.Precedent.Symbol, h.Precedent.Label, h.Precedent.Language, h.Precedent.Text, Math.Round(h.Score, 4), h.Precedent.Date, h.Precedent.Citation)));
        }).RequireRateLimiting(RateLimits.PerUser);
        return app;
    }

    /// <summary>One hit, as `rd corpus find --json` prints it; <c>citation</c> is what a delegate cites ("decision 76/515" for a decision).</summary>
    internal sealed record PrecedentHitJson(string Symbol, string Label, string Language, string Text, double Score, string? Date, string Citation);
}
