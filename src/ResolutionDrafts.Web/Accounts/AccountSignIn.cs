using Microsoft.AspNetCore.Identity;
using ResolutionDrafts.Web.Audit;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>Password sign-in shared by the sign-in page and the JSON endpoint: lockout on, every attempt audited.</summary>
public static class AccountSignIn
{
    public const int MaxField = 256;

    public static async Task<SignInOutcome> SignInAsync(SignInManager<AppUser> signIn, IAuditLog audit, string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length is 0 or > MaxField || string.IsNullOrEmpty(password) || password.Length > MaxField)
        {
            return new SignInOutcome(null, "Enter your user name and password.", false);
        }

        var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.WriteAnonymousAsync(name, AuditActions.SignInFailed, "locked out", cancellationToken);
            return new SignInOutcome(null, "This account is locked after repeated failed sign-ins. Try again in 15 minutes, or ask an administrator.", true);
        }

        if (!result.Succeeded)
        {
            await audit.WriteAnonymousAsync(name, AuditActions.SignInFailed, "wrong user name or password", cancellationToken);
            return new SignInOutcome(null, "That user name and password do not match an account.", false);
        }

        var user = await signIn.UserManager.FindByNameAsync(name);
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var actor = Actor.From(principal)!;
        await audit.WriteAsync(actor, AuditActions.SignIn, null, "", cancellationToken);
        return new SignInOutcome(actor, null, false);
    }

    public sealed record SignInOutcome(Actor? Actor, string? Error, bool LockedOut);
}
