using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// An open page (a Blazor circuit) lives long after its cookie was checked: this asks
/// <see cref="SignInCheck"/> every few seconds whether its sign-in still stands, and when it does not
/// (signed out elsewhere, password changed, account locked) the page turns to the sign-in page.
/// </summary>
internal sealed class SignInRevalidation(ILoggerFactory loggers, SignInCheck check, IOptions<AccountOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval =>
        options.Value.SignInCheckInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : options.Value.SignInCheckInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        check.IsCurrentAsync(authenticationState.User, cancellationToken);
}
