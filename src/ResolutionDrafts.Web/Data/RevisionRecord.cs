namespace ResolutionDrafts.Web.Data;

/// <summary>An issued revision (L.3, L.3/Rev.1): an immutable snapshot of a draft's text.</summary>
public sealed class RevisionRecord
{
    public Guid Id { get; set; }

    public Guid DraftId { get; set; }

    /// <summary>1 for the first revision of the draft, then 2, 3...: the order of issue.</summary>
    public int Sequence { get; set; }

    public string Symbol { get; set; } = "";

    public string IssuedBy { get; set; } = "";

    public string? Note { get; set; }

    public DateTime IssuedUtc { get; set; }

    public string ContentJson { get; set; } = "";

    /// <summary>
    /// The job number DGACM gave the issued document ("25-17092 (E)"), printed at the foot of its first
    /// page; set by the secretariat when it prints the revision for issue, and kept for later downloads.
    /// </summary>
    public string? JobNumber { get; set; }

    /// <summary>The change-log revision the live text was at when this was issued: the log after it says who changed what since.</summary>
    public int LogRevision { get; set; }
}
