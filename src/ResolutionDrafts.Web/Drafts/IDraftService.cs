using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// The one way pages read and change drafts. Changes are operations built against the live text
/// and applied through the draft's session, like every change from the hub, so they merge with
/// what others are typing and everyone sees them at once.
/// </summary>
public interface IDraftService
{
    Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken);

    Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The live text for reading only, with its labels and warnings: one shared instance per change
    /// for every page that watches the draft (never change it). Null when the draft does not exist.
    /// </summary>
    async Task<DraftReading?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } loaded ? DraftReading.For(loaded) : null;

    /// <summary>Stores a new draft; <paramref name="secretariatUserId"/>, when given, becomes its first secretariat member in the same step.</summary>
    Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new draft as <see cref="CreateAsync(Draft, string?, CancellationToken)"/> does, with rows that
    /// belong to it (its first revision, for a document imported as issued) added by <paramref name="alsoSave"/>
    /// in the same transaction, given the new draft's id.
    /// </summary>
    Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, Action<Data.AppDbContext, Guid>? alsoSave, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the operation <paramref name="change"/> builds, if <paramref name="by"/> may make it
    /// (<see cref="Access.OperationActions"/>); the change log names them as its author. On success, the
    /// draft as it now stands; when refused, why (and nothing changed).
    /// </summary>
    Task<DomainResult<LoadedDraft>> ApplyAsync(Guid id, Func<Draft, DomainResult<DraftOperation>> change, Access.DraftAccess by, CancellationToken cancellationToken);

    /// <summary>
    /// The one door for every change a service makes to a draft's live text: checks the caller's
    /// rights, applies the change through the draft's session and saves its operation together with
    /// the rows that belong to it (<see cref="DraftCommand.AlsoSave"/>), all or nothing.
    /// </summary>
    Task<DomainResult<LoadedDraft>> ApplyAsync(DraftCommand command, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the draft's session open and calls <paramref name="onEvent"/> for every event of the draft
    /// (<see cref="Collaboration.IDraftEvents"/>): text, presence, proposals, members. Null when there is no such draft.
    /// </summary>
    Task<IDraftWatch?> WatchAsync(Guid id, Func<Collaboration.DraftEvent, Task> onEvent, CancellationToken cancellationToken);
}
