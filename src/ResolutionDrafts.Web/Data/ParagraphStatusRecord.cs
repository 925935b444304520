namespace ResolutionDrafts.Web.Data;

/// <summary>A paragraph's negotiation status (open / agreed ad ref / agreed), set by the secretariat. No row: open.</summary>
public sealed class ParagraphStatusRecord
{
    public Guid DraftId { get; set; }

    public string ParagraphId { get; set; } = "";

    public string Status { get; set; } = "";

    public string SetBy { get; set; } = "";

    public DateTime SetUtc { get; set; }
}
