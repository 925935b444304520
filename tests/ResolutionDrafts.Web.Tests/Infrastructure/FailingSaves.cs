using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// Fails a save whose tracked rows match <see cref="When"/>, as a full disk or a lost connection would.
/// Registered as a service (<see cref="AppFactory.TestServices"/>); the app applies every registered interceptor.
/// </summary>
internal sealed class FailingSaves : SaveChangesInterceptor
{
    public Func<ChangeTracker, bool>? When { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        When is { } when && eventData.Context is { } context && when(context.ChangeTracker)
            ? throw new DbUpdateException("Injected failure: the database did not take this write.")
            : base.SavingChangesAsync(eventData, result, cancellationToken);
}
