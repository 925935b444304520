using Microsoft.AspNetCore.Identity;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// A person who signs in. A delegation member is bound to one <see cref="Delegation"/> (a Member
/// State, observer State, organisation or group) and acts as it in every draft they belong to.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public const int MaxDisplayName = 100;
    public const int MaxDelegation = 200;

    public string DisplayName { get; set; } = "";

    public string? Delegation { get; set; }

    public DateTime CreatedUtc { get; set; }
}
