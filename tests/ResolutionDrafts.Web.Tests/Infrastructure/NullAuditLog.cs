using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>For component tests, which are about rendering: keeps what would be written.</summary>
internal sealed class NullAuditLog : IAuditLog
{
    public List<(string Action, string Detail)> Written { get; } = [];

    public Task WriteAsync(Actor? actor, string action, Guid? draftId, string detail, CancellationToken cancellationToken)
    {
        Written.Add((action, detail));
        return Task.CompletedTask;
    }

    public Task WriteAnonymousAsync(string userName, string action, string detail, CancellationToken cancellationToken) =>
        WriteAsync(null, action, null, detail, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid? draftId, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([]);
}
