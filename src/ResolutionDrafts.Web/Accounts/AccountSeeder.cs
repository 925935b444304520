using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// Accounts at start: the roles; on an empty database an administrator with a one-time random
/// password printed once to the console (there is no default password); with `--demo`, the demo
/// users and their memberships of the demo drafts.
/// </summary>
public sealed class AccountSeeder(IServiceScopeFactory scopes, IDbContextFactory<AppDbContext> dbFactory, IOptions<AccountOptions> options, TimeProvider clock, ILogger<AccountSeeder> logger)
{
    public const string AdministratorUserName = "admin";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AccountRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (!await users.Users.AnyAsync(cancellationToken))
        {
            var password = NewPassword();
            var admin = new AppUser { UserName = AdministratorUserName, DisplayName = "Administrator", CreatedUtc = clock.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(admin, password), "the administrator");
            Check(await users.AddToRolesAsync(admin, [AccountRoles.Administrator, AccountRoles.Secretariat]), "the administrator's roles");
            // One-time in truth: the first sign-in with it asks for a new password before anything else.
            Check(await users.AddClaimAsync(admin, PasswordChangeFirst.Claim), "the administrator's first-sign-in mark");
            // Printed once, never stored in clear: whoever starts the app first reads it here.
            Console.WriteLine();
            Console.WriteLine("  ResolutionDrafts: first start. Sign in as the administrator with");
            Console.WriteLine($"    user name: {AdministratorUserName}");
            Console.WriteLine($"    password:  {password}");
            Console.WriteLine("  It is shown only this once and stored only as a hash, and works once: at first sign-in you choose your own.");
            Console.WriteLine("  Then create everyone else's account at /admin/users.");
            Console.WriteLine();
            logger.LogWarning("Created the administrator account '{User}'; its one-time password was printed to the console", AdministratorUserName);
        }

        if (options.Value.DemoUsers)
        {
            await SeedDemoAsync(users, cancellationToken);
        }
    }

    private async Task SeedDemoAsync(UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var english = await db.Drafts.Where(d => d.Language == "en").OrderBy(d => d.CreatedUtc).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        var chinese = await db.Drafts.Where(d => d.Language == "zh").OrderBy(d => d.CreatedUtc).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        foreach (var demo in DemoUsers.All)
        {
            var user = await users.FindByNameAsync(demo.UserName);
            if (user is null)
            {
                user = new AppUser { UserName = demo.UserName, DisplayName = demo.DisplayName, Delegation = demo.Delegation, CreatedUtc = clock.GetUtcNow().UtcDateTime };
                Check(await users.CreateAsync(user, DemoUsers.Password), $"demo user {demo.UserName}");
                if (demo.AccountRoles.Count > 0)
                {
                    Check(await users.AddToRolesAsync(user, demo.AccountRoles), $"demo user {demo.UserName}'s roles");
                }
            }

            await AddMemberAsync(db, english, user.Id, demo.InEnglishDemo, cancellationToken);
            await AddMemberAsync(db, chinese, user.Id, demo.InChineseDemo, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo users ready: {Users} (password \"{Password}\")", string.Join(", ", DemoUsers.All.Select(u => u.UserName)), DemoUsers.Password);
    }

    private async Task AddMemberAsync(AppDbContext db, Guid? draftId, string userId, DraftRole? role, CancellationToken cancellationToken)
    {
        if (draftId is not { } id || role is not { } r || await db.DraftMembers.AnyAsync(m => m.DraftId == id && m.UserId == userId, cancellationToken))
        {
            return;
        }

        db.DraftMembers.Add(new DraftMemberRecord { DraftId = id, UserId = userId, Role = r.ToString(), AddedUtc = clock.GetUtcNow().UtcDateTime, AddedBy = "demo" });
    }

    /// <summary>20 characters from a 54-character alphabet without look-alikes: about 115 bits.</summary>
    private static string NewPassword() => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
