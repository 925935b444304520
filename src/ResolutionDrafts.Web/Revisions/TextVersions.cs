using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>Finds the texts of one draft by key: "live" or a revision id of that draft.</summary>
public sealed class TextVersions(IDraftService drafts, IRevisionService revisions)
{
    public async Task<DomainResult<TextVersion>> FindAsync(Guid draftId, string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key == TextVersion.LiveKey)
        {
            var live = await drafts.LoadAsync(draftId, cancellationToken);
            return live is null
                ? DomainResult<TextVersion>.Fail("There is no such draft.")
                : DomainResult<TextVersion>.Ok(new TextVersion(null, "Live text", live.Draft, live.Revision));
        }

        if (!Guid.TryParse(key, out var revisionId))
        {
            return DomainResult<TextVersion>.Fail($"'{key}' is neither \"live\" nor a revision.");
        }

        var revision = await revisions.LoadAsync(revisionId, cancellationToken);
        return revision is null || revision.Summary.DraftId != draftId
            ? DomainResult<TextVersion>.Fail("That revision does not belong to this draft.")
            : DomainResult<TextVersion>.Ok(new TextVersion(revisionId, revision.Summary.Symbol, revision.Draft, revision.Summary.LogRevision));
    }
}
