using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Endpoints;

namespace ResolutionDrafts.Web.Extensions;

internal static class AccountsExtensions
{
    /// <summary>`--demo` on the command line: the same as Accounts:DemoUsers=true.</summary>
    public static string[] TakeDemoSwitch(this string[] args, out bool demo) => args.TakeSwitch("--demo", out demo);

    /// <summary>Takes a switch such as `--migrate-only` out of the command line, saying whether it was there.</summary>
    public static string[] TakeSwitch(this string[] args, string name, out bool present)
    {
        present = args.Contains(name, StringComparer.OrdinalIgnoreCase);
        return [.. args.Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))];
    }

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .Validate(o => o.SignInLifetime > TimeSpan.Zero, "Accounts:SignInLifetime must be longer than zero (e.g. 10:00:00).")
            .Validate(o => o.SignInCheckInterval >= TimeSpan.Zero && o.SignInCheckInterval <= TimeSpan.FromMinutes(10),
                "Accounts:SignInCheckInterval must be between 00:00:00 (check every time) and 00:10:00: it is how soon a sign-out ends every session.")
            .ValidateOnStart();

        // Identity's stores take the context from the request scope; it comes from the same pool.
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        // Keys in the database, not in one machine's profile: a cookie issued by one node is read by all.
        // Encrypted at rest with DataProtection:CertificatePath when it is set (docs/security.md).
        ResolutionDrafts.Web.Operations.KeyEncryption.Add(
            builder.Services.AddDataProtection().SetApplicationName("ResolutionDrafts").PersistKeysToDbContext<AppDbContext>(), builder.Configuration);
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddIdentityCore<AppUser>(identity =>
            {
                // Length over composition (NIST SP 800-63B): 12 characters, no forced symbols.
                identity.Password.RequiredLength = 12;
                identity.Password.RequiredUniqueChars = 4;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders();

        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>>((cookie, accounts) =>
            {
                cookie.Cookie.Name = "rd.session";
                cookie.Cookie.HttpOnly = true;
                // Lax, not Strict: a link to a draft from an e-mail opens it signed in; forms carry anti-forgery tokens.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = accounts.Value.AlwaysSecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = accounts.Value.SignInLifetime;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/account/sign-in";
                cookie.AccessDeniedPath = "/account/denied";
                // Tools and scripts get a status code, not a sign-in page.
                cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            });

        // Identity checks each cookie's security stamp this often; SignInCheck does the same for live
        // connections and open pages. Signing out or a lock changes the stamp: every session ends.
        builder.Services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountOptions>>((stamp, accounts) => stamp.ValidationInterval = accounts.Value.SignInCheckInterval);
        builder.Services.AddSingleton<SignInCheck>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SignInRevalidation>();

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();

        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<MembershipCache>();
        builder.Services.AddSingleton<DraftAccessService>();
        builder.Services.AddSingleton<IDraftAccess>(services => services.GetRequiredService<DraftAccessService>());
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<IAuditLog>(services => new ResolutionDrafts.Web.Operations.MeteredAuditLog(
            services.GetRequiredService<AuditLog>(), services.GetRequiredService<ResolutionDrafts.Web.Operations.AppMetrics>()));
        builder.Services.AddSingleton<AccountSeeder>();
        builder.Services.AddSingleton<AccountAdministration>();
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapAccountEndpoints();
        return app;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (HttpContractExtensions.IsApiOrHub(path) || path.StartsWithSegments(MetricsExtensions.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
