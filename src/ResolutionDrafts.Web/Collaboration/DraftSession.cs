using System.Security.Cryptography;
using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Contracts.Protocol;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// The live state of one open draft, changed one message at a time. Every change, from the hub or
/// from a page, is validated, transformed and applied by the <see cref="OperationServer"/> at once;
/// it is then written to the change log and only after that acknowledged and broadcast, together
/// with whatever else arrived meanwhile (see <see cref="FlushAsync"/>). All of it happens while
/// holding the session's lock, so every connection hears the draft's revisions in order.
/// </summary>
public sealed class DraftSession
{
    /// <summary>A new snapshot is written after this many operations, so a reload replays a short tail.</summary>
    public const int SnapshotEvery = 200;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SessionStore store;
    private readonly ISessionBroadcaster broadcaster;
    private readonly ILogger logger;
    private readonly Dictionary<string, PresenceEntry> presence = [];
    private readonly Dictionary<string, string> users = [];
    private Dictionary<string, string> owners;
    private readonly string serverClientId = "srv-" + RandomNumberGenerator.GetHexString(16, lowercase: true);
    private readonly IDraftEvents events;
    private readonly IPresenceDirectory elsewhere;
    private readonly List<Unsaved> unsaved = [];
    private readonly TimeSpan batchWindow;
    private readonly TimeProvider clock;
    private OperationServer server;

    /// <summary>
    /// Several nodes only: the draft as the change log holds it (the live server without the batch not
    /// yet written). When another node wrote first, the batch's submissions are received again on a
    /// copy of this with the other node's entries taken in — the order every client will hear — so
    /// nothing is reloaded from the database and no operation is transformed along a path the clients
    /// do not take.
    /// </summary>
    private OperationServer? stored;
    private int snapshotRevision;
    private long serverSeq;
    private long lastFlush;
    private bool flushScheduled;
    private (OperationServer Server, int Revision, Draft Draft)? shared;

    /// <summary>
    /// A write failed and the reload after it did too (the database did not answer): memory may hold
    /// changes the database does not. Nothing is served from it until <see cref="EnsureCurrentAsync"/>
    /// has reloaded the session from the database.
    /// </summary>
    private bool stale;

    /// <summary>What a sender hears while the database does not answer.</summary>
    public const string DatabaseAway = "The change could not be saved: the database does not answer. Nothing was applied; it is sent again when you reload, or try again in a moment.";

    private DraftSession(Guid draftId, SessionState state, SessionStore store, ISessionBroadcaster broadcaster, IDraftEvents events, IPresenceDirectory elsewhere, ILogger logger, TimeSpan batchWindow, TimeProvider clock)
    {
        this.elsewhere = elsewhere;
        DraftId = draftId;
        this.store = store;
        this.broadcaster = broadcaster;
        this.events = events;
        this.logger = logger;
        this.batchWindow = batchWindow;
        this.clock = clock;
        owners = new Dictionary<string, string>(state.ClientOwners, StringComparer.Ordinal);
        server = Start(state);
        snapshotRevision = state.SnapshotRevision;
    }

    /// <summary>What a connection hears when it names a client id that another account is using.</summary>
    public const string ClientIdTaken = "This client id belongs to another account's connection; nothing was done. Reload the page to get one of your own.";

    public Guid DraftId { get; }

    /// <param name="batchWindow">
    /// How long, at most, an applied operation waits to be written and sent with others: a session
    /// flushes at once when it has not flushed for this long, else at the end of the window.
    /// </param>
    /// <param name="elsewhere">Who is in the draft on other nodes (nobody, on one node).</param>
    public static async Task<DraftSession?> LoadAsync(
        Guid draftId, SessionStore store, ISessionBroadcaster broadcaster, IDraftEvents events, IPresenceDirectory elsewhere, ILogger logger, TimeSpan batchWindow, TimeProvider clock, CancellationToken cancellationToken)
    {
        var state = await store.LoadAsync(draftId, cancellationToken);
        return state is null ? null : new DraftSession(draftId, state, store, broadcaster, events, elsewhere, logger, batchWindow, clock);
    }

    /// <summary>
    /// A copy of the live draft shared by every reader of this revision (draft pages watching it):
    /// one copy per change, not one per open page. Read-only: nobody may change it.
    /// </summary>
    public async Task<(Draft Draft, int Revision)> SharedSnapshotAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Keyed on the server too: a reload after a failed write starts a new one at an older revision.
            if (shared is not { } current || !ReferenceEquals(current.Server, server) || current.Revision != server.Revision)
            {
                current = (server, server.Revision, server.Draft.Clone());
                shared = current;
            }

            return (current.Draft, current.Revision);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A copy of the live draft and its revision.</summary>
    public async Task<(Draft Draft, int Revision)> SnapshotAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureCurrentAsync();
            return (server.Draft.Clone(), server.Revision);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Everyone in the draft: this node's connections, then the other nodes'.</summary>
    public async Task<IReadOnlyList<PresenceEntry>> PresenceAsync(CancellationToken cancellationToken)
    {
        List<PresenceEntry> here;
        await gate.WaitAsync(cancellationToken);
        try
        {
            here = [.. presence.Values];
        }
        finally
        {
            gate.Release();
        }

        return [.. here, .. await elsewhere.ElsewhereAsync(DraftId)];
    }

