using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Access;

/// <summary>What one signed-in user may do in one draft, as of when it was read.</summary>
public sealed record DraftAccess(Guid DraftId, Actor Actor, DraftRole Role, bool OpenToDirectEditing)
{
    public bool Can(DraftAction action) => DraftPermissions.Allows(Role, action, OpenToDirectEditing);

    /// <summary>The message a refused user sees: says what they are, not what the draft holds.</summary>
    public string Refusal(DraftAction action) => RefusalFor(Role, action);

    public static string RefusalFor(DraftRole role, DraftAction action) => action == DraftAction.Edit && role == DraftRole.Delegation
        ? "Delegations may edit this draft only while the secretariat keeps it open to direct editing; propose an amendment instead."
        : $"As {Describe(role)} of this draft you may not {Verb(action)}.";

    private static string Describe(DraftRole role) => role switch
    {
        DraftRole.Secretariat => "the secretariat",
        DraftRole.Delegation => "a delegation",
        DraftRole.Editor => "an editor",
        _ => "an observer",
    };

    private static string Verb(DraftAction action) => action switch
    {
        DraftAction.Read => "read it",
        DraftAction.Edit => "edit its text",
        DraftAction.EditMasthead => "change its masthead or title",
        DraftAction.ManageSponsors => "change its sponsors",
        DraftAction.CoSponsor => "co-sponsor it",
        DraftAction.IssueRevision => "issue revisions",
        DraftAction.ManageMembers => "manage its members",
        DraftAction.Propose => "propose amendments",
        DraftAction.Comment => "comment",
        DraftAction.DecideProposals => "accept or reject proposals",
        DraftAction.CheckStyle => "check its style",
        DraftAction.Export => "download it",
        DraftAction.ViewAudit => "see its audit log",
        DraftAction.Delete => "delete it",
        _ => action.ToString(),
    };
}
