using Microsoft.AspNetCore.Identity;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Extensions;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// Signing in and out outside the sign-in page: tools (the load driver, tests) sign in with JSON,
/// which a cross-site form cannot send, and every page's "Sign out" button posts a form that
/// carries an anti-forgery token.
/// </summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sign-in", async (SignInRequest request, SignInManager<AppUser> signIn, IAuditLog audit, CancellationToken ct) =>
            {
                var outcome = await AccountSignIn.SignInAsync(signIn, audit, request.UserName, request.Password, ct);
                // One status and one message for a wrong password, an unknown name and a locked account:
                // the answer tells nobody which accounts exist (the audit log keeps the difference).
                return outcome.Error is null
                    ? Results.Ok(new { userName = outcome.Actor!.UserName, displayName = outcome.Actor.DisplayName, delegation = outcome.Actor.Delegation })
                    : Results.Problem(outcome.Error, statusCode: StatusCodes.Status401Unauthorized);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);

        // Binding the form makes the endpoint check the anti-forgery token.
        app.MapPost("/account/sign-out", async (IFormCollection form, SignInManager<AppUser> signIn, SignInCheck check, IAuditLog audit, HttpContext http, CancellationToken ct) =>
            {
                if (Actor.From(http.User) is { } actor)
                {
                    // A copy of the cookie must not outlive the sign-out: every session of the account ends.
                    if (await signIn.UserManager.FindByIdAsync(actor.UserId) is { } user)
                    {
                        await check.EndSessionsAsync(signIn.UserManager, user);
                    }

                    await audit.WriteAsync(actor, AuditActions.SignOut, null, "", ct);
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect("~/account/sign-in");
            })
            .AllowAnonymous();

        app.MapGet("/api/me", (HttpContext http) => Actor.From(http.User) is { } actor
            ? Results.Ok(new { userName = actor.UserName, displayName = actor.DisplayName, delegation = actor.Delegation, administrator = actor.IsAdministrator })
            : Results.Unauthorized());
        return app;
    }

    public sealed record SignInRequest(string? UserName, string? Password);
}
