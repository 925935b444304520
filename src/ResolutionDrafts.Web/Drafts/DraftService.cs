using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// Stores drafts as draft JSON in the database. An edit reads the latest text, applies the change
/// through the domain and writes it back guarded by the version, retrying on a concurrent write,
/// so two people editing at once never overwrite each other.
/// </summary>
public sealed class DraftService(IDbContextFactory<AppDbContext> dbFactory, DraftChangeNotifier notifier, TimeProvider clock) : IDraftService
{
    private const int MaxAttempts = 5;

    public async Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.AsNoTracking()
            .OrderByDescending(d => d.UpdatedUtc)
            .Select(d => new DraftSummary(d.Id, d.Symbol, d.Title, d.Language, d.Kind, d.UpdatedUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is null ? null : Load(record);
    }

    public async Task<Guid> CreateAsync(Draft draft, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new DraftRecord { Id = Guid.NewGuid(), CreatedUtc = now };
        Write(record, draft, now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Drafts.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    public async Task<EditResult> EditAsync(Guid id, Func<Draft, DomainResult> edit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var record = await db.Drafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (record is null)
            {
                return new EditResult(null, "This draft no longer exists.");
            }

            var loaded = Load(record);
            var result = edit(loaded.Draft);
            if (!result.IsSuccess)
            {
                // The draft object may be half-changed by a multi-step edit; hand back a fresh copy.
                return new EditResult(Load(record), result.Error);
            }

            Write(record, loaded.Draft, clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                continue; // Someone saved in between: apply the same change to their text.
            }

            await notifier.NotifyAsync(id, record.Version);
            return new EditResult(Load(record), null);
        }
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static LoadedDraft Load(DraftRecord record) =>
        new(record.Id, DraftRecords.Read(record.ContentJson, record.Id), record.Version, record.UpdatedUtc);

    private static void Write(DraftRecord record, Draft draft, DateTime now) => DraftRecords.Write(record, draft, now);
}
