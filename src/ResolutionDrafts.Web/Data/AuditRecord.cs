namespace ResolutionDrafts.Web.Data;

/// <summary>One line of the audit log: who did what, to which draft, when. Never changed once written.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The user name of who acted ("" for the system, e.g. a failed sign-in by an unknown name).</summary>
    public string UserName { get; set; } = "";

    /// <summary>How the user appeared: "Amina Diallo (Burundi)".</summary>
    public string Actor { get; set; } = "";

    public Guid? DraftId { get; set; }

    public string Action { get; set; } = "";

    public string Detail { get; set; } = "";
}
