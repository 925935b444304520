using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Audit;

/// <summary>The audit log in the app's database. A failed write is logged, never lost silently, and never undoes the action.</summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<AuditLog> logger) : IAuditLog
{
    public const int MaxDetail = 2000;

    public Task WriteAsync(Actor? actor, string action, Guid? draftId, string detail, CancellationToken cancellationToken) =>
        AddAsync(new AuditRecord { UserName = actor?.UserName ?? "", Actor = actor?.Label ?? "system", DraftId = draftId, Action = action, Detail = detail });

    public Task WriteAnonymousAsync(string userName, string action, string detail, CancellationToken cancellationToken) =>
        AddAsync(new AuditRecord { UserName = Clip(userName, 256), Actor = "(not signed in)", Action = action, Detail = detail });

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid? draftId, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Audit.AsNoTracking();
        if (draftId is { } id)
        {
            query = query.Where(a => a.DraftId == id);
        }

        return await query.OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AuditEntry(a.AtUtc, a.UserName, a.Actor, a.DraftId, a.Action, a.Detail))
            .ToListAsync(cancellationToken);
    }

    private async Task AddAsync(AuditRecord record)
    {
        record.AtUtc = clock.GetUtcNow().UtcDateTime;
        record.Detail = Clip(record.Detail, MaxDetail);
        record.Actor = Clip(record.Actor, 400);
        try
        {
            // Not the caller's token: an action that happened is recorded even if its request ends.
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            db.Audit.Add(record);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Audit entry not written: {User} {Action} {Draft} {Detail}", record.UserName, record.Action, record.DraftId, record.Detail);
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
