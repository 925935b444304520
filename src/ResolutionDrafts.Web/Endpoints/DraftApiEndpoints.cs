using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Extensions;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// Drafts as JSON (docs/draft-format.md) for tools: the load driver creates its drafts here and
/// adds its users as members, and after a run (or the crash test after a restart) reads the change
/// log and the app's memory to check that nothing acknowledged was lost. The same permissions as
/// the pages apply; bodies must be JSON, which a cross-site form cannot send.
/// </summary>
internal static class DraftApiEndpoints
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapDraftApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.PerUser);

        api.MapPost("/drafts", async (HttpRequest request, IDraftService drafts, IAuditLog audit, CancellationToken ct) =>
        {
            var actor = Actor.From(request.HttpContext.User)!;
            if (!actor.MayCreateDrafts)
            {
                return Results.Problem("Only the secretariat creates drafts.", statusCode: StatusCodes.Status403Forbidden);
            }

            if (!request.HasJsonContentType())
            {
                return Results.Problem("Send the draft as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            if (request.ContentLength > MaxBodyBytes)
            {
                return TooLarge();
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBodyBytes + 1];
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
            if (read > MaxBodyBytes)
            {
                return TooLarge();
            }

            var parsed = DraftJson.Deserialize(new string(buffer, 0, read));
            if (!parsed.IsSuccess)
            {
                return Results.Problem(parsed.Error, statusCode: StatusCodes.Status400BadRequest, title: "The draft was not created.");
            }

            var id = await drafts.CreateAsync(parsed.Value!, actor.UserId, ct);
            await audit.WriteAsync(actor, AuditActions.DraftCreated, id, $"{parsed.Value!.Metadata.Symbol ?? "untitled"} through the API", ct);
            return Results.Created($"/drafts/{id}", new { id });
        });

        api.MapGet("/drafts/{id:guid}", async (Guid id, IDraftService drafts, HttpContext http, CancellationToken ct) =>
        {
            var (_, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.Read);
            if (refusal is not null)
            {
                return refusal;
            }

            var draft = await drafts.LoadAsync(id, ct);
            return draft is null ? Results.NotFound() : Results.Text(DraftJson.Serialize(draft.Draft), "application/json; charset=utf-8");
        });

        // Read from the database, not the session: what a client was told is saved must be there.
        api.MapGet("/drafts/{id:guid}/log", async (Guid id, IDbContextFactory<AppDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
        {
            var (access, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.Read);
            if (refusal is not null)
            {
                return refusal;
            }

            // Client ids go to those who audit the draft and to each sender for their own changes, not to every reader (docs/security.md).
            var me = access!.Actor.UserId;
            var all = access.Can(DraftAction.ViewAudit);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var entries = await db.Operations.AsNoTracking()
                .Where(o => o.DraftId == id)
                .OrderBy(o => o.Revision)
                .Select(o => new { revision = o.Revision, clientId = all || o.UserId == me ? o.ClientId : null, clientSeq = all || o.UserId == me ? (long?)o.ClientSeq : null })
                .ToListAsync(ct);
            return Results.Ok(entries);
        });

        api.MapGet("/drafts/{id:guid}/members", async (Guid id, DraftAccessService access, HttpContext http, CancellationToken ct) =>
        {
            var (_, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.ManageMembers);
            return refusal ?? Results.Ok((await access.MembersAsync(id, ct))
                .Select(m => new { userName = m.UserName, displayName = m.DisplayName, delegation = m.Delegation, role = m.Role.ToString() }));
        });

        api.MapPut("/drafts/{id:guid}/members/{userName}", async (Guid id, string userName, MemberRequest body, DraftAccessService access, HttpContext http, CancellationToken ct) =>
        {
            var (rights, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.ManageMembers);
            if (refusal is not null)
            {
                return refusal;
            }

            if (!Enum.TryParse<DraftRole>(body.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                return Results.Problem($"Unknown role '{body.Role}': use one of {string.Join(", ", Enum.GetNames<DraftRole>())}.", statusCode: StatusCodes.Status400BadRequest);
            }

            var error = (await access.SetMemberAsync(rights!, userName, role, ct)).Error;
            return error is null ? Results.NoContent() : Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        });

        api.MapPut("/drafts/{id:guid}/direct-editing", async (Guid id, DirectEditingRequest body, DraftAccessService access, HttpContext http, CancellationToken ct) =>
        {
            var (rights, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.ManageMembers);
            if (refusal is not null)
            {
                return refusal;
            }

            var error = (await access.SetOpenToDirectEditingAsync(rights!, body.Open, ct)).Error;
            return error is null ? Results.NoContent() : Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        });

        return app;
    }

    private static IResult TooLarge() =>
        Results.Problem($"A draft file can have at most {MaxBodyBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);

    public sealed record MemberRequest(string? Role);

    public sealed record DirectEditingRequest(bool Open);
}
