using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The pure core of one draft's session, the Jupiter / ot.js server: the authoritative draft, the
/// recent change log and each client's last sequence number. <see cref="Receive"/> validates,
/// deduplicates, transforms and applies one submission and says what to persist and send; the
/// session around it does the persisting (before acknowledging), the sending and the locking.
/// Not thread-safe: the session serialises calls.
/// </summary>
public sealed class OperationServer
{
    private const int MaxClientIdLength = 64;

    private readonly Dictionary<string, ClientProgress> clients;

    /// <param name="draft">The draft at <paramref name="revision"/>.</param>
    /// <param name="history">Recent change-log entries ending at <paramref name="revision"/>, so clients a little behind can catch up.</param>
    /// <param name="clients">Each client's last handled sequence number, from the database.</param>
    public OperationServer(Draft draft, int revision, IEnumerable<AppliedOperation>? history = null, IReadOnlyDictionary<string, ClientProgress>? clients = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Draft = draft;
        var recent = history?.ToList() ?? [];
        Log = new OperationLog(revision - recent.Count);
        recent.ForEach(Log.Append);
        if (Log.Revision != revision)
        {
            throw new ArgumentException("The history must end at the draft's revision.", nameof(history));
        }

        this.clients = clients is null ? [] : new Dictionary<string, ClientProgress>(clients, StringComparer.Ordinal);
    }

    public Draft Draft { get; }

    public OperationLog Log { get; }

    public int Revision => Log.Revision;

    public IReadOnlyDictionary<string, ClientProgress> Clients => clients;

    /// <summary>What a client that has seen <paramref name="revision"/> is missing (for a join or a reconnect).</summary>
    public DomainResult<IReadOnlyList<AppliedOperation>> Since(int revision) => Log.Since(revision);

    /// <summary>
    /// Handles one submission. The draft and log change only when the outcome is
    /// <see cref="ServerOutcomeKind.Applied"/>; if persisting that entry then fails, the session
    /// must throw this object away and reload from the database, since nothing was acknowledged.
    /// </summary>
    public ServerOutcome Receive(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.ClientId is not { Length: > 0 and <= MaxClientIdLength } clientId)
        {
            return ServerOutcome.Refuse($"A client id must be 1 to {MaxClientIdLength} characters.");
        }

        if (clients.TryGetValue(clientId, out var last) && submission.ClientSeq <= last.LastSeq)
        {
            return submission.ClientSeq < last.LastSeq ? ServerOutcome.Stale
                : last.LastRevision is { } revision
                    ? new ServerOutcome(ServerOutcomeKind.Duplicate, null, new OperationAck(submission.ClientSeq, revision, []), null)
                    : ServerOutcome.Refuse($"Operation {submission.ClientSeq} was refused before; reload the draft.");
        }

        var outcome = Apply(submission);
        clients[clientId] = new ClientProgress(submission.ClientSeq, outcome.Applied?.Revision);
        return outcome;
    }

    /// <summary>
    /// Takes in an entry another server wrote to the shared change log (the next revision): applies it
    /// and records its client's progress, so resends of it are recognised here too. Fails, changing
    /// nothing of the log, when it is not the next revision or does not apply.
    /// </summary>
    public DomainResult Accept(AppliedOperation entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Revision != Log.Revision + 1)
        {
            return DomainResult.Fail($"Revision {entry.Revision} is not the next one ({Log.Revision + 1}).");
        }

        var applied = entry.Operation.Apply(Draft);
        if (!applied.IsSuccess)
        {
            return applied;
        }

        Log.Append(entry);
        if (!clients.TryGetValue(entry.ClientId, out var last) || last.LastSeq < entry.ClientSeq)
        {
            clients[entry.ClientId] = new ClientProgress(entry.ClientSeq, entry.Revision);
        }

        return DomainResult.Ok();
    }

    private ServerOutcome Apply(Submission submission)
    {
        var shape = submission.Operation?.Validate() ?? DomainResult.Fail("The operation is missing.");
        if (!shape.IsSuccess)
        {
            return ServerOutcome.Refuse(shape.Error!);
        }

        var transformed = Log.TransformIncoming(submission.BaseRevision, submission.Operation!);
        if (!transformed.IsSuccess)
        {
            return ServerOutcome.Refuse(transformed.Error!);
        }

        var operation = transformed.Value!;
        var applied = operation.Apply(Draft);
        if (!applied.IsSuccess)
        {
            return ServerOutcome.Refuse(applied.Error!);
        }

        var entry = new AppliedOperation(Log.Revision + 1, submission.ClientId, submission.ClientSeq, operation);
        Log.Append(entry);
        var ack = new OperationAck(submission.ClientSeq, entry.Revision, [.. operation.DroppedReasons()]);
        return new ServerOutcome(ServerOutcomeKind.Applied, entry, ack, null);
    }
}
