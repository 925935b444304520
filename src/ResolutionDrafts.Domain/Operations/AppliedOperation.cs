namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// An operation as the server applied it: one row of the change log, and the message broadcast to
/// every other connection. <see cref="Revision"/> is the draft's revision after it (the first
/// change is revision 1); <see cref="ClientId"/> and <see cref="ClientSeq"/> say whose it was, so
/// its author can take it as an acknowledgement when it reaches them in a catch-up.
/// </summary>
public sealed record AppliedOperation(int Revision, string ClientId, long ClientSeq, DraftOperation Operation);
