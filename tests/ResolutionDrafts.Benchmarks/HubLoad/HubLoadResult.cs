namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// The one line a run prints (camelCase JSON). Edits are counted as typed: <see cref="OpsSent"/>
/// edits made, <see cref="OpsAcked"/> of them acknowledged (several typed during one round trip go
/// to the server as one submission). Ack latency runs from when an edit was due to its
/// acknowledgement; remote latency from a submission's send to its apply at each other client.
/// <see cref="LostAcked"/> counts acknowledged submissions missing from the server's change log.
/// <see cref="Converged"/> and <see cref="LostAcked"/> cover every one of the <see cref="Drafts"/>
/// drafts, typed into through <see cref="Nodes"/> URLs.
/// </summary>
public sealed record HubLoadResult(
    int Clients,
    int OpsSent,
    int OpsAcked,
    double AckP50Ms,
    double AckP99Ms,
    double RemoteP50Ms,
    double RemoteP99Ms,
    bool Converged,
    int LostAcked,
    double? ServerRssMb,
    int Drafts = 1,
    int Nodes = 1);
