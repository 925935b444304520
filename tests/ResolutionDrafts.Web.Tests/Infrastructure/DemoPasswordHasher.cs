using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// The app's own password hasher (PBKDF2, 100,000 rounds: about 0.1 s of a core each time), except that the demo
/// users' one shared password is hashed once per test process and its check against that hash done once: every test
/// host seeds seven demo users and most tests sign some of them in, which cost the test run minutes of CPU for the same
/// answer (ADR 0039). Every other password — the administrator's one-time password, the ones tests choose, a wrong
/// demo password — is hashed and checked in full, as the app does.
/// </summary>
public sealed class DemoPasswordHasher : IPasswordHasher<AppUser>
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Hashes = new();
    private static readonly ConcurrentDictionary<string, Lazy<PasswordVerificationResult>> Checks = new();
    private readonly PasswordHasher<AppUser> real;
    private readonly string settings;

    private DemoPasswordHasher(IOptions<PasswordHasherOptions>? options)
    {
        real = new PasswordHasher<AppUser>(options);
        var o = options?.Value ?? new PasswordHasherOptions();
        settings = $"{o.CompatibilityMode}/{o.IterationCount}";
    }

    /// <summary>Puts it in place of the app's hasher (Identity's options apply to the real one inside it).</summary>
    public static void Register(IServiceCollection services) =>
        services.AddSingleton<IPasswordHasher<AppUser>>(provider => new DemoPasswordHasher(provider.GetService<IOptions<PasswordHasherOptions>>()));

    public string HashPassword(AppUser user, string password) =>
        password == DemoUsers.Password
            ? Hashes.GetOrAdd(settings, _ => new Lazy<string>(() => real.HashPassword(user, password))).Value
            : real.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword) =>
        providedPassword == DemoUsers.Password
            ? Checks.GetOrAdd($"{settings}\n{hashedPassword}", _ => new Lazy<PasswordVerificationResult>(() => real.VerifyHashedPassword(user, hashedPassword, providedPassword))).Value
            : real.VerifyHashedPassword(user, hashedPassword, providedPassword);
}
