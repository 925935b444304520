using System.Collections.Concurrent;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// When each submission left its sender, by (client id, sequence number), on the run's one
/// stopwatch: every client lives in this process, so a receiver can time the trip from sender to
/// itself by looking the applied operation up here.
/// </summary>
public sealed class SendTimes
{
    private readonly ConcurrentDictionary<(string ClientId, long ClientSeq), long> sent = new();

    public void Record(string clientId, long clientSeq, long timestamp) => sent[(clientId, clientSeq)] = timestamp;

    public bool TryGet(string clientId, long clientSeq, out long timestamp) => sent.TryGetValue((clientId, clientSeq), out timestamp);
}