    /// <param name="userId">
    /// Who the connection is signed in as: the client id is bound to them (a client id another account
    /// has used is refused, and the refusal is returned), and <see cref="EvictAsync"/> can take them out.
    /// </param>
    public async Task<DomainResult> JoinAsync(string connectionId, JoinDraft message, string delegation, string userId, CancellationToken cancellationToken)
    {
        // Read before the lock: the people on other nodes are listed in the reply and have colours too.
        var others = await elsewhere.ElsewhereAsync(DraftId);
        PresenceEntry entry;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!Bind(message.ClientId, userId))
            {
                return DomainResult.Fail(ClientIdTaken);
            }

            if (!await EnsureCurrentAsync())
            {
                return DomainResult.Fail("The draft cannot be read now: the database does not answer. Try again in a moment.");
            }

            // A joiner starts from the latest revision any node wrote.
            await CatchUpAsync();

            // Catch-up and group membership in one step: the connection misses nothing and sees nothing twice.
            var catchUp = message.KnownRevision is { } known && known <= server.Revision ? server.Since(known) : null;
            var snapshot = catchUp is { IsSuccess: true } ? null : DraftMapping.ToDto(server.Draft);
            var lastSeq = server.Clients.TryGetValue(message.ClientId, out var progress) ? progress.LastSeq : 0;
            var here = presence.Values.Where(p => p.ConnectionId != connectionId).ToList();
            // A catch-up rejoin (the same connection joins again) or a reconnect of the same client keeps
            // the colour it had: chosen afresh it would be the person's usual one again, which after a
            // reconciliation (ADR 0024) is someone else's on a node this one may not hear while Redis is away.
            var had = presence.TryGetValue(connectionId, out var before) && before.Delegation == delegation ? before.Colour
                : coloursHad.TryGetValue(message.ClientId, out var last) && last.Delegation == delegation ? last.Colour
                : null;
            var colour = PresenceColours.Choose(delegation, here.Concat(others).Select(p => (p.Delegation, p.Colour)), had);
            entry = new PresenceEntry(connectionId, message.ClientId, delegation, colour, null, null, null, server.Revision);
            if (!here.Any(p => p.Delegation == delegation))
            {
                // Someone joining on another node at this instant is not in `others` yet: the directory
                // decides for all nodes at once (one colour per person in the draft, issue 17).
                entry = entry with { Colour = await elsewhere.ClaimColourAsync(DraftId, entry, here.Select(p => p.Colour).ToList()) };
            }

