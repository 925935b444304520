using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// A deterministic run of several clients and one server over a hostile network: messages from
/// different clients reach the server in any interleaving (each connection stays FIFO, as
/// SignalR's does), clients read their queues at different speeds, submissions are duplicated,
/// connections drop (losing queued messages, or delivering them late from "limbo") and
/// reconnect with a catch-up and a resend, and the server restarts from its change log.
/// </summary>
internal sealed class CollaborationSimulation
{
    private readonly Random random;
    private readonly Draft initial;
    private readonly List<SimulatedClient> clients = [];
    private readonly List<SimulatedEnvelope> limbo = [];
    private OperationServer server;

    public CollaborationSimulation(int seed, int clientCount)
    {
        random = new Random(seed);
        initial = RandomOperations.NewDraft(random, random.Next(1, 5));
        server = new OperationServer(initial.Clone(), 0);
        for (var i = 0; i < clientCount; i++)
        {
            var client = new OperationClient($"client-{i}", initial.Clone(), 0);
            clients.Add(new SimulatedClient(i, client, new RandomOperations(random, $"c{i}")));
        }
    }

    public int Refusals { get; private set; }

    /// <summary>How often each hostile thing happened, so the test can prove its schedules reach them.</summary>
    public Dictionary<string, int> Counts { get; } = [];

