using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Counts imports from the audit entry every import writes ("…, imported from FILE"), so the import
/// page need not know about metrics.
/// </summary>
internal sealed class MeteredAuditLog(IAuditLog inner, AppMetrics metrics) : IAuditLog
{
    public async Task WriteAsync(Actor? actor, string action, Guid? draftId, string detail, CancellationToken cancellationToken)
    {
        await inner.WriteAsync(actor, action, draftId, detail, cancellationToken);
        if (action == AuditActions.DraftCreated && detail.Contains(", imported from ", StringComparison.Ordinal))
        {
            metrics.Imported();
        }
    }

    public Task WriteAnonymousAsync(string userName, string action, string detail, CancellationToken cancellationToken) =>
        inner.WriteAnonymousAsync(userName, action, detail, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid? draftId, int take, CancellationToken cancellationToken) =>
        inner.ReadAsync(draftId, take, cancellationToken);
}
