using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Audit;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// What an administrator does to accounts: create, change delegation and roles, reset a password,
/// unlock. There is no self-registration. Each call uses its own scope, so a long-lived page never
/// holds a stale context; each change is audited.
/// </summary>
public sealed class AccountAdministration(IServiceScopeFactory scopes, IAuditLog audit, SignInCheck signIns, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd is { } end && end > clock.GetUtcNow();
            rows.Add(new UserRow(user.Id, user.UserName ?? "", user.DisplayName, user.Delegation, [.. roles.Order()], locked));
        }

        return rows;
    }

    public async Task<DomainResult> CreateAsync(Actor by, NewUser request, CancellationToken cancellationToken)
    {
        if (!by.IsAdministrator)
        {
            return DomainResult.Fail("Only an administrator creates accounts.");
        }

        var check = Validate(request.DisplayName, request.Delegation, request.Roles);
        if (check is not null)
        {
            return DomainResult.Fail(check);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = request.UserName.Trim(),
            DisplayName = request.DisplayName.Trim(),
            Delegation = string.IsNullOrWhiteSpace(request.Delegation) ? null : request.Delegation.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return DomainResult.Fail(Describe(created));
        }

        if (request.Roles.Count > 0)
        {
            var roles = await users.AddToRolesAsync(user, request.Roles);
            if (!roles.Succeeded)
            {
                await users.DeleteAsync(user);
                return DomainResult.Fail(Describe(roles));
            }
        }

        await audit.WriteAsync(by, AuditActions.UserCreated, null,
            $"{user.UserName} ({user.DisplayName}{(user.Delegation is null ? "" : ", " + user.Delegation)}){(request.Roles.Count > 0 ? " roles: " + string.Join(", ", request.Roles) : "")}", cancellationToken);
        return DomainResult.Ok();
    }

    public async Task<DomainResult> ResetPasswordAsync(Actor by, string userId, string newPassword, CancellationToken cancellationToken)
    {
        if (!by.IsAdministrator)
        {
            return DomainResult.Fail("Only an administrator resets passwords.");
        }

        return await WithUserAsync(userId, async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (!reset.Succeeded)
            {
                return DomainResult.Fail(Describe(reset));
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            // The administrator knows this password: the user chooses their own at their next sign-in.
            await PasswordChangeFirst.RequireAsync(users, user);
            // The reset changed the security stamp: whoever was signed in with the old password is out.
            await signIns.EndSessionsAsync(users, user);
            await audit.WriteAsync(by, AuditActions.UserChanged, null, $"{user.UserName}: password reset", cancellationToken);
            return DomainResult.Ok();
        });
    }

    /// <summary>A signed-in user changes their own password; their other sessions end (this one signs in again).</summary>
    public Task<DomainResult> ChangeOwnPasswordAsync(Actor by, string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        ChangeOwnPasswordAsync(by, currentPassword, newPassword, null, cancellationToken);

    /// <summary>
    /// As above; <paramref name="keepThisSession"/> is given the account as changed (its new security stamp) to
    /// sign the caller's own session in again (SignInManager.RefreshSignInAsync), so only the others end.
    /// </summary>
    public async Task<DomainResult> ChangeOwnPasswordAsync(Actor by, string currentPassword, string newPassword, Func<AppUser, Task>? keepThisSession, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(newPassword) || newPassword == currentPassword)
        {
            return DomainResult.Fail("Choose a new password, different from the current one.");
        }

        return await WithUserAsync(by.UserId, async (users, user) =>
        {
            var changed = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "");
            if (!changed.Succeeded)
            {
                return DomainResult.Fail(changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "The current password is not right." : Describe(changed));
            }

            await PasswordChangeFirst.ReleaseAsync(users, user);
            await signIns.EndSessionsAsync(users, user);
            if (keepThisSession is not null)
            {
                await keepThisSession(user);
            }

            await audit.WriteAsync(by, AuditActions.UserChanged, null, $"{user.UserName}: changed their own password", cancellationToken);
            return DomainResult.Ok();
        });
    }

    /// <summary>Locks an account until an administrator unlocks it; every session of it ends within seconds.</summary>
    public async Task<DomainResult> LockAsync(Actor by, string userId, CancellationToken cancellationToken)
    {
        if (!by.IsAdministrator)
        {
            return DomainResult.Fail("Only an administrator locks accounts.");
        }

        if (by.UserId == userId)
        {
            return DomainResult.Fail("You cannot lock your own account.");
        }

        return await WithUserAsync(userId, async (users, user) =>
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await signIns.EndSessionsAsync(users, user);
            await audit.WriteAsync(by, AuditActions.UserChanged, null, $"{user.UserName}: locked", cancellationToken);
            return DomainResult.Ok();
        });
    }

    public async Task<DomainResult> UnlockAsync(Actor by, string userId, CancellationToken cancellationToken)
    {
        if (!by.IsAdministrator)
        {
            return DomainResult.Fail("Only an administrator unlocks accounts.");
        }

        return await WithUserAsync(userId, async (users, user) =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await audit.WriteAsync(by, AuditActions.UserChanged, null, $"{user.UserName}: unlocked", cancellationToken);
            return DomainResult.Ok();
        });
    }

    /// <summary>Runs <paramref name="action"/> on the account <paramref name="userId"/> with a user manager of its own scope; "There is no such user." when there is none.</summary>
    private async Task<DomainResult> WithUserAsync(string userId, Func<UserManager<AppUser>, AppUser, Task<DomainResult>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        return user is null ? DomainResult.Fail("There is no such user.") : await action(users, user);
    }

    private static string? Validate(string displayName, string? delegation, IReadOnlyList<string> roles)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > AppUser.MaxDisplayName)
        {
            return $"A display name is 1 to {AppUser.MaxDisplayName} characters.";
        }

        if ((ShortText.Problem(displayName, "A display name") ?? ShortText.Problem(delegation, "A delegation's name")) is { } invisible)
        {
            return invisible;
        }

        if (delegation is { Length: > AppUser.MaxDelegation })
        {
            return $"A delegation's name has at most {AppUser.MaxDelegation} characters.";
        }

        var unknown = roles.FirstOrDefault(r => !AccountRoles.All.Contains(r));
        return unknown is null ? null : $"Unknown account role '{unknown}'.";
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    public sealed record UserRow(string Id, string UserName, string DisplayName, string? Delegation, IReadOnlyList<string> Roles, bool LockedOut);

    public sealed record NewUser(string UserName, string DisplayName, string? Delegation, string Password, IReadOnlyList<string> Roles);
}
