using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Accounts;

/// <summary>The users `--demo` seeds (README "Trying it"): one of each role, members of the demo drafts.</summary>
public static class DemoUsers
{
    /// <summary>Every demo user's password. Only ever used with `--demo`; the administrator's is always random.</summary>
    public const string Password = "demo-password";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("secretariat", "Sara Lindqvist", null, [AccountRoles.Secretariat], DraftRole.Secretariat, DraftRole.Secretariat),
        new("cuba", "Ana Pérez", "Cuba", [], DraftRole.Delegation, null),
        new("burundi", "Jean Niyonzima", "Burundi", [], DraftRole.Delegation, null),
        new("brazil", "Lucas Almeida", "Brazil", [], DraftRole.Delegation, DraftRole.Delegation),
        new("china", "Li Wei", "China", [], null, DraftRole.Delegation),
        new("editor", "Maria Rossi", null, [], DraftRole.Editor, DraftRole.Editor),
        new("observer", "Kofi Mensah", null, [], DraftRole.Observer, DraftRole.Observer),
    ];

    /// <summary>A demo user: their role in the English demo draft (A/80/L.6) and in the Chinese one (the COSP draft); null = not a member.</summary>
    public sealed record DemoUser(string UserName, string DisplayName, string? Delegation, IReadOnlyList<string> AccountRoles, DraftRole? InEnglishDemo, DraftRole? InChineseDemo);
}
