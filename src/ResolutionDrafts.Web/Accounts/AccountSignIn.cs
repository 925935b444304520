using Microsoft.AspNetCore.Identity;
using ResolutionDrafts.Web.Audit;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>Password sign-in shared by the sign-in page and the JSON endpoint: lockout on, every attempt audited.</summary>
public static class AccountSignIn
{
    public const int MaxField = 256;

    /// <summary>
    /// The one answer to a failed sign-in, whether the name is unknown, the password wrong or the
    /// account locked, so that nobody can tell from it which accounts exist.
    /// </summary>
    public const string Refused = "That user name and password do not match an account, or the account is locked for 15 minutes after repeated failures. Ask an administrator if it goes on.";

    public static async Task<SignInOutcome> SignInAsync(SignInManager<AppUser> signIn, IAuditLog audit, string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length is 0 or > MaxField || string.IsNullOrEmpty(password) || password.Length > MaxField)
        {
            return new SignInOutcome(null, "Enter your user name and password.", false);
        }

        var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.WriteAnonymousAsync(name, AuditActions.SignInFailed, result.IsLockedOut ? "locked out" : "wrong user name or password", cancellationToken);
            return new SignInOutcome(null, Refused, result.IsLockedOut);
        }

        var user = await signIn.UserManager.FindByNameAsync(name);
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var actor = Actor.From(principal)!;
        await audit.WriteAsync(actor, AuditActions.SignIn, null, "", cancellationToken);
        return new SignInOutcome(actor, null, false);
    }

    public sealed record SignInOutcome(Actor? Actor, string? Error, bool LockedOut);
}
