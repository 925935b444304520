namespace ResolutionDrafts.Web.Accounts;

/// <summary>Bound from the "Accounts" configuration section; `--demo` on the command line sets <see cref="DemoUsers"/>.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Seed the demo users of every role (README) and make them members of the demo drafts. For trying the product only.</summary>
    public bool DemoUsers { get; set; }

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>
    /// How often, at most, a sign-in is checked against the account (its security stamp and lockout):
    /// sign-out, a password change or reset and an administrator's lock end every session of the
    /// account, on every node, within this time — cookies, live connections and open pages alike.
    /// </summary>
    public TimeSpan SignInCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Mark the sign-in cookie Secure on every request, not only on HTTPS ones (set it behind a TLS-terminating proxy).</summary>
    public bool AlwaysSecureCookies { get; set; }
}
