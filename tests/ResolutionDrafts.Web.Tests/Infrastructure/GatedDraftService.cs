using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// The real <see cref="IDraftService"/> with a gate on listing drafts: while <see cref="Close"/>d,
/// <see cref="ListAsync"/> waits until <see cref="Open"/>, which holds up whatever lists them (the
/// precedent index's build reads the adopted resolutions that way) so a test can see what does not wait.
/// </summary>
internal sealed class GatedDraftService(IDraftService inner) : IDraftService
{
    private TaskCompletionSource opened = Opened();

    public void Close() => opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => opened.TrySetResult();

    public async Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await opened.Task.WaitAsync(cancellationToken);
        return await inner.ListAsync(cancellationToken);
    }

    public Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

    public Task<DraftReading?> ReadAsync(Guid id, CancellationToken cancellationToken) => inner.ReadAsync(id, cancellationToken);

    public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, CancellationToken cancellationToken) => inner.CreateAsync(draft, secretariatUserId, cancellationToken);

    public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, Action<Data.AppDbContext, Guid>? alsoSave, CancellationToken cancellationToken) =>
        inner.CreateAsync(draft, secretariatUserId, alsoSave, cancellationToken);

    public Task<DomainResult<LoadedDraft>> ApplyAsync(Guid id, Func<Draft, DomainResult<DraftOperation>> change, Access.DraftAccess by, CancellationToken cancellationToken) =>
        inner.ApplyAsync(id, change, by, cancellationToken);

    public Task<DomainResult<LoadedDraft>> ApplyAsync(DraftCommand command, CancellationToken cancellationToken) => inner.ApplyAsync(command, cancellationToken);

    public Task<IDraftWatch?> WatchAsync(Guid id, Func<DraftEvent, Task> onEvent, CancellationToken cancellationToken) => inner.WatchAsync(id, onEvent, cancellationToken);

    private static TaskCompletionSource Opened()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
