using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>Puts the display name and delegation into the sign-in cookie, so no request needs the database to know who is acting.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        if (!string.IsNullOrWhiteSpace(user.Delegation))
        {
            identity.AddClaim(new Claim(Actor.DelegationClaim, user.Delegation));
        }

        return identity;
    }
}
