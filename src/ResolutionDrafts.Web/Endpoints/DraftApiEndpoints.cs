using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// Drafts as JSON (docs/draft-format.md) for tools: the load driver creates its drafts here, and
/// after a run (or the crash test after a restart) reads the change log and the app's memory to
/// check that nothing acknowledged was lost.
/// </summary>
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

        // Read from the database, not the session: what a client was told is saved must be there.
        app.MapGet("/api/drafts/{id:guid}/log", async (Guid id, IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (!await db.Drafts.AnyAsync(d => d.Id == id, ct))
            {
                return Results.NotFound();
            }

            var entries = await db.Operations.AsNoTracking()
                .Where(o => o.DraftId == id)
                .OrderBy(o => o.Revision)
                .Select(o => new { revision = o.Revision, clientId = o.ClientId, clientSeq = o.ClientSeq })
                .ToListAsync(ct);
            return Results.Ok(entries);
        });

        // For load runs: the driver reports the app's resident memory beside its latencies.
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok", rssMb = Math.Round(Environment.WorkingSet / (1024.0 * 1024.0), 1) }));

        return app;
    }
}
