namespace ResolutionDrafts.Web.Audit;

/// <summary>The names the audit log records actions under.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string UserCreated = "user-created";
    public const string UserChanged = "user-changed";
    public const string DraftCreated = "draft-created";
    public const string DraftDeleted = "draft-deleted";
    public const string Joined = "joined";
    public const string EditSession = "edited";
    public const string Refused = "refused";
    public const string RevisionIssued = "revision-issued";
    public const string Exported = "exported";
    public const string MemberSet = "member-set";
    public const string MemberRemoved = "member-removed";
    public const string DirectEditing = "direct-editing";
    public const string Proposed = "proposed";
    public const string ProposalDecided = "proposal";
    public const string Commented = "commented";
    public const string ParagraphStatus = "paragraph-status";
    public const string CoSponsored = "co-sponsored";
    public const string MarkupImported = "markup-imported";
    public const string JobNumberSet = "job-number-set";

    /// <summary>The action as the audit pages show it: what the person did, in words.</summary>
    public static string Describe(string action) => action switch
    {
        SignIn => "signed in",
        SignInFailed => "sign-in failed",
        SignOut => "signed out",
        UserCreated => "created an account",
        UserChanged => "changed an account",
        DraftCreated => "created a draft",
        DraftDeleted => "deleted a draft",
        Joined => "opened the draft",
        EditSession => "edited",
        Refused => "was refused",
        RevisionIssued => "issued a revision",
        Exported => "downloaded",
        MemberSet => "set a member",
        MemberRemoved => "removed a member",
        DirectEditing => "direct editing",
        Proposed => "proposed an amendment",
        ProposalDecided => "proposal decision",
        Commented => "commented",
        MarkupImported => "imported a marked-up Word file",
        JobNumberSet => "set the job number of an issued document",
        ParagraphStatus => "paragraph status",
        CoSponsored => "sponsorship",
        _ => action,
    };
}
