using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// One simulated delegate: a <see cref="LiveDraftConnection"/> over WebSockets that makes edits on
/// an open-loop schedule and times them. The client sends one submission at a time and buffers
/// what is typed meanwhile, so a slow server makes edits wait (latency), never fewer edits.
/// To know which edits a given acknowledgement covers, it mirrors the client's in-flight and
/// buffered edits; both the edit and the acknowledgement callbacks run under the connection's lock,
/// in the order the client itself sees them.
/// </summary>
public sealed class LoadClient : IAsyncDisposable
{
    private readonly LiveDraftConnection connection;
    private readonly SendTimes sendTimes;
    private readonly Random random;
    private readonly List<long> ackMicros = [];
    private readonly List<long> remoteMicros = [];
    private readonly HashSet<long> ackedSeqs = [];
    private List<long>? inFlight;          // scheduled times of the edits in the submission in flight
    private List<long> buffered = [];      // scheduled times of the edits waiting for the next one
    private long inFlightSeq;
    private long lastSeq;

    private LoadClient(LiveDraftConnection connection, SendTimes sendTimes, Random random)
    {
        this.connection = connection;
        this.sendTimes = sendTimes;
        this.random = random;
        connection.Acknowledged = OnAcknowledged;
        connection.RemoteApplied = OnRemoteApplied;
    }

    public string ClientId => connection.ClientId;

    /// <summary>Edits due before this stopwatch time warm the app and the driver up (JIT, pools) and are not counted or timed.</summary>
    public long MeasureFrom { get; set; }

    public int EditsMade { get; private set; }

    public int EditsAcked { get; private set; }

    /// <summary>Edits the workload built but the client refused, or acks that did not match the mirror: either makes the latencies suspect.</summary>
    public int Anomalies { get; private set; }

    /// <summary>How late, at worst, an edit was made after it was due: large values mean the driver itself could not keep up.</summary>
    public long MaxStartLagMicros { get; private set; }

    public IReadOnlyList<long> AckMicros => ackMicros;

    public IReadOnlyList<long> RemoteMicros => remoteMicros;

    public IReadOnlyCollection<long> AckedSeqs => ackedSeqs;

    public IReadOnlyList<string> Refusals => connection.Refusals;

    /// <summary>Times the hub said "slow down" (the change was sent again after the wait, not lost).</summary>
    public int SlowDowns => connection.SlowDowns.Count;

    public static async Task<LoadClient> ConnectAsync(Uri url, Guid draftId, string cookie, SendTimes sendTimes, int seed, CancellationToken cancellationToken)
    {
        var hub = LiveDraftConnection.Configure(new HubConnectionBuilder()
                .WithUrl(url.AbsoluteUri.TrimEnd('/') + "/hubs/drafts", options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.Headers["Cookie"] = cookie;
                }))
            .Build();
        var connection = await LiveDraftConnection.JoinAsync(hub, draftId, cancellationToken);
        return new LoadClient(connection, sendTimes, new Random(seed));
    }

    /// <summary>
    /// Makes <paramref name="count"/> edits, the k-th due at <paramref name="start"/> + offset + k ×
    /// interval (stopwatch ticks). A late edit is made at once and timed from when it was due.
    /// </summary>
    public async Task RunScheduleAsync(long start, long offset, long interval, int count, CancellationToken cancellationToken)
    {
        for (var k = 0; k < count && !cancellationToken.IsCancellationRequested; k++)
        {
            var due = start + offset + k * interval;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            var result = await connection.EditAsync(draft => Edit(draft, due)).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                Anomalies++;
            }
        }
    }

    public Task WhenSynchronizedAsync(TimeSpan timeout) => connection.WhenSynchronizedAsync(timeout);

    public Task<(Draft Draft, int Revision, ClientState State)> SnapshotAsync() => connection.SnapshotAsync();

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    /// <summary>Runs under the connection's lock, just before the client applies and (if nothing is in flight) sends it.</summary>
    private DomainResult<DraftOperation> Edit(Draft draft, long due)
    {
        var edit = EditWorkload.Next(draft, random);
        if (!edit.IsSuccess)
        {
            return edit;
        }

        var now = Stopwatch.GetTimestamp();
        if (due >= MeasureFrom)
        {
            EditsMade++;
            MaxStartLagMicros = Math.Max(MaxStartLagMicros, Micros(now - due));
        }

        if (inFlight is null)
        {
            inFlight = [due];
            inFlightSeq = ++lastSeq;
            sendTimes.Record(ClientId, inFlightSeq, now);
        }
        else
        {
            buffered.Add(due);
        }

        return edit;
    }

    /// <summary>Runs under the connection's lock, before the client sends its buffer as the next submission.</summary>
    private void OnAcknowledged(OperationAck ack)
    {
        var now = Stopwatch.GetTimestamp();
        if (inFlight is null || ack.ClientSeq != inFlightSeq)
        {
            Anomalies++;
            return;
        }

        foreach (var due in inFlight.Where(d => d >= MeasureFrom))
        {
            ackMicros.Add(Micros(now - due));
            EditsAcked++;
        }

        ackedSeqs.Add(ack.ClientSeq);
        inFlight = null;
        if (buffered.Count > 0)
        {
            // The client numbers its next submission as we do: one more than the last.
            (inFlight, buffered) = (buffered, []);
            inFlightSeq = ++lastSeq;
            sendTimes.Record(ClientId, inFlightSeq, now);
        }
    }

    /// <summary>Runs under this (receiving) client's lock, once the other client's operation is applied here.</summary>
    private void OnRemoteApplied(AppliedOperation entry)
    {
        if (sendTimes.TryGet(entry.ClientId, entry.ClientSeq, out var sent) && sent >= MeasureFrom)
        {
            remoteMicros.Add(Micros(Stopwatch.GetTimestamp() - sent));
        }
    }

    private static long Micros(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}