    public void Run(int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            var roll = random.Next(1000);
            var client = clients[random.Next(clients.Count)];
            switch (roll)
            {
                case < 300:
                    EditLocally(client);
                    break;
                case < 560:
                    ServeOne();
                    break;
                case < 880:
                    Deliver(client);
                    break;
                case < 910 when client.Connected && client.Client.Resend() is { } again:
                    Send(client, again);
                    break;
                case < 935 when client.Connected:
                    Disconnect(client, keepSomeInLimbo: true);
                    break;
                case < 985 when !client.Connected:
                    Reconnect(client);
                    break;
                case < 995 when limbo.Count > 0:
                    ServeFromLimbo();
                    break;
                case >= 997:
                    RestartServer();
                    break;
            }
        }
    }

    /// <summary>Reconnects everyone and delivers every message until nothing moves.</summary>
    public void Settle()
    {
        clients.Where(c => !c.Connected).ToList().ForEach(Reconnect);
        while (limbo.Count > 0 || clients.Any(c => c.ToServer.Count > 0 || c.ToClient.Count > 0))
        {
            if (limbo.Count > 0 && random.Next(4) == 0)
            {
                ServeFromLimbo();
            }

            ServeOne();
            Deliver(clients[random.Next(clients.Count)]);
        }
    }

    public void AssertConvergedAndNothingLost(string context)
    {
        Assert.True(Refusals == 0, $"{context}: the server refused {Refusals} operations");
        var expected = DraftCanonicalForm.Of(server.Draft);
        var log = server.Log.Entries;
        Assert.Equal(server.Revision, log.Count);
        var applied = log.Select(e => (e.ClientId, e.ClientSeq)).ToList();
        Assert.True(applied.Count == applied.Distinct().Count(), $"{context}: an operation was applied twice");

        foreach (var sim in clients)
        {
            var client = sim.Client;
            Assert.True(client.State == ClientState.Synchronized, $"{context}: client {sim.Index} is {client.State}");
            Assert.Equal(server.Revision, client.Revision);
            Assert.True(expected == DraftCanonicalForm.Of(client.Draft), $"{context}: client {sim.Index} diverged\n{expected}\n---\n{DraftCanonicalForm.Of(client.Draft)}");

            // Every submission ever made was acknowledged and is in the log exactly once.
            for (var seq = 1L; seq <= client.LastSeq; seq++)
            {
                Assert.True(applied.Contains((client.ClientId, seq)), $"{context}: {client.ClientId} #{seq} is not in the log");
            }

            Assert.Subset(Enumerable.Range(1, (int)client.LastSeq).Select(s => (long)s).ToHashSet(), sim.Acknowledged);
        }

        // The log alone rebuilds the draft: what a restart from the database would see.
        var replayed = initial.Clone();
        foreach (var entry in log)
        {
            Assert.True(entry.Operation.Apply(replayed).IsSuccess, $"{context}: revision {entry.Revision} does not replay");
        }

        Assert.Equal(expected, DraftCanonicalForm.Of(replayed));
    }

    private void EditLocally(SimulatedClient sim)
    {
        var operation = sim.Maker.Next(sim.Client.Draft);
        var result = sim.Client.ApplyLocal(operation);
        Assert.True(result.IsSuccess, $"a generated operation did not apply locally: {result.Error}\n{DraftOperationJson.Serialize(operation)}");
        if (result.Value is { } submission)
        {
            Send(sim, submission);
        }
    }

    private void Send(SimulatedClient sim, Submission submission)
    {
        // Offline, a submission goes nowhere; the client resends it after reconnecting.
        if (sim.Connected)
        {
            sim.ToServer.Enqueue(new SimulatedEnvelope(sim.Index, sim.Connection, submission));
        }
    }

    private void ServeOne()
    {
        var waiting = clients.Where(c => c.ToServer.Count > 0).ToList();
        if (waiting.Count > 0)
        {
            Serve(waiting[random.Next(waiting.Count)].ToServer.Dequeue());
        }
    }

    private void ServeFromLimbo()
    {
        var at = random.Next(limbo.Count);
        var envelope = limbo[at];
        limbo.RemoveAt(at);
        Serve(envelope);
    }

    private void Serve(SimulatedEnvelope envelope)
    {
        var sender = clients[envelope.ClientIndex];
        var live = sender.Connected && sender.Connection == envelope.Connection;
        if (envelope.Message is CatchUpRequest request)
        {
            if (live)
            {
                var missed = server.Since(request.Revision);
                Assert.True(missed.IsSuccess, missed.Error);
                missed.Value!.ToList().ForEach(sender.ToClient.Enqueue);
                sender.Joined = true;
            }

            return;
        }

        var outcome = server.Receive((Submission)envelope.Message);
        Count(outcome.Kind.ToString());
        Count(live ? "live" : "from a dropped connection");
        switch (outcome.Kind)
        {
            case ServerOutcomeKind.Applied:
                Count(outcome.Applied!.Operation.DroppedReasons().Any() ? "dropped" : "applied");
                Count(outcome.Applied.Operation is OperationBatch ? "batch" : "single");
                // Persisted (the log) before anyone hears of it; then ack the caller, broadcast to the rest.
                foreach (var other in clients.Where(c => c.Connected && c.Joined))
                {
                    other.ToClient.Enqueue(other == sender && live ? outcome.Ack! : outcome.Applied!);
                }

                break;
            case ServerOutcomeKind.Duplicate when live && sender.Joined:
                sender.ToClient.Enqueue(outcome.Ack!);
                break;
            case ServerOutcomeKind.Refused:
                Refusals++;
                break;
        }
    }

    private void Count(string what) => Counts[what] = Counts.GetValueOrDefault(what) + 1;

    private void Deliver(SimulatedClient sim)
    {
        if (!sim.Connected || sim.ToClient.Count == 0)
        {
            return;
        }

        var message = sim.ToClient.Dequeue();
        var waitingFor = sim.Client.Outstanding?.ClientSeq;
        var step = message switch
        {
            AppliedOperation entry => sim.Client.ReceiveRemote(entry),
            OperationAck ack => sim.Client.ReceiveAck(ack),
            _ => throw new InvalidOperationException(message.GetType().Name),
        };
        Assert.True(step.IsSuccess, $"client {sim.Index}: {step.Error}");
        if (waitingFor is { } seq && sim.Client.Outstanding?.ClientSeq != seq)
        {
            sim.Acknowledged.Add(seq);
            Count(message is OperationAck ? "acked by ack" : "acked by own operation");
        }

        if (step.Value!.Send is { } next)
        {
            Send(sim, next);
        }
    }

    private void Disconnect(SimulatedClient sim, bool keepSomeInLimbo)
    {
        sim.Connected = false;
        sim.Joined = false;
        sim.ToClient.Clear();
        while (sim.ToServer.Count > 0)
        {
            var envelope = sim.ToServer.Dequeue();
            if (keepSomeInLimbo && random.Next(2) == 0)
            {
                limbo.Add(envelope);
            }
        }
    }

    private void Reconnect(SimulatedClient sim)
    {
        Count(sim.Client.Resend() is null ? "reconnect" : "reconnect with pending");
        sim.Connected = true;
        sim.Connection++;
        sim.ToServer.Enqueue(new SimulatedEnvelope(sim.Index, sim.Connection, new CatchUpRequest(sim.Client.Revision)));
        if (sim.Client.Resend() is { } pending)
        {
            Send(sim, pending);
        }
    }

    /// <summary>The session unloads or the process dies: what was not persisted is gone; reload from the log.</summary>
    private void RestartServer()
    {
        Count("restart");
        clients.Where(c => c.Connected).ToList().ForEach(c => Disconnect(c, keepSomeInLimbo: false));
        limbo.Clear();
        var draft = initial.Clone();
        foreach (var entry in server.Log.Entries)
        {
            entry.Operation.Apply(draft);
        }

        server = new OperationServer(draft, server.Revision, server.Log.Entries, server.Clients);
    }
}
