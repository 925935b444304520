using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// What a session starts from: the live draft at its revision, the recent log, each client's
/// progress, and the account each client id is bound to.
/// </summary>
public sealed record SessionState(
    Draft Draft, int Revision, int SnapshotRevision, IReadOnlyList<AppliedOperation> History,
    IReadOnlyDictionary<string, ClientProgress> Clients, IReadOnlyDictionary<string, string> ClientOwners);
