namespace ResolutionDrafts.Web.Access;

/// <summary>
/// The one table of who may do what in a draft; docs/security.md prints it and a test checks the
/// two agree. Every path (pages, HTTP endpoints, hub methods) asks <see cref="DraftAccess.Can"/>,
/// which asks this.
/// </summary>
public static class DraftPermissions
{
    private static readonly Dictionary<DraftRole, HashSet<DraftAction>> Table = new()
    {
        [DraftRole.Secretariat] =
        [
            DraftAction.Read, DraftAction.Edit, DraftAction.EditMasthead, DraftAction.ManageSponsors, DraftAction.IssueRevision, DraftAction.ManageMembers,
            DraftAction.Comment, DraftAction.DecideProposals, DraftAction.CheckStyle, DraftAction.Export, DraftAction.ViewAudit,
            DraftAction.Delete,
        ],
        // Delegates send texts to their capitals all day: they download everything of a draft they are in.
        [DraftRole.Delegation] = [DraftAction.Read, DraftAction.Comment, DraftAction.Propose, DraftAction.CoSponsor, DraftAction.Export],
        // A UN editor corrects the final text (punctuation, typography, footnotes, the masthead) as their
        // own recorded changes; they neither propose nor decide amendments.
        [DraftRole.Editor] = [DraftAction.Read, DraftAction.Edit, DraftAction.EditMasthead, DraftAction.CheckStyle, DraftAction.Export],
        [DraftRole.Observer] = [DraftAction.Read],
    };

    /// <summary>
    /// Whether <paramref name="role"/> may do <paramref name="action"/>. A delegation may also edit
    /// the text directly while the secretariat keeps the draft open to direct editing. An
    /// administrator may do everything a secretariat may.
    /// </summary>
    public static bool Allows(DraftRole role, DraftAction action, bool openToDirectEditing) =>
        Table[role].Contains(action) || (role == DraftRole.Delegation && action == DraftAction.Edit && openToDirectEditing);

    public static IReadOnlyCollection<DraftAction> ActionsOf(DraftRole role) => Table[role];
}
