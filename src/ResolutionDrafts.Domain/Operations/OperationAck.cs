namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Tells a client its operation <see cref="ClientSeq"/> is in the change log as
/// <see cref="Revision"/>. <see cref="Dropped"/> lists why parts of it became no-ops
/// ("dropped: paragraph deleted"), for the author to be told; usually empty.
/// </summary>
public sealed record OperationAck(long ClientSeq, int Revision, IReadOnlyList<string> Dropped);
