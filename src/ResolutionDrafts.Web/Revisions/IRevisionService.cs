using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>
/// Issued revisions: immutable snapshots of a draft's live text. There is no way to change one;
/// a new draft can be started from any of them.
/// </summary>
public interface IRevisionService
{
    Task<DomainResult<RevisionSummary>> IssueAsync(Guid draftId, IssueRevisionRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<RevisionSummary>> ListAsync(Guid draftId, CancellationToken cancellationToken);

    Task<LoadedRevision?> LoadAsync(Guid revisionId, CancellationToken cancellationToken);

    /// <summary>A new draft with the revision's text; <paramref name="secretariatUserId"/> becomes its secretariat.</summary>
    Task<DomainResult<Guid>> StartDraftFromAsync(Guid revisionId, string? secretariatUserId, CancellationToken cancellationToken);
}
