using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// One simulated editor: the client state machine, its current connection (numbered, so messages
/// on a dropped connection can be told apart), and the two queues of that connection. A
/// connection receives broadcasts only once the server has processed its join (catch-up request),
/// as a SignalR group membership would behave.
/// </summary>
internal sealed class SimulatedClient(int index, OperationClient client, RandomOperations maker)
{
    public int Index { get; } = index;

    public OperationClient Client { get; } = client;

    public RandomOperations Maker { get; } = maker;

    public int Connection { get; set; } = 1;

    public bool Connected { get; set; } = true;

    public bool Joined { get; set; } = true;

    public Queue<SimulatedEnvelope> ToServer { get; } = new();

    public Queue<object> ToClient { get; } = new();

    /// <summary>Sequence numbers this client has seen acknowledged, by an ack or its own operation coming back.</summary>
    public HashSet<long> Acknowledged { get; } = [];
}
