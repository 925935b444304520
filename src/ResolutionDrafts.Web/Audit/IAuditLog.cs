using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Audit;

/// <summary>Who did what to which draft, when: visible to the draft's secretariat and to administrators.</summary>
public interface IAuditLog
{
    Task WriteAsync(Actor? actor, string action, Guid? draftId, string detail, CancellationToken cancellationToken);

    /// <summary>Records an action by someone who is not signed in (a failed sign-in) under the name they gave.</summary>
    Task WriteAnonymousAsync(string userName, string action, string detail, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid? draftId, int take, CancellationToken cancellationToken);
}
