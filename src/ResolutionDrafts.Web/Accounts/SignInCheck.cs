using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// Whether a sign-in still stands: its account exists, is not locked, and has the security stamp the
/// sign-in was made with. Signing out, changing or resetting a password and an administrator's lock
/// all change the stamp (<see cref="EndSessionsAsync"/>), so every cookie and live connection made
/// before is refused within <see cref="AccountOptions.SignInCheckInterval"/> on every node. Cookies
/// are checked by Identity's own validator at that interval; long-lived connections (the hub, Blazor
/// circuits) ask here. Stamps are cached for the interval, so a busy connection costs no query per
/// message; this node forgets an account's entry at once when it changes it.
/// </summary>
public sealed class SignInCheck(IServiceScopeFactory scopes, IOptions<AccountOptions> options, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> stamps = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (!stamps.TryGetValue(userId, out var entry) || now - entry.ReadAt >= options.Value.SignInCheckInterval)
        {
            entry = await ReadAsync(userId, now, cancellationToken);
            if (stamps.Count > 100_000)
            {
                stamps.Clear();
            }

            stamps[userId] = entry;
        }

        return entry.Stamp == stamp && !(entry.LockedUntil > now);
    }

    /// <summary>Ends every session of <paramref name="user"/> on every node: a new security stamp.</summary>
    public async Task EndSessionsAsync(UserManager<AppUser> users, AppUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        stamps.TryRemove(user.Id, out _);
    }

    private async Task<Entry> ReadAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = await users.FindByIdAsync(userId);
        cancellationToken.ThrowIfCancellationRequested();
        return account is null ? new Entry(null, null, now) : new Entry(account.SecurityStamp, account.LockoutEnd, now);
    }

    private sealed record Entry(string? Stamp, DateTimeOffset? LockedUntil, DateTimeOffset ReadAt);
}
