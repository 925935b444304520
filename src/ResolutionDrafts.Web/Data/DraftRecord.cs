namespace ResolutionDrafts.Web.Data;

/// <summary>
/// A stored draft: the live text as draft JSON (docs/draft-format.md) plus the columns the drafts
/// list sorts and shows. <see cref="Version"/> rises with every saved change and guards against
/// lost updates between app nodes.
/// </summary>
public sealed class DraftRecord
{
    public Guid Id { get; set; }

    public string Symbol { get; set; } = "";

    public string Title { get; set; } = "";

    public string Language { get; set; } = "";

    public string Kind { get; set; } = "";

    public string ContentJson { get; set; } = "";

    public long Version { get; set; }

    /// <summary>
    /// The change-log revision <see cref="ContentJson"/> stands at. The live text is this snapshot
    /// with the log's later operations applied; the session writes a new snapshot now and then.
    /// </summary>
    public int SnapshotRevision { get; set; }

    /// <summary>Whether delegations may edit the text directly, not only propose (set by the secretariat).</summary>
    public bool OpenToDirectEditing { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
