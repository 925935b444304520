namespace ResolutionDrafts.Web.Accounts;

/// <summary>
/// Roles an account has everywhere, as ASP.NET Core Identity roles. What a user may do in one
/// draft is their membership's <see cref="Access.DraftRole"/>; these two only say who runs the
/// installation and who may open new drafts.
/// </summary>
public static class AccountRoles
{
    /// <summary>Manages accounts and may act as the secretariat of every draft.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Secretariat staff: may create and import drafts, and becomes the secretariat of each one they create.</summary>
    public const string Secretariat = "Secretariat";

    public static readonly IReadOnlyList<string> All = [Administrator, Secretariat];
}
