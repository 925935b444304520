namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// An operation as a client sends it: made on server revision <see cref="BaseRevision"/>, and
/// numbered <see cref="ClientSeq"/> by client <see cref="ClientId"/> so that a resend after a
/// reconnect is recognised and applied once. Sequence numbers only grow for one client id.
/// </summary>
public sealed record Submission(string ClientId, long ClientSeq, int BaseRevision, DraftOperation Operation);
