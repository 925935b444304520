namespace ResolutionDrafts.Web.Data;

/// <summary>
/// One applied operation of a draft's change log. The unique (draft, revision) key orders the log
/// across app nodes; the unique (draft, client, sequence) key means a resend is never applied twice.
/// </summary>
public sealed class OperationRecord
{
    public long Id { get; set; }

    public Guid DraftId { get; set; }

    public int Revision { get; set; }

    public string ClientId { get; set; } = "";

    public long ClientSeq { get; set; }

    /// <summary>The operation as applied (after transformation), in the wire format of docs/hub-protocol.md.</summary>
    public string OperationJson { get; set; } = "";

    /// <summary>The longest <see cref="Author"/>: a person's label ("Ana Pérez (Cuba)") is at most 303 characters; longer attributions are clipped.</summary>
    public const int MaxAuthor = 400;

    /// <summary>Who made it: the signed-in user's name or delegation, as far as the app knows it.</summary>
    public string Author { get; set; } = "";

    /// <summary>
    /// The account that sent it through the hub, null for the server's own changes: a client id is
    /// bound to the first user who used it, and nobody else may submit under it (docs/security.md).
    /// </summary>
    public string? UserId { get; set; }

    public DateTime AppliedUtc { get; set; }
}
