using System.Security.Claims;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// The signed-in user as every server path sees them, read from the authentication cookie's
/// claims (written at sign-in by <see cref="AppClaimsFactory"/>), never from a request's body.
/// </summary>
public sealed record Actor(string UserId, string UserName, string DisplayName, string? Delegation, bool IsAdministrator, bool IsSecretariatStaff)
{
    public const string DisplayNameClaim = "rd:display_name";
    public const string DelegationClaim = "rd:delegation";

    /// <summary>
    /// Stored with an account whose password someone else chose (the administrator's printed at first start,
    /// one an administrator reset): until the user chooses their own, they can do nothing else (<see cref="PasswordChangeFirst"/>).
    /// </summary>
    public const string MustChangePasswordClaim = "rd:must_change_password";

    /// <summary>How changes, presence and the audit log name this user: "Amina Diallo (Burundi)".</summary>
    public string Label => Delegation is { Length: > 0 } delegation ? $"{DisplayName} ({delegation})" : DisplayName;

    public bool MayCreateDrafts => IsAdministrator || IsSecretariatStaff;

    public static Actor? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue(ClaimTypes.Name);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name))
        {
            return null;
        }

        var display = user.FindFirstValue(DisplayNameClaim);
        var delegation = user.FindFirstValue(DelegationClaim);
        return new Actor(id, name, string.IsNullOrWhiteSpace(display) ? name : display, string.IsNullOrWhiteSpace(delegation) ? null : delegation,
            user.IsInRole(AccountRoles.Administrator), user.IsInRole(AccountRoles.Secretariat));
    }
}
