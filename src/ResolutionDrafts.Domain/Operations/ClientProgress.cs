namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The last operation the server handled from one client id: what deduplicates resends. The
/// session keeps it in the database with the change log. <see cref="LastRevision"/> is the
/// revision it became, or null when it was refused.
/// </summary>
public sealed record ClientProgress(long LastSeq, int? LastRevision);
