using System.Security.Claims;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Access;

/// <summary>Reads what a user may do in a draft; <see cref="DraftAccessService"/> is the one implementation.</summary>
public interface IDraftAccess
{
    Task<DraftAccess?> ForAsync(ClaimsPrincipal? user, Guid draftId, CancellationToken cancellationToken);

    Task<DraftAccess?> ForAsync(Actor actor, Guid draftId, CancellationToken cancellationToken);
}
