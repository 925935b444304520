using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// The one way the app reads and changes drafts. Every change is a function over the domain
/// <see cref="Draft"/>: its rules decide, and a refused change is never stored.
/// </summary>
public interface IDraftService
{
    Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken);

    Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken);

    Task<Guid> CreateAsync(Draft draft, CancellationToken cancellationToken);

    Task<EditResult> EditAsync(Guid id, Func<Draft, DomainResult> edit, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
