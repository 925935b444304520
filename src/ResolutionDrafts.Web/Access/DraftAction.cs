namespace ResolutionDrafts.Web.Access;

/// <summary>Everything a user can try to do to a draft. <see cref="DraftPermissions"/> says who may.</summary>
public enum DraftAction
{
    Read,
    /// <summary>Paragraphs, sub-paragraphs, headings and footnotes.</summary>
    Edit,

    /// <summary>Masthead, symbol, title, author line, document kind and language.</summary>
    EditMasthead,
    ManageSponsors,
    CoSponsor,
    IssueRevision,
    ManageMembers,
    Propose,
    Comment,
    DecideProposals,
    CheckStyle,
    Export,
    ViewAudit,
    Delete,
}
