namespace ResolutionDrafts.Web.Data;

/// <summary>A comment on a paragraph, by a member (a delegation or the secretariat), visible to the draft's members.</summary>
public sealed class CommentRecord
{
    public Guid Id { get; set; }

    public Guid DraftId { get; set; }

    public string ParagraphId { get; set; } = "";

    public string Author { get; set; } = "";

    public string? Delegation { get; set; }

    public string Text { get; set; } = "";

    public DateTime AtUtc { get; set; }

    /// <summary>The comment this one answers (a reply in a Word comment thread, issue 21), on the same paragraph.</summary>
    public Guid? ReplyToId { get; set; }
}
