namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// Another node wrote the revisions a batch was to take: the change log already holds
/// <see cref="StoredRevision"/>. Nothing of the batch was written; the session takes in the log's
/// tail and writes the batch again past it.
/// </summary>
public sealed class RevisionTakenException(Guid draftId, int storedRevision)
    : Exception($"Draft {draftId}: the change log is at revision {storedRevision} already.")
{
    public int StoredRevision { get; } = storedRevision;
}
