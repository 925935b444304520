using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Contracts.Protocol;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>Drafts in the database, their live text through <see cref="DraftSessions"/>.</summary>
public sealed class DraftService(IDbContextFactory<AppDbContext> dbFactory, DraftSessions sessions, IDraftEvents events, TimeProvider clock, ILogger<DraftService> logger) : IDraftService
{
    public Task<DomainResult<LoadedDraft>> ApplyAsync(Guid id, Func<Draft, DomainResult<DraftOperation>> change, DraftAccess by, CancellationToken cancellationToken) =>
        by.DraftId == id ? ApplyAsync(new DraftCommand(by, change), cancellationToken) : throw new ArgumentException("The access given is to another draft.", nameof(by));

    public async Task<DomainResult<LoadedDraft>> ApplyAsync(DraftCommand command, CancellationToken cancellationToken)
    {
        var by = command.By;
        // Every line logged while a page's or a service's change runs (the session's saves and failures
        // included) names the draft and the user, as the hub's lines do (Operations/HubLogScope). Ids only.
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["DraftId"] = by.DraftId, ["UserId"] = by.Actor.UserId, ["Command"] = command.Right?.ToString() ?? "Edit" });
        var result = await ApplyInScopeAsync(command, by, cancellationToken);
        if (result.Error is not null)
        {
            // The reason may quote the draft's words: only at Debug, which production does not write.
            logger.LogInformation("A change to the draft was refused");
            logger.LogDebug("Refused because: {Reason}", result.Error);
        }

        return result;
    }

    private async Task<DomainResult<LoadedDraft>> ApplyInScopeAsync(DraftCommand command, Access.DraftAccess by, CancellationToken cancellationToken)
    {
        if (command.Right is { } right && !by.Can(right))
        {
            return DomainResult<LoadedDraft>.Fail(by.Refusal(right));
        }

        await using var lease = await sessions.AcquireAsync(by.DraftId, cancellationToken);
        if (lease is null)
        {
            return DomainResult<LoadedDraft>.Fail("This draft no longer exists.");
        }

        var change = command.Right is null ? Guarded(command.Change, by) : command.Change;
        var applied = await lease.Session.ApplyAsync(change, command.AttributedTo ?? by.Actor.Label, by.Actor.UserId, command.AlsoSave, cancellationToken);
        if (!applied.IsSuccess)
        {
            return DomainResult<LoadedDraft>.Fail(applied.Error!);
        }

        var (draft, revision) = await lease.Session.SnapshotAsync(cancellationToken);
        return DomainResult<LoadedDraft>.Ok(new LoadedDraft(by.DraftId, draft, revision));
    }

    public async Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.AsNoTracking()
            .OrderByDescending(d => d.UpdatedUtc)
            .Select(d => new DraftSummary(d.Id, d.Symbol, d.Title, d.Language, d.Kind, d.UpdatedUtc, d.CreatedUtc))
            .ToListAsync(cancellationToken);
    }

    public Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        sessions.WithSessionAsync(id, async session =>
        {
            var (draft, revision) = await session.SnapshotAsync(cancellationToken);
            return new LoadedDraft(id, draft, revision);
        }, cancellationToken);

    public Task<DraftReading?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        sessions.WithSessionAsync(id, async session =>
        {
            var (draft, revision) = await session.SharedSnapshotAsync(cancellationToken);
            return DraftReading.For(new LoadedDraft(id, draft, revision));
        }, cancellationToken);

    public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, CancellationToken cancellationToken) =>
        CreateAsync(draft, secretariatUserId, null, cancellationToken);

    public async Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, Action<AppDbContext, Guid>? alsoSave, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new DraftRecord { Id = Guid.NewGuid(), CreatedUtc = now, SnapshotRevision = 0 };
        DraftRecords.Write(record, draft, now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Drafts.Add(record);
        if (secretariatUserId is not null)
        {
            db.DraftMembers.Add(new DraftMemberRecord
            {
                DraftId = record.Id, UserId = secretariatUserId, Role = nameof(Access.DraftRole.Secretariat), AddedUtc = now, AddedBy = "created the draft",
            });
        }

        alsoSave?.Invoke(db, record.Id);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>The change, refused when the operation it builds needs a permission <paramref name="by"/> lacks.</summary>
    private static Func<Draft, DomainResult<DraftOperation>> Guarded(Func<Draft, DomainResult<DraftOperation>> change, DraftAccess by) => draft =>
    {
        var built = change(draft);
        return built.IsSuccess && OperationActions.Missing(by, built.Value!) is { } missing
            ? DomainResult<DraftOperation>.Fail(by.Refusal(missing))
            : built;
    };

    public async Task<IDraftWatch?> WatchAsync(Guid id, Func<DraftEvent, Task> onEvent, CancellationToken cancellationToken)
    {
        var lease = await sessions.AcquireAsync(id, cancellationToken);
        return lease is null ? null : new Watch(lease, events.Subscribe(id, onEvent));
    }

    private sealed class Watch(SessionLease lease, IDisposable subscription) : IDraftWatch
    {
        public Task<IReadOnlyList<PresenceEntry>> PresenceAsync(CancellationToken cancellationToken) => lease.Session.PresenceAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            subscription.Dispose();
            await lease.DisposeAsync();
        }
    }
}
