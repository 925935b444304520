using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// A password someone else chose works for one thing only: choosing one's own. While an account carries
/// <see cref="Actor.MustChangePasswordClaim"/>, every page leads to <see cref="PagePath"/> and every other
/// request (the API, live connections) is refused; signing in and out and the site's files stay open.
/// </summary>
public static class PasswordChangeFirst
{
    public const string PagePath = "/account/password";

    public const string Refusal = "Choose a new password first, at /account/password: the one you signed in with was set by someone else.";

    public static Claim Claim => new(Actor.MustChangePasswordClaim, "true");

    public static bool Applies(ClaimsPrincipal? user) => user?.HasClaim(c => c.Type == Actor.MustChangePasswordClaim) == true;

    public static async Task RequireAsync(UserManager<AppUser> users, AppUser user)
    {
        if (!(await users.GetClaimsAsync(user)).Any(c => c.Type == Actor.MustChangePasswordClaim))
        {
            await users.AddClaimAsync(user, Claim);
        }
    }

    public static async Task ReleaseAsync(UserManager<AppUser> users, AppUser user)
    {
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == Actor.MustChangePasswordClaim).ToList();
        if (marks.Count > 0)
        {
            await users.RemoveClaimsAsync(user, marks);
        }
    }

    /// <summary>The gate, after authentication: pages redirect to the password page, everything else gets 403.</summary>
    public static WebApplication UsePasswordChangeFirst(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!Applies(context.User)
                || context.Request.Path.StartsWithSegments(PagePath)
                || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                await next();
                return;
            }

            var path = context.Request.Path;
            if (HttpMethods.IsGet(context.Request.Method) && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hubs") && !path.StartsWithSegments("/_blazor"))
            {
                context.Response.Redirect(PagePath);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync(Refusal);
        });
        return app;
    }
}
