namespace ResolutionDrafts.Web.Access;

/// <summary>What a member is in one draft (docs/security.md).</summary>
public enum DraftRole
{
    /// <summary>Reads.</summary>
    Observer,

    /// <summary>Reads, checks style, exports.</summary>
    Editor,

    /// <summary>Acts as the member's delegation: reads, comments, proposes, co-sponsors; edits only when the draft is open to direct editing.</summary>
    Delegation,

    /// <summary>The facilitator: edits, issues revisions, manages sponsors and members, decides on proposals.</summary>
    Secretariat,
}
