using System.Security.Cryptography;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Client;

/// <summary>
/// One participant in a draft's live session, for .NET programs: the integration tests and the
/// load driver. It follows the same client rules as the browser (docs/hub-protocol.md): one
/// operation in flight, later local changes buffered, remote operations transformed past them, and
/// after a reconnect a rejoin at its known revision followed by a resend of the operation in flight.
/// The same catch-up, on a connection that never dropped, when a message did not arrive (section 10,
/// "Catching up"): a revision skipped, or an operation not acknowledged within <see cref="AckTimeout"/>.
/// Told to slow down (a refusal with <see cref="RefusalReasons.SlowDown"/>), it keeps the operation in
/// flight, goes on buffering local changes, and sends the same submission again after the wait.
/// </summary>
public sealed class LiveDraftConnection : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HubConnection hub;
    private readonly List<IDisposable> handlers = [];
    private readonly CancellationTokenSource closing = new();
    private readonly Task watching;
    private TaskCompletionSource joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private OperationClient? client;

    /// <summary>1 while a catch-up join is on its way (one at a time).</summary>
    private int catchingUp;
    private int catchUps;
    private int disposed;

    /// <summary>The seq of the last change the server refused: an answer came, so it is not waited for (a person reloads).</summary>
    private long refusedSeq;

    /// <summary>The seq of the operation in flight the server said to send again later (0: none), until it goes again.</summary>
    private long deferredSeq;

    /// <summary>The operation in flight the watchdog is timing, and since when (seq 0: none).</summary>
    private (long Seq, DateTime Since) timing;

    private LiveDraftConnection(HubConnection hub, Guid draftId, string clientId)
    {
        this.hub = hub;
        DraftId = draftId;
        ClientId = clientId;
        handlers.Add(hub.On<DraftJoined>(nameof(IDraftClient.DraftJoined), OnJoinedAsync));
        handlers.Add(hub.On<OperationsApplied>(nameof(IDraftClient.OperationsApplied), m => UnderGateAsync(() => OnAppliedAsync(m.Entries, fromCatchUp: false))));
        handlers.Add(hub.On<OperationAcknowledged>(nameof(IDraftClient.OperationAcknowledged), m => UnderGateAsync(() => OnAck(m.Ack))));
        handlers.Add(hub.On<OperationRefused>(nameof(IDraftClient.OperationRefused), m => UnderGateAsync(() => OnRefused(m))));
        handlers.Add(hub.On<PresenceChanged>(nameof(IDraftClient.PresenceChanged), m =>
        {
            Presence[m.Entry.ConnectionId] = m.Entry;
            return Task.CompletedTask;
        }));
        handlers.Add(hub.On<PresenceLeft>(nameof(IDraftClient.PresenceLeft), m =>
        {
            Presence.TryRemove(m.ConnectionId, out _);
            return Task.CompletedTask;
        }));
        hub.Reconnected += _ => RejoinAsync();
        watching = WatchAcknowledgementsAsync(closing.Token);
    }

    /// <summary>How long an operation in flight may wait for its acknowledgement, while connected, before the client asks to catch up (the browser waits as long).</summary>
    public static readonly TimeSpan DefaultAckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>See <see cref="DefaultAckTimeout"/>; <see cref="Timeout.InfiniteTimeSpan"/> never asks.</summary>
    public TimeSpan AckTimeout { get; set; } = DefaultAckTimeout;

    /// <summary>How often this client asked to catch up on a live connection (a revision skipped, an acknowledgement that did not come).</summary>
    public int CatchUps => Volatile.Read(ref catchUps);

    public Guid DraftId { get; }

    public string ClientId { get; }

    /// <summary>Called (under the client's lock) for every operation of others this client applies.</summary>
    public Action<AppliedOperation>? RemoteApplied { get; set; }

    /// <summary>Called (under the client's lock) when the server acknowledges one of this client's operations.</summary>
    public Action<OperationAck>? Acknowledged { get; set; }

    /// <summary>Refusals that need a reload (a person would be told what was lost); "slow down" is not one of them.</summary>
    public List<string> Refusals { get; } = [];

    /// <summary>What the server said each time it told this client to slow down (the change was then sent again after the wait).</summary>
    public List<string> SlowDowns { get; } = [];

    /// <summary>Where the others are, as the server last said (by connection id).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, PresenceEntry> Presence { get; } = new();

    public List<string> Dropped { get; } = [];

    /// <summary>The hub connection options every .NET client of the hub needs: the operations' JSON settings.</summary>
    public static IHubConnectionBuilder Configure(IHubConnectionBuilder builder) =>
        builder.AddJsonProtocol(json => DraftOperationJson.Configure(json.PayloadSerializerOptions));

    /// <summary>Starts <paramref name="hub"/> if need be, joins the draft and waits for its text.</summary>
    public static async Task<LiveDraftConnection> JoinAsync(HubConnection hub, Guid draftId, CancellationToken cancellationToken, string? clientId = null)
    {
        var connection = new LiveDraftConnection(hub, draftId, clientId ?? "net-" + RandomNumberGenerator.GetHexString(16, lowercase: true));
        if (hub.State == HubConnectionState.Disconnected)
        {
            await hub.StartAsync(cancellationToken);
        }

        await connection.RejoinAsync();
        await connection.joined.Task.WaitAsync(cancellationToken);
        return connection;
    }

    /// <summary>A copy of this client's text of the draft and the server revision it has seen.</summary>
    public async Task<(Draft Draft, int Revision, ClientState State)> SnapshotAsync()
    {
        await gate.WaitAsync();
        try
        {
            return (client!.Draft.Clone(), client.Revision, client.State);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Makes a local change, built against this client's current text, and sends it when nothing else is in flight.</summary>
    public async Task<DomainResult> EditAsync(Func<Draft, DomainResult<DraftOperation>> change)
    {
        await gate.WaitAsync();
        try
        {
            var built = change(client!.Draft);
            if (!built.IsSuccess)
            {
                return DomainResult.Fail(built.Error!);
            }

            var local = client.ApplyLocal(built.Value!);
            if (!local.IsSuccess)
            {
                return DomainResult.Fail(local.Error!);
            }

            await SendAsync(local.Value);
            return DomainResult.Ok();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Sends a submission exactly as given, bypassing the client's state (for tests of hostile input).</summary>
    public Task SendRawAsync(object submission) => hub.SendAsync("SubmitOperation", submission);

    /// <summary>Waits until nothing of this client's is in flight or buffered.</summary>
    public async Task WhenSynchronizedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while ((await SnapshotAsync()).State != ClientState.Synchronized)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Client {ClientId} still has changes in flight after {timeout}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Sends where this client's caret is, counted at <paramref name="revision"/> (the server moves it to its current revision).</summary>
    public Task UpdatePresenceAsync(string? nodeId, int? start, int? end, int? revision = null) =>
        hub.SendAsync("UpdatePresence", new UpdatePresence(DraftId, nodeId, start, end, revision));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return; // disposed twice (by hand, then by `await using`): once is enough
        }

        await closing.CancelAsync();
        await watching;
        handlers.ForEach(h => h.Dispose());
        await hub.DisposeAsync();
        closing.Dispose();
    }

    /// <summary>After the connection was stopped and started again by hand: rejoin at the known revision and resend what is in flight.</summary>
    public async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        if (hub.State == HubConnectionState.Disconnected)
        {
            await hub.StartAsync(cancellationToken);
        }

        await RejoinAsync();
        await joined.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Drops the connection, as a network failure would (local changes keep being made and buffered).</summary>
    public Task DisconnectAsync() => hub.StopAsync();

    private Task RejoinAsync()
    {
        joined = joined.Task.IsCompleted ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : joined;
        // An invocation, so a refusal ("There is no such draft.") reaches the caller as an exception.
        return hub.InvokeAsync("JoinDraft", new JoinDraft(DraftId, ClientId, client?.Revision));
    }

    private Task OnJoinedAsync(DraftJoined message) => UnderGateAsync(async () =>
    {
        foreach (var entry in message.Present.Where(p => p.ConnectionId != hub.ConnectionId))
        {
            Presence[entry.ConnectionId] = entry;
        }

        if (client is null || message.Snapshot is not null)
        {
            var draft = message.Snapshot is null ? null : DraftMapping.FromDto(message.Snapshot, verbatim: true);
            if (draft is not { IsSuccess: true })
            {
                throw new InvalidDataException($"The server's snapshot cannot be read: {draft?.Error ?? "none was sent"}");
            }

            if (client is null)
            {
                client = new OperationClient(ClientId, draft.Value!, message.Revision, message.LastClientSeq);
            }
            else
            {
                // Too far behind to catch up: whatever was in flight is lost, and the author is told.
                Dropped.Add(client.Outstanding is null ? "resynchronized" : "unacknowledged changes were lost on resynchronizing");
                client.Resynchronize(draft.Value!, message.Revision);
            }
        }
        else
        {
            // The operation in flight may be in the catch-up (it was applied before the connection
            // dropped, or its acknowledgement went missing): that counts as its ack, and the buffer
            // goes out next. Otherwise resend it: the server applies a seq once.
            var sentDuringCatchUp = await OnAppliedAsync(message.CatchUp, fromCatchUp: true);
            if (!sentDuringCatchUp && client.Resend() is { } outstanding)
            {
                await SendAsync(outstanding);
            }
        }

        Volatile.Write(ref catchingUp, 0);
        joined.TrySetResult();
    });

    /// <summary>
    /// Takes in entries of the server's log in order (a batch or a catch-up); true when one
    /// acknowledged this client's and it sent the next. A broadcast that skips revisions (one went
    /// missing between nodes) is not applied: the client asks for what it lacks instead.
    /// </summary>
    private async Task<bool> OnAppliedAsync(IReadOnlyList<AppliedOperation> entries, bool fromCatchUp)
    {
        var sent = false;
        foreach (var entry in entries)
        {
            if (!fromCatchUp && client is not null && entry.Revision > client.Revision + 1)
            {
                CatchUp();
                return sent;
            }

            var next = OnRemote(entry);
            sent |= next is not null;
            await SendAsync(next);
        }

        return sent;
    }

    /// <summary>Applies an entry of the server's log; returns what to send next when it was this client's own operation coming back.</summary>
    private Submission? OnRemote(AppliedOperation entry)
    {
        if (client is null || entry.Revision <= client.Revision)
        {
            return null;
        }

        var isAck = entry.ClientId == ClientId && client.Outstanding?.ClientSeq == entry.ClientSeq;
        var step = client.ReceiveRemote(entry);
        if (!step.IsSuccess)
        {
            Refusals.Add(step.Error!);
            return null;
        }

        Dropped.AddRange(step.Value!.Dropped);
        if (isAck)
        {
            Acknowledged?.Invoke(new OperationAck(entry.ClientSeq, entry.Revision, step.Value.Dropped));
        }
        else
        {
            RemoteApplied?.Invoke(entry);
        }

        return step.Value.Send;
    }

    private async Task OnAck(OperationAck ack)
    {
        if (client is null)
        {
            return;
        }

        if (client.Outstanding?.ClientSeq == ack.ClientSeq && ack.Revision > client.Revision + 1)
        {
            // Acknowledged at a revision this client has not reached: what came between went missing.
            CatchUp();
            return;
        }

        var step = client.ReceiveAck(ack);
        if (!step.IsSuccess)
        {
            return; // a duplicate ack of something already acknowledged through the catch-up
        }

        Dropped.AddRange(step.Value!.Dropped);
        Acknowledged?.Invoke(ack);
        if (step.Value.Send is { } next)
        {
            await SendAsync(next);
        }
    }

    private Task OnRefused(OperationRefused message)
    {
        if (message.Reason == RefusalReasons.SlowDown)
        {
            // Nothing of it was applied: keep it in flight (later changes keep gathering in the
            // buffer) and send the same submission again after the wait the server asked for.
            SlowDowns.Add(message.Error);
            if (client?.Outstanding is { } outstanding && outstanding.ClientSeq == message.ClientSeq)
            {
                deferredSeq = message.ClientSeq;
                _ = ResendAfterAsync(message.ClientSeq, TimeSpan.FromMilliseconds(Math.Clamp(message.RetryAfterMs ?? 1000, 10, 5000)));
            }

            return Task.CompletedTask;
        }

        refusedSeq = message.ClientSeq;
        Refusals.Add(message.Error);
        return Task.CompletedTask;
    }

    private async Task ResendAfterAsync(long seq, TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, closing.Token);
            await UnderGateAsync(async () =>
            {
                // Unless it went again meanwhile (a catch-up or a reconnect resends what is in flight).
                if (deferredSeq == seq && client?.Resend() is { } outstanding && outstanding.ClientSeq == seq)
                {
                    timing = default; // its acknowledgement is timed from now
                    await SendAsync(outstanding);
                }
            });
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Disposed while waiting.
        }
    }

    /// <summary>Sends a submission; while offline it stays in flight and is resent on rejoining.</summary>
    private async Task SendAsync(Submission? submission)
    {
        if (submission is null || hub.State != HubConnectionState.Connected)
        {
            return;
        }

        if (submission.ClientSeq == deferredSeq)
        {
            deferredSeq = 0;
        }

        try
        {
            await hub.SendAsync("SubmitOperation", new SubmitOperation(DraftId, submission.ClientId, submission.ClientSeq, submission.BaseRevision, submission.Operation));
        }
        catch (Exception e) when (hub.State != HubConnectionState.Connected && e is InvalidOperationException or IOException or OperationCanceledException)
        {
            // The connection dropped as we sent: the rejoin resends it.
        }
    }

    /// <summary>
    /// Asks the hub for every revision after this client's (a join at its known revision, as after a
    /// reconnect), without waiting: called from a message handler, and the reply is such a message.
    /// </summary>
    private void CatchUp()
    {
        if (Interlocked.Exchange(ref catchingUp, 1) == 1)
        {
            return;
        }

        Interlocked.Increment(ref catchUps);
        _ = Task.Run(async () =>
        {
            try
            {
                await RejoinAsync();
            }
            catch (Exception)
            {
                // Refused (the database away, too many joins) or the connection dropped: the next gap,
                // timeout or reconnect asks again.
                Volatile.Write(ref catchingUp, 0);
            }
        });
    }

    /// <summary>Asks to catch up when the operation in flight has waited <see cref="AckTimeout"/> on a live connection.</summary>
    private async Task WatchAcknowledgementsAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var stuck = false;
                await gate.WaitAsync(cancellationToken);
                try
                {
                    var seq = client?.Outstanding?.ClientSeq ?? 0;
                    var now = DateTime.UtcNow;
                    if (seq == 0 || seq == refusedSeq || hub.State != HubConnectionState.Connected)
                    {
                        timing = default;
                    }
                    else if (timing.Seq != seq)
                    {
                        timing = (seq, now);
                    }
                    else if (AckTimeout != Timeout.InfiniteTimeSpan && now - timing.Since >= AckTimeout)
                    {
                        stuck = true;
                        timing = (seq, now); // and again after another timeout, if it still does not come
                    }
                }
                finally
                {
                    gate.Release();
                }

                if (stuck)
                {
                    CatchUp();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task UnderGateAsync(Func<Task> work)
    {
        await gate.WaitAsync();
        try
        {
            await work();
        }
        finally
        {
            gate.Release();
        }
    }

}
