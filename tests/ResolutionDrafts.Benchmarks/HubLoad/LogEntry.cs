namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>One row of a draft's change log as GET /api/drafts/{id}/log gives it.</summary>
public sealed record LogEntry(int Revision, string ClientId, long ClientSeq);
