using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Access;

/// <summary>What one signed-in user may do in one draft, as of when it was read.</summary>
public sealed record DraftAccess(Guid DraftId, Actor Actor, DraftRole Role, bool OpenToDirectEditing)
{
    public bool Can(DraftAction action) => DraftPermissions.Allows(Role, action, OpenToDirectEditing);

    /// <summary>The message a refused user sees: says what they are, not what the draft holds.</summary>
    public string Refusal(DraftAction action) => RefusalFor(Role, action);

    /// <summary>
    /// What a role may do in a draft, in a sentence, from <see cref="DraftPermissions"/> and whether the
    /// draft is open to direct editing: what the members page shows beside the roles it hands out.
    /// </summary>
    public static string Summary(DraftRole role, bool openToDirectEditing)
    {
        var phrases = Enum.GetValues<DraftAction>().Where(a => DraftPermissions.Allows(role, a, openToDirectEditing)).Select(Phrase).ToList();
        var sentence = phrases.Count == 1 ? phrases[0] : $"{string.Join(", ", phrases[..^1])} and {phrases[^1]}";
        var note = role == DraftRole.Delegation
            ? openToDirectEditing ? " Edits the text directly because the draft is open to direct editing." : " Edits the text only while the draft is open to direct editing."
            : "";
        return $"May {sentence}.{note}";
    }

    public static string RefusalFor(DraftRole role, DraftAction action) => action == DraftAction.Edit && role == DraftRole.Delegation
        ? "Delegations may edit this draft only while the secretariat keeps it open to direct editing; propose an amendment instead."
        : $"As {Describe(role)} of this draft you may not {Phrase(action)}.";

    /// <summary>The role as it reads after "as" ("as a delegation"): refusals and the audit log say it so.</summary>
    public static string Describe(DraftRole role) => role switch
    {
        DraftRole.Secretariat => "the secretariat",
        DraftRole.Delegation => "a delegation",
        DraftRole.Editor => "an editor",
        _ => "an observer",
    };

    /// <summary>What the action is, as it reads after "may" ("edit its text"): refusals and the members page say it so.</summary>
    public static string Phrase(DraftAction action) => action switch
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
