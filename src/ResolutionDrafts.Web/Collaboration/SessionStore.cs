using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// The database side of a live session: the live text is the stored snapshot plus the change-log
/// entries after it. Each applied operation is written before it is acknowledged; snapshots are
/// written now and then so a reload replays only a short tail.
/// </summary>
public sealed class SessionStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private readonly Lazy<bool> severalNodes = new(() =>
    {
        using var db = dbFactory.CreateDbContext();
        return db is PostgresAppDbContext;
    });

    /// <summary>
    /// Whether other nodes may write this database's change log (PostgreSQL): then appends take the
    /// draft's lock and hand a session that is behind what the others wrote (see <see cref="AppendAsync"/>).
    /// </summary>
    public bool SeveralNodes => severalNodes.Value;

    /// <summary>How many recent entries a session keeps for clients catching up after a reconnect.</summary>
    public const int HistoryKept = 2_000;

    public async Task<SessionState?> LoadAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var draft = ReadSnapshot(record);
        var lastRevision = await db.Operations.Where(o => o.DraftId == draftId).MaxAsync(o => (int?)o.Revision, cancellationToken) ?? record.SnapshotRevision;
        var from = Math.Min(record.SnapshotRevision, Math.Max(0, lastRevision - HistoryKept));
        var rows = await db.Operations.AsNoTracking()
            .Where(o => o.DraftId == draftId && o.Revision > from)
            .OrderBy(o => o.Revision)
            .ToListAsync(cancellationToken);
        var history = new List<AppliedOperation>(rows.Count);
        foreach (var row in rows)
        {
            var entry = ToEntry(row);
            history.Add(entry);
            if (row.Revision > record.SnapshotRevision)
            {
                var applied = entry.Operation.Apply(draft);
                if (!applied.IsSuccess)
                {
                    throw new InvalidDataException($"Draft {draftId}: logged operation {row.Revision} no longer applies: {applied.Error}");
                }
            }
        }

        var clients = await db.Operations.AsNoTracking()
            .Where(o => o.DraftId == draftId)
            .GroupBy(o => o.ClientId)
            .Select(g => new { ClientId = g.Key, LastSeq = g.Max(o => o.ClientSeq), LastRevision = g.Max(o => o.Revision) })
            .ToDictionaryAsync(g => g.ClientId, g => new ClientProgress(g.LastSeq, g.LastRevision), cancellationToken);
        var owners = await db.Operations.AsNoTracking()
            .Where(o => o.DraftId == draftId && o.UserId != null)
            .Select(o => new { o.ClientId, o.UserId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var revision = history.Count > 0 ? history[^1].Revision : record.SnapshotRevision;
        return new SessionState(draft, revision, record.SnapshotRevision, history, clients,
            owners.GroupBy(o => o.ClientId).ToDictionary(g => g.Key, g => g.First().UserId!, StringComparer.Ordinal));
    }

    /// <summary>
    /// Writes applied operations in one transaction: all of them or none, together with the drafts
    /// list's columns of the draft as they leave it (<paramref name="live"/>), so the list shows the live
    /// symbol, title and last change on every node, not the last snapshot's. Throws when a revision or
    /// a client's sequence number is taken (another node, a bug).
    /// </summary>
    /// <param name="alsoSave">Rows that belong to the batch, added to the same context: saved with it or not at all.</param>
    /// <param name="rebase">
    /// On PostgreSQL (several nodes), when another node wrote past the first entry's revision: given
    /// what it wrote (read under the draft's lock, so nothing more can come), returns the entries moved
    /// past it, to write instead in the same transaction; null refuses (<see cref="RevisionTakenException"/>).
    /// </param>
    public async Task AppendAsync(
        Guid draftId, IReadOnlyList<(AppliedOperation Entry, string Author, string? UserId)> entries, Draft live,
        Func<AppDbContext, int, CancellationToken, Task>? alsoSave,
        Func<IReadOnlyList<(AppliedOperation Entry, string? UserId)>, IReadOnlyList<(AppliedOperation Entry, string Author, string? UserId)>?>? rebase,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db is PostgresAppDbContext)
        {
            // Several nodes: appends to one draft take turns under a lock held to the commit, and a node
            // that is behind hears so before it writes (not from a refused insert, logged as an error).
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AppendLockClass}, {LockKey(draftId)})", cancellationToken);
            // The revisions the unique (draft, revision) key would refuse: any of the batch's own.
            int first = entries[0].Entry.Revision, last = entries[^1].Entry.Revision;
            var stored = await db.Operations.Where(o => o.DraftId == draftId && o.Revision >= first && o.Revision <= last).MaxAsync(o => (int?)o.Revision, cancellationToken);
            if (stored is not null)
            {
                var tail = await ReadTailAsync(db, draftId, entries[0].Entry.Revision - 1, cancellationToken);
                entries = rebase?.Invoke(tail) ?? throw new RevisionTakenException(draftId, stored.Value);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (symbol, title, language, kind) = DraftRecords.ListColumns(live);
        foreach (var (entry, author, userId) in entries)
        {
            db.Operations.Add(new OperationRecord
            {
                DraftId = draftId, Revision = entry.Revision, ClientId = entry.ClientId, ClientSeq = entry.ClientSeq,
                OperationJson = DraftOperationJson.Serialize(entry.Operation), UserId = userId, AppliedUtc = now,
                // A column PostgreSQL enforces: an attribution to many delegations is clipped, never a refused write.
                Author = author.Length <= OperationRecord.MaxAuthor ? author : author[..(OperationRecord.MaxAuthor - 1)] + "…",
            });
        }

        if (alsoSave is not null)
        {
            await alsoSave(db, entries[^1].Entry.Revision, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Drafts.Where(d => d.Id == draftId).ExecuteUpdateAsync(d => d
            .SetProperty(r => r.Symbol, symbol).SetProperty(r => r.Title, title).SetProperty(r => r.Language, language)
            .SetProperty(r => r.Kind, kind).SetProperty(r => r.UpdatedUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The class of PostgreSQL advisory locks a draft's appends take (the migration lock is 727365).</summary>
    private const int AppendLockClass = 727366;

    /// <summary>A draft's lock key: the same on every node (a Guid's own hash code is not).</summary>
    private static int LockKey(Guid draftId) => BitConverter.ToInt32(draftId.ToByteArray(), 0);

    /// <summary>The change log after <paramref name="afterRevision"/>, in order, with who sent each entry: what other nodes wrote.</summary>
    public async Task<IReadOnlyList<(AppliedOperation Entry, string? UserId)>> TailAsync(Guid draftId, int afterRevision, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ReadTailAsync(db, draftId, afterRevision, cancellationToken);
    }

    private static async Task<IReadOnlyList<(AppliedOperation Entry, string? UserId)>> ReadTailAsync(
        AppDbContext db, Guid draftId, int afterRevision, CancellationToken cancellationToken)
    {
        var rows = await db.Operations.AsNoTracking()
            .Where(o => o.DraftId == draftId && o.Revision > afterRevision)
            .OrderBy(o => o.Revision)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (ToEntry(r), r.UserId))];
    }

    /// <summary>Stores the live draft as the snapshot at <paramref name="revision"/> and refreshes the drafts list's columns.</summary>
    /// Two nodes of one draft may snapshot at once (the draft row's version decides): the one that loses
    /// reads the row again and writes only if its snapshot is still the later one.
    public async Task WriteSnapshotAsync(Guid draftId, Draft draft, int revision, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var record = await db.Drafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
            if (record is null || record.SnapshotRevision >= revision)
            {
                return;
            }

            DraftRecords.Write(record, draft, clock.GetUtcNow().UtcDateTime);
            record.SnapshotRevision = revision;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
            }
        }
    }

    public static Draft ReadSnapshot(DraftRecord record)
    {
        var parsed = DraftJson.DeserializeVerbatim(record.ContentJson);
        return parsed.IsSuccess ? parsed.Value! : throw new InvalidDataException($"Stored draft {record.Id} cannot be read: {parsed.Error}");
    }

    private static AppliedOperation ToEntry(OperationRecord row)
    {
        var operation = DraftOperationJson.Parse(row.OperationJson);
        return operation.IsSuccess
            ? new AppliedOperation(row.Revision, row.ClientId, row.ClientSeq, operation.Value!)
            : throw new InvalidDataException($"Draft {row.DraftId}: logged operation {row.Revision} cannot be read: {operation.Error}");
    }
}
