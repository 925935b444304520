namespace ResolutionDrafts.Web.Data;

/// <summary>
/// Which delegation a Word author name stands for in a draft ("Ana Pérez" → Cuba), as the
/// secretariat or the delegation mapped it when importing a marked-up Word file; offered again the
/// next time the same name comes back.
/// </summary>
public sealed class WordAuthorRecord
{
    public const int MaxName = 256;

    public Guid DraftId { get; set; }

    public string WordAuthor { get; set; } = "";

    public string Delegation { get; set; } = "";

    public string MappedBy { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}
