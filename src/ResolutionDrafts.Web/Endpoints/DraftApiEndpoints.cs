using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>Drafts as JSON (docs/draft-format.md) for tools: the load driver creates its drafts here.</summary>
internal static class DraftApiEndpoints
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapDraftApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/drafts", async (HttpRequest request, IDraftService drafts, CancellationToken ct) =>
        {
            if (request.ContentLength > MaxBodyBytes)
            {
                return Results.Problem($"A draft file can have at most {MaxBodyBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBodyBytes + 1];
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
            if (read > MaxBodyBytes)
            {
                return Results.Problem($"A draft file can have at most {MaxBodyBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            var parsed = DraftJson.Deserialize(new string(buffer, 0, read));
            if (!parsed.IsSuccess)
            {
                return Results.Problem(parsed.Error, statusCode: StatusCodes.Status400BadRequest, title: "The draft was not created.");
            }

            var id = await drafts.CreateAsync(parsed.Value!, ct);
            return Results.Created($"/drafts/{id}", new { id });
        });

        app.MapGet("/api/drafts/{id:guid}", async (Guid id, IDraftService drafts, CancellationToken ct) =>
        {
            var draft = await drafts.LoadAsync(id, ct);
            return draft is null ? Results.NotFound() : Results.Text(DraftJson.Serialize(draft.Draft), "application/json; charset=utf-8");
        });

        return app;
    }
}