            presence[connectionId] = entry;
            RememberColour(message.ClientId, delegation, entry.Colour);
            users[connectionId] = userId;
            await broadcaster.AddToDraftAsync(connectionId, DraftId, CancellationToken.None);
            // In the shared directory once the connection hears the draft's group and before the others hear
            // of it: of two people joining on two nodes at one instant, each either hears the other's news
            // (sent after this one listens) or finds the other in the directory below (written before it looks).
            await elsewhere.PutAsync(DraftId, entry);
            // Each connection hears its own client id back and nobody else's.
            await broadcaster.Connection(connectionId).DraftJoined(new DraftJoined(
                DraftId, server.Revision, snapshot, snapshot is null ? catchUp!.Value! : [], lastSeq,
                [.. presence.Values.Select(p => p.ConnectionId == connectionId ? p : Anonymous(p)), .. others.Select(Anonymous)]));
            await broadcaster.Others(DraftId, connectionId).PresenceChanged(new PresenceChanged(DraftId, Anonymous(entry)));
        }
        finally
        {
            gate.Release();
        }

        // Who joined on another node while this connection was joining: their news went out before it heard
        // the group (two people opening one draft at one instant on two nodes missed each other).
        var listed = others.Select(p => p.ConnectionId).ToHashSet();
        foreach (var late in (await elsewhere.ElsewhereAsync(DraftId)).Where(p => !listed.Contains(p.ConnectionId)))
        {
            await broadcaster.Connection(connectionId).PresenceChanged(new PresenceChanged(DraftId, Anonymous(late)));
        }

        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence));
        return DomainResult.Ok();
    }

    /// <param name="userId">The account sending it, which must be the one its client id is bound to.</param>
    public async Task SubmitAsync(string connectionId, Submission submission, string author, string userId, CancellationToken cancellationToken)
    {
        var flushed = false;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!Bind(submission.ClientId, userId))
            {
                await broadcaster.Connection(connectionId).OperationRefused(new OperationRefused(DraftId, submission.ClientSeq, ClientIdTaken));
                return;
            }

            if (!await EnsureCurrentAsync())
            {
                await broadcaster.Connection(connectionId).OperationRefused(new OperationRefused(DraftId, submission.ClientSeq, DatabaseAway));
                return;
            }

            if (submission.BaseRevision > StoredRevision)
            {
                // The client heard of revisions another node wrote: take them in first. Counted against
                // what this node has stored, not its live text: a client never hears of revisions still
                // in this node's batch, so a base beyond the stored ones names another node's entries,
                // which the batch's entries of the same numbers are not (receiving the change on them
                // applied it to the wrong text). Catching up writes the batch, moved past those, first.
                await CatchUpAsync();
            }

            var outcome = server.Receive(submission);
            if (outcome.Kind != ServerOutcomeKind.Applied && unsaved.Count > 0)
            {
                // What is waiting goes first, so the answer follows what it answers (a duplicate's
                // original may be in the batch). A duplicate is judged again: had the write failed,
                // the session reloaded and the original is gone, so this resend is the one to apply.
                flushed = await FlushAsync();
                if (outcome.Kind == ServerOutcomeKind.Duplicate)
                {
                    outcome = server.Receive(submission);
                }
            }

            switch (outcome.Kind)
            {
                case ServerOutcomeKind.Applied:
                    unsaved.Add(new Unsaved(outcome.Applied!, author, userId, connectionId, submission));
                    flushed |= await FlushOrScheduleAsync();
                    break;
                case ServerOutcomeKind.Duplicate:
                    await broadcaster.Connection(connectionId).OperationAcknowledged(new OperationAcknowledged(DraftId, outcome.Ack!));
                    break;
                case ServerOutcomeKind.Refused:
                    await broadcaster.Connection(connectionId).OperationRefused(new OperationRefused(DraftId, submission.ClientSeq, outcome.Error!));
                    break;
                case ServerOutcomeKind.Stale:
                    // Never silent: a sender whose change is dropped hears why and reloads.
                    await broadcaster.Connection(connectionId).OperationRefused(new OperationRefused(DraftId, submission.ClientSeq,
                        $"Change {submission.ClientSeq} was not applied: this client has already sent later changes. Reload the draft to see what was saved."));
                    break;
            }
        }
        finally
        {
            gate.Release();
        }

        if (flushed)
        {
            await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Text));
        }
    }

    /// <summary>
    /// A change made on the server (a page, a revision being issued): <paramref name="change"/> reads
    /// the live draft, which it must not modify, and says what operation to apply.
    /// </summary>
    /// <param name="userId">The signed-in user who made it, for the change log.</param>
    /// <param name="alsoSave">Rows saved in the same transaction as the operation (<see cref="Drafts.DraftCommand.AlsoSave"/>).</param>
    public async Task<DomainResult<AppliedOperation>> ApplyAsync(
        Func<Draft, DomainResult<DraftOperation>> change, string author, string? userId, Func<Data.AppDbContext, int, CancellationToken, Task>? alsoSave, CancellationToken cancellationToken)
    {
        AppliedOperation? applied;
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // What is waiting goes out first, so a failure below is this change's alone. A command with
                // rows of its own cannot be moved past another node's writes once built: on several nodes it
                // is built on the change log as it stands (catching up first), and built again from there
                // if another node writes in the moment between.
                if (alsoSave is not null && stored is not null)
                {
                    await CatchUpAsync();
                }
                else
                {
                    await FlushAsync();
                }

                if (!await EnsureCurrentAsync())
                {
                    return DomainResult<AppliedOperation>.Fail(DatabaseAway);
                }

                var built = change(server.Draft);
                if (!built.IsSuccess)
                {
                    return DomainResult<AppliedOperation>.Fail(built.Error!);
                }

                var own = new Submission(serverClientId, ++serverSeq, server.Revision, built.Value!);
                var outcome = server.Receive(own);
                if (outcome.Kind != ServerOutcomeKind.Applied)
                {
                    return DomainResult<AppliedOperation>.Fail(outcome.Error ?? "The change was not applied.");
                }

                // The caller waits for its change to be saved: written and sent now, not at the end of a
                // window, with the rows that belong to it in the same transaction.
                unsaved.Add(new Unsaved(outcome.Applied!, author, userId, null, own));
                var saved = await FlushAsync(alsoSave);
                if (saved.Error is null)
                {
                    applied = outcome.Applied!;
                    break;
                }

                // Another node took the revision first: the session has reloaded with what it wrote, and
                // the command is built again on that (its rows are made at the write, from what it built).
                if (!(saved.Taken && alsoSave is not null && attempt < MaxAppendAttempts))
                {
                    return DomainResult<AppliedOperation>.Fail(saved.Error);
                }

                await Task.Delay(Random.Shared.Next(1, 1 + (5 * attempt)), CancellationToken.None);
            }
        }
        finally
        {
            gate.Release();
        }

        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Text));
        return DomainResult<AppliedOperation>.Ok(applied);
    }

    public async Task UpdatePresenceAsync(string connectionId, UpdatePresence message, CancellationToken cancellationToken)
    {
        PresenceEntry? entry;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!presence.TryGetValue(connectionId, out entry))
            {
                return;
            }

            // Positions are counted at the current revision, which the others must have heard of first.
            await FlushAsync();
            var nodeId = message.NodeId is { } id && server.Draft.FindNode(id) is not null ? id : null;
            var (start, end) = nodeId is null ? (null, null) : CurrentPositions(nodeId, message);
            entry = entry with
            {
                NodeId = nodeId,
                SelectionStart = start,
                SelectionEnd = end,
                Revision = server.Revision,
            };
            presence[connectionId] = entry;
            await broadcaster.Others(DraftId, connectionId).PresenceChanged(new PresenceChanged(DraftId, Anonymous(entry)));
        }
        finally
        {
            gate.Release();
        }

        await elsewhere.PutAsync(DraftId, entry);
        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence));
    }

    public async Task LeaveAsync(string connectionId)
    {
        await gate.WaitAsync();
        try
        {
            if (!presence.Remove(connectionId))
            {
                return;
            }

            // The leaver's last changes are saved and sent before the session may unload.
            await FlushAsync();
            users.Remove(connectionId);
            await broadcaster.RemoveFromDraftAsync(connectionId, DraftId, CancellationToken.None);
            await broadcaster.Others(DraftId, connectionId).PresenceLeft(new PresenceLeft(DraftId, connectionId));
        }
        finally
        {
            gate.Release();
        }

        await elsewhere.RemoveAsync(DraftId, connectionId);
        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence));
    }

    /// <summary>
    /// The colour each client (by client id) last had in this draft, for a rejoin to keep; bounded, the
    /// oldest forgotten first (a client that has not been back for that long chooses afresh).
    /// </summary>
    private readonly Dictionary<string, (string Delegation, string Colour)> coloursHad = new(StringComparer.Ordinal);
    private readonly Queue<string> coloursHadOrder = new();
    private const int ColoursHadKept = 1000;

    private void RememberColour(string clientId, string delegation, string colour)
    {
        if (!coloursHad.ContainsKey(clientId))
        {
            coloursHadOrder.Enqueue(clientId);
            while (coloursHadOrder.Count > ColoursHadKept)
            {
                coloursHad.Remove(coloursHadOrder.Dequeue());
            }
        }

        coloursHad[clientId] = (delegation, colour);
    }

    /// <summary>
    /// A person here takes another colour (their colour, chosen while Redis was away, was someone's who
    /// joined first; RedisPresence.Reconcile.cs): everyone else hears it, and pages refresh their list.
    /// </summary>
    public async Task RecolourAsync(string delegation, string colour)
    {
        var changed = 0;
        await gate.WaitAsync();
        try
        {
            foreach (var (connectionId, entry) in presence.Where(p => p.Value.Delegation == delegation && p.Value.Colour != colour).ToList())
            {
                var recoloured = entry with { Colour = colour };
                presence[connectionId] = recoloured;
                RememberColour(entry.ClientId, delegation, colour);
                await broadcaster.Others(DraftId, connectionId).PresenceChanged(new PresenceChanged(DraftId, Anonymous(recoloured)));
                changed++;
            }
        }
        finally
        {
            gate.Release();
        }

        if (changed > 0)
        {
            await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence));
        }
    }

    /// <summary>Everyone here, told again to the draft's group (clients on other nodes missed them while Redis was away).</summary>
    public async Task AnnouncePresenceAsync()
    {
        await gate.WaitAsync();
        try
        {
            foreach (var entry in presence.Values)
            {
                await broadcaster.Others(DraftId, entry.ConnectionId).PresenceChanged(new PresenceChanged(DraftId, Anonymous(entry)));
            }
        }
        finally
        {
            gate.Release();
        }

        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence));
    }

    /// <summary>
    /// People connected to another node that stopped without saying so (killed, cut off): this node's
    /// connections hear that they left, each directly (every surviving node tells its own), and pages
    /// here refresh their list.
    /// </summary>
    public async Task ForgetElsewhereAsync(IReadOnlyList<string> connectionIds)
    {
        await gate.WaitAsync();
        try
        {
            foreach (var here in presence.Keys)
            {
                foreach (var gone in connectionIds)
                {
                    await broadcaster.Connection(here).PresenceLeft(new PresenceLeft(DraftId, gone));
                }
            }
        }
        finally
        {
            gate.Release();
        }

        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence, ThisNodeOnly: true));
    }

    /// <summary>
    /// Takes a user who is no longer a member out of the live session: their connections stop
    /// receiving the draft's changes at once (their own changes are refused by the hub's check).
    /// </summary>
    public async Task EvictAsync(string userId)
    {
        await EvictAsync(u => u == userId);
    }

    /// <summary>The users of this node's connections to the draft, for a check of who is still a member.</summary>
    public async Task<IReadOnlyList<string>> UsersAsync()
    {
        await gate.WaitAsync();
        try
        {
            return [.. users.Values.Distinct(StringComparer.Ordinal)];
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task EvictAsync(Func<string, bool> which)
    {
        List<string> evicted;
        await gate.WaitAsync();
        try
        {
            await FlushAsync();
            evicted = [.. users.Where(u => which(u.Value)).Select(u => u.Key)];
            foreach (var connectionId in evicted)
            {
                users.Remove(connectionId);
                presence.Remove(connectionId);
                await broadcaster.RemoveFromDraftAsync(connectionId, DraftId, CancellationToken.None);
                await broadcaster.Others(DraftId, connectionId).PresenceLeft(new PresenceLeft(DraftId, connectionId));
            }
        }
        finally
        {
            gate.Release();
        }

        if (evicted.Count > 0)
        {
            foreach (var connectionId in evicted)
            {
                await elsewhere.RemoveAsync(DraftId, connectionId);
            }

            await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Presence));
        }
    }

    /// <summary>
    /// The sender's positions moved from the revision they were counted at to the current one, so
    /// others see the caret where it is; positions from too far back, or outside the text, are dropped.
    /// </summary>
    private (int? Start, int? End) CurrentPositions(string nodeId, UpdatePresence message)
    {
        int? start = message.SelectionStart, end = message.SelectionEnd;
        // A revision beyond what this node stored is another node's (see SubmitAsync): the positions
        // are shown as counted until this node takes it in.
        if (message.Revision is { } known && known >= 0 && known < server.Revision && known <= StoredRevision)
        {
            var since = server.Since(known);
            if (!since.IsSuccess)
            {
                return (null, null);
            }

            foreach (var applied in since.Value!)
            {
                start = PresencePositions.Move(start, applied.Operation, nodeId);
                end = PresencePositions.Move(end, applied.Operation, nodeId);
            }
        }

        var length = server.Draft.FindNode(nodeId)!.Text.Length;
        return (start is >= 0 && start <= length ? start : null, end is >= 0 && end <= length ? end : null);
    }

    /// <summary>Writes the final snapshot when the last user has left.</summary>
    public async Task CloseAsync()
    {
        await gate.WaitAsync();
        try
        {
            await FlushAsync();
            if (!stale && server.Revision > snapshotRevision)
            {
                await store.WriteSnapshotAsync(DraftId, server.Draft, server.Revision, CancellationToken.None);
                snapshotRevision = server.Revision;
            }
        }
        catch (Exception e)
        {
            // The change log holds every operation; the next load replays a longer tail.
            logger.LogWarning(e, "Draft {DraftId}: the closing snapshot was not written", DraftId);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Flushes now if the session has not flushed for a window, else makes sure a flush comes at the
    /// end of the window. Under load this turns one write and N sends per operation into one write
    /// and N sends per window (docs/hub-protocol.md, "Batches"). True when it flushed.
    /// </summary>
    private async Task<bool> FlushOrScheduleAsync()
    {
        if (flushScheduled)
        {
            return false;
        }

        var wait = batchWindow - clock.GetElapsedTime(lastFlush);
        if (wait <= TimeSpan.Zero)
        {
            return await FlushAsync();
        }

        flushScheduled = true;
        _ = FlushLaterAsync(wait);
        return false;
    }

    private async Task FlushLaterAsync(TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, clock);
            bool flushed;
            await gate.WaitAsync();
            try
            {
                flushScheduled = false;
                flushed = await FlushAsync();
            }
            finally
            {
                gate.Release();
            }

            if (flushed)
            {
                await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Text));
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Draft {DraftId}: a batch of operations was not flushed", DraftId);
        }
    }

    /// <summary>
    /// Writes the operations applied since the last flush to the change log in one transaction, then
    /// sends them, in revision order, to every connection of the draft in one message: their authors
    /// take their own as acknowledgements. If the write fails, the session reloads from the database
    /// and the authors are told their changes were refused (nothing of them was acknowledged or sent);
    /// whatever the database holds beyond what everyone had heard is sent to all. Runs under the lock.
    /// True when the draft as everyone knows it changed.
    /// </summary>
    private async Task<bool> FlushAsync() => (await FlushAsync(null)).Changed;

    /// <summary>A batch's write: whether the draft as everyone knows it changed, why it was not saved if it was not, and whether another node had taken its revisions.</summary>
    private readonly record struct Flushed(bool Changed, string? Error, bool Taken = false);

    /// <param name="alsoSave">Rows to save in the same transaction as the batch.</param>
    /// <returns>Whether the draft as everyone knows it changed, and why the batch was not saved, if it was not.</returns>
    private async Task<Flushed> FlushAsync(Func<Data.AppDbContext, int, CancellationToken, Task>? alsoSave)
    {
        if (unsaved.Count == 0)
        {
            return new Flushed(false, null);
        }

        lastFlush = clock.GetTimestamp();
        Unsaved[] batch = [.. unsaved];
        unsaved.Clear();
        var heard = batch[0].Entry.Revision - 1;
        for (var attempt = 1; ; attempt++)
        {
            Rebased? rebased = null;
            try
            {
                // Never abandoned half-way: the operations are already applied in memory. Another node
                // that wrote first is caught up with under the draft's lock, in the same transaction.
                var toRebase = batch;
                await store.AppendAsync(DraftId, [.. batch.Select(u => (u.Entry, u.Author, u.UserId))], server.Draft, alsoSave,
                    alsoSave is not null || stored is null ? null : tail =>
                    {
                        rebased = Rebase(toRebase, tail);
                        return rebased is null ? null : [.. rebased.Batch.Select(u => (u.Entry, u.Author, u.UserId))];
                    },
                    CancellationToken.None);
                if (rebased is not null)
                {
                    await SendRebasedAsync(rebased);
                    batch = rebased.Batch;
                }

                Remember(batch);
                if (batch.Length == 0)
                {
                    return new Flushed(true, TakeOwnRefusal());
                }

                break;
            }
            catch (Exception e)
            {
                // Another node may have written these revisions first (the unique (draft, revision) key
                // decides): the session takes what the database holds and sends the batch's changes
                // again, transformed past those, as ShareDB does. A command with rows of its own is not
                // retried (its rows were made for the text as it was); nor is a plain failure.
                IReadOnlyList<AppliedOperation> written;
                Unsaved[]? retried;
                List<(string ConnectionId, long Seq, string Reason)> refusals;
                try
                {
                    (written, retried, refusals) = await ReloadAndResubmitAsync(batch, heard, retry: alsoSave is null && attempt < MaxAppendAttempts);
                }
                catch (Exception reloadFailure) when (reloadFailure is not InvalidOperationException { Message: "The draft was deleted." })
                {
                    // The database does not answer at all: nothing of the batch was stored, acknowledged or
                    // sent; its senders hear so, and the session reloads before it serves anyone again.
                    stale = true;
                    logger.LogError("Draft {DraftId}: operations {From} to {To} were not saved and the session could not reload ({Reason}); it reloads at its next use",
                        DraftId, batch[0].Entry.Revision, batch[^1].Entry.Revision, reloadFailure.Message);
                    foreach (var refused in batch.Where(u => u.ConnectionId is not null))
                    {
                        await broadcaster.Connection(refused.ConnectionId!).OperationRefused(new OperationRefused(DraftId, refused.Entry.ClientSeq, DatabaseAway));
                    }

                    return new Flushed(false, DatabaseAway);
                }

                foreach (var (connectionId, seq, reason) in refusals)
                {
                    await broadcaster.Connection(connectionId).OperationRefused(new OperationRefused(DraftId, seq, reason));
                }

                if (written.Count > 0)
                {
                    // What another node wrote is the draft now: everyone here hears it (again, harmlessly, where a backplane carried it).
                    await broadcaster.Others(DraftId, null).OperationsApplied(new OperationsApplied(DraftId, [.. written]));
                    heard = written[^1].Revision;
                }

                if (retried is { Length: > 0 })
                {
                    // Two nodes that keep taking the same revision would keep colliding: a short random
                    // wait, growing with each attempt, lets one of them through (as Ethernet backs off).
                    batch = retried;
                    await Task.Delay(Random.Shared.Next(1, 1 + (5 * attempt)));
                    continue;
                }

                var error = e is Drafts.CommandRefusedException commandRefused ? commandRefused.Message : "The change could not be saved; nothing was applied.";
                if (e is Drafts.CommandRefusedException)
                {
                    logger.LogInformation("Draft {DraftId}: a change was refused as it was saved: {Reason}", DraftId, error);
                }
                else if (retried is null)
                {
                    logger.LogError(e, "Draft {DraftId}: operations {From} to {To} were not saved; the session was reloaded", DraftId, batch[0].Entry.Revision, batch[^1].Entry.Revision);
                }

                return new Flushed(written.Count > 0, retried is null ? error : TakeOwnRefusal(), e is RevisionTakenException);
            }
        }

        await broadcaster.Others(DraftId, null).OperationsApplied(new OperationsApplied(DraftId, [.. batch.Select(u => u.Entry)]));
        try
        {
            await SnapshotIfDueAsync();
        }
        catch (Exception e)
        {
            // The batch is stored and sent; a snapshot only shortens the next load, and is tried again later.
            logger.LogWarning(e, "Draft {DraftId}: the snapshot at revision {Revision} was not written", DraftId, server.Revision);
        }

        return new Flushed(true, TakeOwnRefusal());
    }

    /// <summary>Why a change of the server's own (a page's) was dropped when its batch was sent again, once.</summary>
    private string? ownRefusal;

    private string? TakeOwnRefusal()
    {
        var refusal = ownRefusal;
        ownRefusal = null;
        return refusal;
    }

    /// <summary>Takes in what other nodes wrote to the change log (they said so over Redis).</summary>
    public async Task CatchUpFromStoreAsync()
    {
        await gate.WaitAsync();
        try
        {
            await CatchUpAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Gap filling: takes in what other nodes wrote to the change log since this session's revision,
    /// and tells this node's connections. Called when a client shows it has heard of a later revision
    /// (through the backplane) and when someone joins. Under the lock.
    /// </summary>
    private async Task CatchUpAsync()
    {
        await FlushAsync();
        if (!await EnsureCurrentAsync())
        {
            return;
        }

        var tail = await store.TailAsync(DraftId, server.Revision, CancellationToken.None);
        if (tail.Count == 0)
        {
            return;
        }

        foreach (var (entry, userId) in tail)
        {
            if (!server.Accept(entry).IsSuccess || (stored is not null && !stored.Accept(entry).IsSuccess))
            {
                // Cannot happen with one log; if it does, the database is the truth.
                var state = await store.LoadAsync(DraftId, CancellationToken.None) ?? throw new InvalidOperationException("The draft was deleted.");
                server = Start(state);
                break;
            }

            if (userId is not null)
            {
                owners.TryAdd(entry.ClientId, userId);
            }
        }

        await broadcaster.Others(DraftId, null).OperationsApplied(new OperationsApplied(DraftId, [.. tail.Select(t => t.Entry)]));
        await events.PublishAsync(new DraftEvent(DraftId, DraftEventKind.Text, ThisNodeOnly: true));
    }

    /// <summary>
    /// The last revision this node knows to be in the change log: on several nodes the stored state's;
    /// on one, the live one's (its clients hear only what is stored, so they never count further).
    /// </summary>
    private int StoredRevision => stored?.Revision ?? server.Revision;

    /// <summary>How many change-log entries the live state and the stored state hold in memory (for tests).</summary>
    internal (int Live, int Stored) HistoryInMemory => (server.Log.Entries.Count, stored?.Log.Entries.Count ?? 0);

    /// <summary>A session's server on a state read from the database, and (several nodes) the stored state beside it.</summary>
    private OperationServer Start(SessionState state)
    {
        stored = store.SeveralNodes ? new OperationServer(state.Draft.Clone(), state.Revision, state.History, state.Clients) : null;
        return new OperationServer(state.Draft, state.Revision, state.History, state.Clients);
    }

    /// <summary>The batch is in the change log: the stored state takes it in too.</summary>
    private void Remember(IEnumerable<Unsaved> written)
    {
        foreach (var u in written)
        {
            if (stored is not null && !stored.Accept(u.Entry).IsSuccess)
            {
                // Cannot happen while the two agree; if it does, the database is the truth.
                stale = true;
                stored = null;
            }
        }
    }

    /// <summary>
    /// Another node wrote the revisions a batch was to take (<paramref name="tail"/>, read under the
    /// draft's lock in the write's own transaction): the stored state takes the tail in, and the
    /// batch's submissions are received again on a copy of it, as if they had reached this node after
    /// the other node's — the order every client hears. Null (the write is refused and the session
    /// reloads) when the tail does not follow on from the stored state. Under the lock.
    /// </summary>
    private Rebased? Rebase(Unsaved[] batch, IReadOnlyList<(AppliedOperation Entry, string? UserId)> tail)
    {
        if (stored is null || tail.Count == 0 || tail[0].Entry.Revision != stored.Revision + 1)
        {
            return null;
        }

        foreach (var (entry, userId) in tail)
        {
            if (!stored.Accept(entry).IsSuccess)
            {
                stale = true;
                stored = null;
                return null;
            }

            if (userId is not null)
            {
                owners.TryAdd(entry.ClientId, userId);
            }
        }

        var working = new OperationServer(stored.Draft.Clone(), stored.Revision, stored.Log.Entries, stored.Clients);
        var refusals = new List<(string ConnectionId, long Seq, string Reason)>();
        var (again, acks) = ReceiveAgain(working, batch, refusals);
        server = working;
        return new Rebased([.. tail.Select(t => t.Entry)], again, acks, refusals);
    }

    /// <summary>
    /// Receives a batch's original submissions again on <paramref name="on"/> (the draft as another
    /// node left it): the batch as it is now to be written, and the acknowledgements of those the other
    /// node already stored (a resend that reached it); the senders of those that no longer apply are
    /// added to <paramref name="refusals"/>.
    /// </summary>
    private (Unsaved[] Again, List<(string ConnectionId, OperationAck Ack)> Acks) ReceiveAgain(
        OperationServer on, Unsaved[] batch, List<(string ConnectionId, long Seq, string Reason)> refusals)
    {
        var again = new List<Unsaved>(batch.Length);
        var acks = new List<(string ConnectionId, OperationAck Ack)>();
        foreach (var u in batch)
        {
            var outcome = on.Receive(u.Submission);
            switch (outcome.Kind)
            {
                case ServerOutcomeKind.Applied:
                    again.Add(u with { Entry = outcome.Applied! });
                    break;
                case ServerOutcomeKind.Duplicate when u.ConnectionId is not null:
                    acks.Add((u.ConnectionId, outcome.Ack!));
                    break;
                case ServerOutcomeKind.Refused or ServerOutcomeKind.Stale when u.ConnectionId is not null:
                    refusals.Add((u.ConnectionId, u.Submission.ClientSeq, outcome.Error ?? "The change no longer applies to the draft; reload it."));
                    break;
                case ServerOutcomeKind.Refused or ServerOutcomeKind.Stale:
                    ownRefusal = outcome.Error ?? "The change no longer applies to the draft as another node left it.";
                    break;
            }
        }

        return ([.. again], acks);
    }

    /// <summary>Tells this node's connections what another node wrote first, and what became of the batch's own changes.</summary>
    private async Task SendRebasedAsync(Rebased rebased)
    {
        await broadcaster.Others(DraftId, null).OperationsApplied(new OperationsApplied(DraftId, [.. rebased.Tail]));
        foreach (var (connectionId, ack) in rebased.Acks)
        {
            await broadcaster.Connection(connectionId).OperationAcknowledged(new OperationAcknowledged(DraftId, ack));
        }

        foreach (var (connectionId, seq, reason) in rebased.Refusals)
        {
            await broadcaster.Connection(connectionId).OperationRefused(new OperationRefused(DraftId, seq, reason));
        }
    }

    /// <summary>A batch moved past another node's entries: those entries, the batch as it is now written, and what its senders hear.</summary>
    private sealed record Rebased(
        IReadOnlyList<AppliedOperation> Tail, Unsaved[] Batch,
        IReadOnlyList<(string ConnectionId, OperationAck Ack)> Acks,
        IReadOnlyList<(string ConnectionId, long Seq, string Reason)> Refusals);

    /// <summary>How often a batch is sent again after another node took its revisions first.</summary>
    private const int MaxAppendAttempts = 20;

    /// <summary>
    /// After a failed write: reloads the session from the database and, when <paramref name="retry"/>
    /// and another node did write meanwhile, receives the batch's submissions again against that.
    /// Returns what the database holds beyond <paramref name="heard"/>, the batch to write again (null
    /// when none is retried: every sender in it is refused), and the refusals to send.
    /// </summary>
    private async Task<(IReadOnlyList<AppliedOperation> Written, Unsaved[]? Retried, List<(string ConnectionId, long Seq, string Reason)> Refusals)> ReloadAndResubmitAsync(
        Unsaved[] batch, int heard, bool retry)
    {
        var state = await store.LoadAsync(DraftId, CancellationToken.None) ?? throw new InvalidOperationException("The draft was deleted.");
        server = Start(state);
        foreach (var (clientId, owner) in state.ClientOwners)
        {
            owners[clientId] = owner;
        }

        snapshotRevision = state.SnapshotRevision;
        AppliedOperation[] written = [.. state.History.Where(h => h.Revision > heard)];
        var refusals = new List<(string, long, string)>();
        if (!retry || written.Length == 0)
        {
            foreach (var refused in batch.Where(u => u.ConnectionId is not null))
            {
                refusals.Add((refused.ConnectionId!, refused.Entry.ClientSeq, "The change could not be saved; nothing was applied. Reload the draft and try again."));
            }

            return (written, null, refusals);
        }

        var (again, acks) = ReceiveAgain(server, batch, refusals);
        foreach (var (connectionId, ack) in acks)
        {
            await broadcaster.Connection(connectionId).OperationAcknowledged(new OperationAcknowledged(DraftId, ack));
        }

        return (written, again, refusals);
    }

    /// <summary>
    /// After a failure that left memory ahead of the database: reloads the session from the database
    /// (and tells this node's connections of whatever it holds beyond what they heard). False while the
    /// database still does not answer. Under the lock.
    /// </summary>
    private async Task<bool> EnsureCurrentAsync()
    {
        if (!stale)
        {
            return true;
        }

        SessionState state;
        try
        {
            state = await store.LoadAsync(DraftId, CancellationToken.None) ?? throw new InvalidOperationException("The draft was deleted.");
        }
        catch (Exception e) when (e is not InvalidOperationException { Message: "The draft was deleted." })
        {
            logger.LogWarning("Draft {DraftId}: the session could not reload yet: {Reason}", DraftId, e.Message);
            return false;
        }

        server = Start(state);
        foreach (var (clientId, owner) in state.ClientOwners)
        {
            owners[clientId] = owner;
        }

        snapshotRevision = state.SnapshotRevision;
        stale = false;
        logger.LogInformation("Draft {DraftId}: the session reloaded from the database at revision {Revision}", DraftId, server.Revision);
        return true;
    }

    private async Task SnapshotIfDueAsync()
    {
        if (server.Revision - snapshotRevision < SnapshotEvery)
        {
            return;
        }

        await store.WriteSnapshotAsync(DraftId, server.Draft, server.Revision, CancellationToken.None);
        snapshotRevision = server.Revision;
        server.Log.TrimThrough(Math.Max(server.Log.StartRevision, server.Revision - SessionStore.HistoryKept));
        stored?.Log.TrimThrough(Math.Max(stored.Log.StartRevision, stored.Revision - SessionStore.HistoryKept));
    }

    /// <summary>
    /// Binds <paramref name="clientId"/> to <paramref name="userId"/> if no account has used it yet;
    /// false when another has. Kept here while the session is open and in the change log for good.
    /// </summary>
    private bool Bind(string clientId, string userId)
    {
        if (owners.TryGetValue(clientId, out var owner))
        {
            return owner == userId;
        }

        owners[clientId] = userId;
        return true;
    }

    /// <summary>A presence entry as others see it: without the client id, which only its own connection needs.</summary>
    private static PresenceEntry Anonymous(PresenceEntry entry) => entry with { ClientId = "" };

    /// <summary>
    /// An operation applied in memory and not yet written, with the submission it came from (sent
    /// again if another node takes its revision first); <see cref="ConnectionId"/> and
    /// <see cref="UserId"/> are null for the server's own.
    /// </summary>
    private sealed record Unsaved(AppliedOperation Entry, string Author, string? UserId, string? ConnectionId, Submission Submission);
}
