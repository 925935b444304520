using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The ot.js client state machine for .NET clients (test clients, the load driver): a local
/// draft, the server revision it is based on, at most one operation in flight and a buffer of
/// later local changes. Remote operations are transformed past the pending local ones, with the
/// remote one as the earlier (the server ordered it first). A client recognises its own operation
/// in the stream of applied operations, so after a reconnect the catch-up doubles as the
/// acknowledgement; otherwise it resends, and the server's sequence check keeps that once.
/// </summary>
public sealed class OperationClient
{
    public OperationClient(string clientId, Draft snapshot, int revision, long lastSeq = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentNullException.ThrowIfNull(snapshot);
        ClientId = clientId;
        Draft = snapshot;
        Revision = revision;
        LastSeq = lastSeq;
    }

    public string ClientId { get; }

    /// <summary>The local draft: the server's revision plus the pending local changes.</summary>
    public Draft Draft { get; private set; }

    /// <summary>The last server revision included in <see cref="Draft"/>.</summary>
    public int Revision { get; private set; }

    /// <summary>The sequence number of the last submission made.</summary>
    public long LastSeq { get; private set; }

    /// <summary>The operation sent and not yet acknowledged, as transformed to <see cref="Revision"/>.</summary>
    public Submission? Outstanding { get; private set; }

    /// <summary>Local changes made since <see cref="Outstanding"/> was sent.</summary>
    public DraftOperation? Buffer { get; private set; }

    public ClientState State =>
        Outstanding is null ? ClientState.Synchronized
        : Buffer is null ? ClientState.AwaitingConfirm
        : ClientState.AwaitingWithBuffer;

    /// <summary>Applies a local change; returns the submission to send now, or null when it waits in the buffer.</summary>
    public DomainResult<Submission?> ApplyLocal(DraftOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var applied = operation.Apply(Draft);
        if (!applied.IsSuccess)
        {
            return DomainResult<Submission?>.Fail(applied.Error!);
        }

        if (operation is NoOp)
        {
            return DomainResult<Submission?>.Ok(null);
        }

        if (Outstanding is null)
        {
            Outstanding = new Submission(ClientId, ++LastSeq, Revision, operation);
            return DomainResult<Submission?>.Ok(Outstanding);
        }

        Buffer = Buffer is null ? operation : OperationBatch.Of([Buffer, operation]);
        return DomainResult<Submission?>.Ok(null);
    }

    /// <summary>
    /// Takes in an operation the server applied (a broadcast or a catch-up entry). Entries already
    /// seen are ignored; a gap is an error (reload the draft). A failure leaves the client as it was.
    /// </summary>
    public DomainResult<ClientStep> ReceiveRemote(AppliedOperation entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Revision <= Revision)
        {
            return DomainResult<ClientStep>.Ok(ClientStep.Nothing);
        }

        if (entry.Revision != Revision + 1)
        {
            return DomainResult<ClientStep>.Fail($"Missed revisions {Revision + 1} to {entry.Revision - 1}; reload the draft.");
        }

        if (Outstanding is not null && entry.ClientId == ClientId && entry.ClientSeq == Outstanding.ClientSeq)
        {
            return DomainResult<ClientStep>.Ok(Acknowledge(entry.Revision, [.. entry.Operation.DroppedReasons()]));
        }

        var remote = entry.Operation;
        var outstanding = Outstanding?.Operation;
        var buffer = Buffer;
        if (outstanding is not null)
        {
            var step = DraftOperation.Transform(remote, outstanding);
            if (!step.IsSuccess)
            {
                return DomainResult<ClientStep>.Fail(step.Error!);
            }

            (remote, outstanding) = step.Value;
        }

        if (buffer is not null)
        {
            var step = DraftOperation.Transform(remote, buffer);
            if (!step.IsSuccess)
            {
                return DomainResult<ClientStep>.Fail(step.Error!);
            }

            (remote, buffer) = step.Value;
        }

        var applied = remote.Apply(Draft);
        if (!applied.IsSuccess)
        {
            return DomainResult<ClientStep>.Fail($"A remote change did not apply here ({applied.Error}); reload the draft.");
        }

        Revision = entry.Revision;
        Outstanding = Outstanding is null ? null : Outstanding with { BaseRevision = Revision, Operation = outstanding! };
        Buffer = buffer;
        return DomainResult<ClientStep>.Ok(new ClientStep(remote, null, []));
    }

    /// <summary>Takes in an acknowledgement; one for anything but the outstanding operation is a late duplicate and ignored.</summary>
    public DomainResult<ClientStep> ReceiveAck(OperationAck ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        if (Outstanding is null || ack.ClientSeq != Outstanding.ClientSeq || ack.Revision <= Revision)
        {
            return DomainResult<ClientStep>.Ok(ClientStep.Nothing);
        }

        return ack.Revision != Revision + 1
            ? DomainResult<ClientStep>.Fail($"Missed revisions {Revision + 1} to {ack.Revision - 1}; reload the draft.")
            : DomainResult<ClientStep>.Ok(Acknowledge(ack.Revision, ack.Dropped));
    }

    /// <summary>
    /// After a reconnect: the outstanding operation to send again, based on <see cref="Revision"/>
    /// (send it after asking for the entries since <see cref="Revision"/>). Null when nothing is pending.
    /// </summary>
    public Submission? Resend() => Outstanding;

    /// <summary>
    /// Starts again from a fresh snapshot after the server refused an operation or the client fell
    /// too far behind. Unacknowledged local changes are discarded; the caller tells the author.
    /// </summary>
    public void Resynchronize(Draft snapshot, int revision)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Draft = snapshot;
        Revision = revision;
        Outstanding = null;
        Buffer = null;
    }

    private ClientStep Acknowledge(int revision, IReadOnlyList<string> dropped)
    {
        Revision = revision;
        Outstanding = null;
        if (Buffer is not null)
        {
            Outstanding = new Submission(ClientId, ++LastSeq, Revision, Buffer);
            Buffer = null;
        }

        return new ClientStep(null, Outstanding, dropped);
    }
}
