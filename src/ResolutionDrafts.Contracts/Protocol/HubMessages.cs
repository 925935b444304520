using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Domain.Operations;

// The protocol's messages stand side by side here, as docs/hub-protocol.md lists them.
namespace ResolutionDrafts.Contracts.Protocol;

// Client -> server (DraftHub methods). See docs/hub-protocol.md, section 8.

/// <summary>
/// Join a draft's live session. <paramref name="KnownRevision"/> is the revision the client already
/// holds (null: send a snapshot). Who joins is the signed-in user of the connection, not a field here.
/// </summary>
public sealed record JoinDraft(Guid DraftId, string ClientId, int? KnownRevision);

public sealed record SubmitOperation(Guid DraftId, string ClientId, long ClientSeq, int BaseRevision, DraftOperation Operation);

/// <summary>
/// Where the sender's caret or selection is. <paramref name="Revision"/> is the revision the positions
/// are counted at (the sender's known revision, sent while it has nothing unacknowledged); the server
/// moves them through what was applied since. Null: taken as the server's current revision.
/// </summary>
public sealed record UpdatePresence(Guid DraftId, string? NodeId, int? SelectionStart, int? SelectionEnd, int? Revision = null);

public sealed record LeaveDraft(Guid DraftId);

// Server -> client (IDraftClient methods). Everything sent to one connection arrives in revision order.

/// <summary>
/// The answer to a join: either <paramref name="Snapshot"/> (the whole draft, texts verbatim, at
/// <paramref name="Revision"/>) or the <paramref name="CatchUp"/> operations after the client's known revision.
/// <paramref name="LastClientSeq"/> is the last sequence number the server applied from this client id.
/// </summary>
public sealed record DraftJoined(
    Guid DraftId, int Revision, DraftDto? Snapshot, IReadOnlyList<AppliedOperation> CatchUp, long LastClientSeq, IReadOnlyList<PresenceEntry> Present);

/// <summary>
/// Operations written to the change log since the last such message, in revision order, sent to
/// every connection of the draft. A client takes the entries with its own client id as the
/// acknowledgements of its submissions, and applies the others.
/// </summary>
public sealed record OperationsApplied(Guid DraftId, IReadOnlyList<AppliedOperation> Entries);

/// <summary>The answer to a resend of an operation that was applied before (after a reconnect).</summary>
public sealed record OperationAcknowledged(Guid DraftId, OperationAck Ack);

/// <summary>
/// The operation was refused; nobody's text changed. With no <paramref name="Reason"/> the client
/// must reload the draft. With <see cref="RefusalReasons.SlowDown"/> nothing of it was applied and
/// nothing is wrong with it: the client keeps it (and whatever is typed meanwhile) and sends it again,
/// under the same client id and sequence number, after <paramref name="RetryAfterMs"/> milliseconds.
/// Both fields are new (an old client ignores them and reloads, as it always did; a new client
/// hearing an old server gets nulls, and reloads), so they are optional here.
/// </summary>
public sealed record OperationRefused(Guid DraftId, long ClientSeq, string Error, string? Reason = null, int? RetryAfterMs = null);

/// <summary>Why an <see cref="OperationRefused"/> may be sent again as it is.</summary>
public static class RefusalReasons
{
    /// <summary>Over a rate limit (the connection's or the user's): not applied, send the same submission again after the wait.</summary>
    public const string SlowDown = "slowDown";
}

public sealed record PresenceChanged(Guid DraftId, PresenceEntry Entry);

public sealed record PresenceLeft(Guid DraftId, string ConnectionId);

/// <summary>
/// Who is in the draft and where: <paramref name="NodeId"/> is the paragraph they are in, the
/// selection is in UTF-16 code units of its text at <paramref name="Revision"/>.
/// </summary>
public sealed record PresenceEntry(
    string ConnectionId, string ClientId, string Delegation, string Colour, string? NodeId, int? SelectionStart, int? SelectionEnd, int Revision);
