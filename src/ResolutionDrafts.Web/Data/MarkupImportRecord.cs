namespace ResolutionDrafts.Web.Data;

/// <summary>
/// A marked-up Word file imported into a draft: which file (name and SHA-256), by whom, and the
/// proposals and comments made from it, so a proposal can say it came from that file.
/// </summary>
public sealed class MarkupImportRecord
{
    public Guid Id { get; set; }

    public Guid DraftId { get; set; }

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string ImportedBy { get; set; } = "";

    /// <summary>The ids of the proposals made from the file, comma-separated.</summary>
    public string ProposalIds { get; set; } = "";

    public int Comments { get; set; }

    public DateTime AtUtc { get; set; }
}
