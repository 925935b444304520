using System.Security.Claims;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>For component tests: everyone is <see cref="Role"/> in every draft.</summary>
internal sealed class FixedDraftAccess(DraftRole role, bool openToDirectEditing = false) : IDraftAccess
{
    public static readonly Actor Secretariat = new("u-secretariat", "secretariat", "Sara Lindqvist", null, false, true);

    public DraftRole Role { get; set; } = role;

    /// <summary>The token of every question a page asked, in order.</summary>
    public List<CancellationToken> Tokens { get; } = [];

    public Task<DraftAccess?> ForAsync(ClaimsPrincipal? user, Guid draftId, CancellationToken cancellationToken)
    {
        Tokens.Add(cancellationToken);
        return ForAsync(Secretariat, draftId, cancellationToken);
    }

    public Task<DraftAccess?> ForAsync(Actor actor, Guid draftId, CancellationToken cancellationToken) =>
        Task.FromResult<DraftAccess?>(new DraftAccess(draftId, actor, Role, openToDirectEditing));
}
