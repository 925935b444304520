namespace ResolutionDrafts.Web.Data;

/// <summary>A user's membership of a draft: without one, the draft is invisible to them.</summary>
public sealed class DraftMemberRecord
{
    public Guid DraftId { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>A <see cref="Access.DraftRole"/> name, stored as text so every provider reads it alike.</summary>
    public string Role { get; set; } = "";

    public DateTime AddedUtc { get; set; }

    public string AddedBy { get; set; } = "";
}
