using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>
/// Issued revisions: immutable snapshots of a draft's live text. There is no way to change one;
/// a new draft can be started from any of them.
/// </summary>
public interface IRevisionService
{
    /// <summary>Issues the live text of <paramref name="by"/>'s draft as a revision, by the signed-in user, if their role allows it.</summary>
    Task<DomainResult<RevisionSummary>> IssueAsync(DraftAccess by, IssueRevisionRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<RevisionSummary>> ListAsync(Guid draftId, CancellationToken cancellationToken);

    /// <summary>A revision by id. Callers check the reader's access to its draft first (<see cref="DraftOfAsync"/>).</summary>
    Task<LoadedRevision?> LoadAsync(Guid revisionId, CancellationToken cancellationToken);

    /// <summary>The draft a revision was issued from, or null: read before anything else, so access is checked before the revision is loaded.</summary>
    Task<Guid?> DraftOfAsync(Guid revisionId, CancellationToken cancellationToken);

    /// <summary>
    /// Sets (or, blank, clears) the job number of an issued revision, printed at the foot of its first page in
    /// every later download. Only those who issue revisions (the secretariat) may; the number is one short line.
    /// </summary>
    Task<DomainResult> SetJobNumberAsync(DraftAccess by, Guid revisionId, string? jobNumber, CancellationToken cancellationToken);

    /// <summary>A new draft with the revision's text, with the caller (secretariat staff) as its secretariat.</summary>
    Task<DomainResult<Guid>> StartDraftFromAsync(DraftAccess by, Guid revisionId, CancellationToken cancellationToken);

    /// <summary>
    /// A new draft from an issued document (an import), with <paramref name="by"/> (secretariat staff) as its
    /// secretariat. When it has a symbol it is its own first revision at once, with the symbol and the date of
    /// issue its masthead gives, so the as-issued text stays for comparison and the next revision takes the next symbol.
    /// With no <paramref name="by"/> (the demo drafts loaded into an empty database) it has no member yet.
    /// </summary>
    Task<Guid> CreateIssuedAsync(Accounts.Actor? by, Draft draft, string source, CancellationToken cancellationToken);
}
