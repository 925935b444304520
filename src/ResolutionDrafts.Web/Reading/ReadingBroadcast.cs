using System.Threading.Channels;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts.Panels;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// One draft's readers on this node, and the one copy of its printed form they share. After a
/// change (coalesced over <see cref="ReadingOptions.Coalesce"/>), it reads the shared text once,
/// renders only the paragraphs whose key changed, and sends one message, encoded once, to every
/// reader's stream. A reader costs a channel and its HTTP connection; no render, no circuit.
/// The side panels are printed the same way: who is in the draft (after presence changes, coalesced
/// over <see cref="ReadingOptions.PresenceCoalesce"/>), the proposals (after a proposals event) and
/// the style check (with the text), each only when what it shows changed.
/// </summary>
public sealed class ReadingBroadcast : IAsyncDisposable
{
    private readonly Guid draftId;
    private readonly IDraftService drafts;
    private readonly IProposalService proposals;
    private readonly ReadingRenderer renderer;
    private readonly ReadingOptions options;
    private readonly ILogger logger;
    private readonly Room.MeetingRoom room;
    private readonly string chain = Guid.NewGuid().ToString("N")[..8];
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource lifetime = new();
    private readonly Lock sync = new();
    private Channel<byte[]>[] readers = [];
    private IDraftWatch? watch;
    private ReadingState current = default!;
    private IReadOnlyDictionary<string, int> pending = new Dictionary<string, int>();
    private IReadOnlyList<ProposalView> listed = [];
    private (string Language, string Key)? listedKey;
    private int sequence;
    // Whether a publish of the text (0) or of who is in the draft (1) is already on its way.
    private readonly int[] scheduled = new int[2];
    private int proposalsStale = 1;
    private int membersEpoch;
    private DocumentCache? document;
    private byte[]? follow;

    private ReadingBroadcast(Guid draftId, IDraftService drafts, IProposalService proposals, ReadingRenderer renderer, ReadingOptions options, ILogger logger, Room.MeetingRoom room)
    {
        this.room = room;
        this.draftId = draftId;
        this.drafts = drafts;
        this.proposals = proposals;
        this.renderer = renderer;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>The printed draft every new reader of this node starts from.</summary>
    public ReadingState Current
    {
        get
        {
            lock (sync)
            {
                return current;
            }
        }
    }

    /// <summary>
    /// The whole document at <see cref="Current"/>, for a page that missed a message: put together from
    /// the shared HTML once per version, however many pages ask.
    /// </summary>
    public async Task<(ReadingState State, string Html)> DocumentAsync()
    {
        var state = Current;
        if (Volatile.Read(ref document) is { } cached && ReferenceEquals(cached.State, state))
        {
            return (cached.State, cached.Html);
        }

        var html = await renderer.DocumentAsync(state);
        Volatile.Write(ref document, new DocumentCache(state, html));
        return (state, html);
    }

    /// <summary>Goes up when membership or the draft's settings changed: streams check their reader's access again.</summary>
    public int MembersEpoch => Volatile.Read(ref membersEpoch);

    /// <summary>Opens the draft's session, prints it once, and listens; null when there is no such draft.</summary>
    public static async Task<ReadingBroadcast?> StartAsync(Guid draftId, IServiceProvider services, CancellationToken cancellationToken)
    {
        var broadcast = new ReadingBroadcast(
            draftId,
            services.GetRequiredService<IDraftService>(),
            services.GetRequiredService<IProposalService>(),
            services.GetRequiredService<ReadingRenderer>(),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReadingOptions>>().Value,
            services.GetRequiredService<ILogger<ReadingBroadcast>>(),
            services.GetRequiredService<Room.MeetingRoom>());
        broadcast.watch = await broadcast.drafts.WatchAsync(draftId, broadcast.OnEventAsync, cancellationToken);
        if (broadcast.watch is null)
        {
            return null;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        ReadingState? first;
        // Under the build lock: an event heard while the first print is made waits for it (and follows its version).
        await broadcast.building.WaitAsync(cancellationToken);
        try
        {
            first = await broadcast.BuildAsync(null, cancellationToken);
            broadcast.current = first!;
        }
        finally
        {
            broadcast.building.Release();
        }

        if (first is null)
        {
            await broadcast.DisposeAsync();
            return null;
        }

        broadcast.logger.LogDebug(
            "Draft {DraftId}: first print for reading, {Paragraphs} paragraphs in {Milliseconds} ms",
            draftId, first.Paragraphs.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        if (broadcast.room.Current(draftId) is { } meeting)
        {
            broadcast.follow = ReadingMessages.Follow(meeting.State.On, meeting.State.ParagraphId);
        }

        return broadcast;
    }

    /// <summary>A reader's stream: starts with a hello naming the current version, then every change.</summary>
    public ChannelReader<byte[]> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(Math.Max(2, options.Backlog))
        {
            SingleReader = true,
            // A reader that fell this far behind loses the oldest; its page sees the gap in versions and fetches the document.
            FullMode = BoundedChannelFullMode.DropOldest,
        });
        lock (sync)
        {
            channel.Writer.TryWrite(ReadingMessages.Hello(current));
            if (follow is not null)
            {
                channel.Writer.TryWrite(follow); // where the facilitator is, for a reader who follows the room
            }

            readers = [.. readers, channel];
        }

        unsubscribe = () =>
        {
            lock (sync)
            {
                readers = [.. readers.Where(r => r != channel)];
            }

            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    private Task OnEventAsync(DraftEvent draftEvent)
    {
        switch (draftEvent.Kind)
        {
            case DraftEventKind.Text:
                Schedule();
                break;
            case DraftEventKind.Proposals:
                Volatile.Write(ref proposalsStale, 1);
                Schedule();
                break;
            case DraftEventKind.Presence:
                SchedulePresence();
                break;
            case DraftEventKind.Follow when Room.FollowState.FromDetail(draftEvent.Detail) is { } state:
                // Not part of the text: no version; one message, encoded once, for every reader.
                var message = ReadingMessages.Follow(state.On, state.ParagraphId);
                lock (sync)
                {
                    follow = message;
                    foreach (var reader in readers)
                    {
                        reader.Writer.TryWrite(message);
                    }
                }

                break;
            case DraftEventKind.Members:
                Interlocked.Increment(ref membersEpoch);
                foreach (var reader in Volatile.Read(ref readers))
                {
                    // Wakes the stream so it checks its reader's access now, not at the next heartbeat.
                    reader.Writer.TryWrite(ReadingMessages.KeepAlive);
                }

                break;
        }

        return Task.CompletedTask;
    }

    private void Schedule() => Schedule(0, options.Coalesce, PublishAsync, "a change");

    // Carets move many times a second in a room; the panel shows only who is in the draft, so a burst is one look.
    private void SchedulePresence() => Schedule(1, options.PresenceCoalesce, PublishPresenceAsync, "who is in the draft");

    /// <summary>Runs <paramref name="publish"/> once after <paramref name="delay"/> for a burst of calls, one publish at a time.</summary>
    private void Schedule(int which, TimeSpan delay, Func<CancellationToken, Task> publish, string what)
    {
        if (Interlocked.Exchange(ref scheduled[which], 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(delay, lifetime.Token);
                Volatile.Write(ref scheduled[which], 0);
                await building.WaitAsync(lifetime.Token);
                try
                {
                    await publish(lifetime.Token);
                }
                finally
                {
                    building.Release();
                }
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                // Closed meanwhile.
            }
            catch (Exception e)
            {
                Volatile.Write(ref scheduled[which], 0);
                logger.LogError(e, "Draft {DraftId}: the reading broadcast failed to print {What}", draftId, what);
            }
        });
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var previous = Current;
        if (previous is null)
        {
            return; // the first print failed; StartAsync gave up on this broadcast
        }

        var next = await BuildAsync(previous, cancellationToken);
        if (next is null)
        {
            return;
        }

        var frameChanged = next.Front != previous.Front || next.Symbol != previous.Symbol || next.Back != previous.Back
            || next.Language != previous.Language || (next.Paragraphs.Count == 0) != (previous.Paragraphs.Count == 0);
        var before = previous.Paragraphs.ToDictionary(p => p.Id, p => p.Html);
        var changed = next.Paragraphs.Where(p => !before.TryGetValue(p.Id, out var html) || html != p.Html).ToDictionary(p => p.Id, p => p.Html);
        var reordered = !previous.Paragraphs.Select(p => p.Id).SequenceEqual(next.Paragraphs.Select(p => p.Id));
        var panels = next.Panels.ChangedSince(previous.Panels);
        if (!frameChanged && changed.Count == 0 && !reordered && panels.Count == 0)
        {
            // Nothing a reader sees changed (a no-op): no message; the next change follows the shown version.
            return;
        }

        var message = frameChanged
            ? ReadingMessages.Document(previous, next, await renderer.DocumentAsync(next), panels)
            : changed.Count > 0 || reordered
                ? ReadingMessages.Change(previous, next, changed, reordered ? next.Paragraphs.Select(p => p.Id).ToList() : null, panels)
                : ReadingMessages.Panels(previous, next, panels);
        Send(next, message);
    }

    /// <summary>After presence changed: prints "In this draft" again if who is in the draft changed, and sends it alone.</summary>
    private async Task PublishPresenceAsync(CancellationToken cancellationToken)
    {
        var previous = Current;
        if (previous is null)
        {
            return;
        }

        var panel = await PresencePanelAsync(previous.Panels.Presence, cancellationToken);
        if (ReferenceEquals(panel, previous.Panels.Presence))
        {
            return; // a caret moved; the same people are in the draft
        }

        var next = previous with { Version = NextVersion(), Panels = previous.Panels with { Presence = panel } };
        Send(next, ReadingMessages.Panels(previous, next, next.Panels.ChangedSince(previous.Panels)));
    }

    private void Send(ReadingState next, byte[] message)
    {
        lock (sync)
        {
            current = next;
            foreach (var reader in readers)
            {
                reader.Writer.TryWrite(message);
            }
        }
    }

    private string NextVersion() => $"{chain}.{Interlocked.Increment(ref sequence)}";

    /// <summary>"In this draft": the people (not connections) on the draft page, here and on other nodes; <paramref name="shown"/> itself when they are the same.</summary>
    private async Task<ReadingPanel> PresencePanelAsync(ReadingPanel shown, CancellationToken cancellationToken)
    {
        var entries = watch is null ? [] : await watch.PresenceAsync(cancellationToken);
        var people = entries.DistinctBy(p => p.Delegation).ToList();
        var key = string.Join('\u001e', people.Select(p => p.Delegation + "\u001f" + p.Colour));
        if (key == shown.Key)
        {
            return shown;
        }

        var html = await renderer.PanelAsync<PresencePanel>(new() { ["Presence"] = people, ["Me"] = null });
        return new ReadingPanel(key, html);
    }

    /// <summary>The printed draft now, reusing <paramref name="previous"/>'s HTML for every paragraph whose key did not change.</summary>
    private async Task<ReadingState?> BuildAsync(ReadingState? previous, CancellationToken cancellationToken)
    {
        var reading = await drafts.ReadAsync(draftId, cancellationToken);
        if (reading is null)
        {
            return null;
        }

        if (Interlocked.Exchange(ref proposalsStale, 0) == 1)
        {
            listed = await proposals.ListAsync(draftId, cancellationToken);
            listedKey = null;
        }

        // Counted against this text: a paragraph counts the proposals on its quoted lines and sub-paragraphs too.
        pending = PendingProposalCounts.Of(reading.Draft, listed);

        var view = new DraftView(reading) { DraftId = draftId, PendingProposals = pending, ProposalsOnReadingPage = true };
        var known = previous?.Paragraphs.ToDictionary(p => p.Id) ?? new Dictionary<string, ReadingParagraphHtml>();
        var keys = reading.Draft.Paragraphs.Select(p => ReadingKeys.Of(p, view)).ToList();
        var toRender = reading.Draft.Paragraphs.Where((p, i) => !(known.TryGetValue(p.Id, out var old) && old.Key == keys[i])).ToList();
        var (front, back, rendered) = await renderer.RenderAsync(view, toRender);
        var fresh = toRender.Select((p, i) => (p.Id, Html: rendered[i])).ToDictionary(x => x.Id, x => x.Html);
        var paragraphs = reading.Draft.Paragraphs
            .Select((p, i) => fresh.TryGetValue(p.Id, out var html) ? new ReadingParagraphHtml(p.Id, keys[i], html) : known[p.Id])
            .ToList();
        var shown = previous?.Panels ?? ReadingPanels.None;
        var panels = new ReadingPanels(
            previous is null ? await PresencePanelAsync(shown.Presence, cancellationToken) : shown.Presence,
            await ProposalsPanelAsync(shown.Proposals, reading.Draft.Language),
            await StylePanelAsync(shown.Style, reading));
        return new ReadingState(NextVersion(), reading.Revision, reading.Draft.Metadata.Symbol, reading.Draft.Language, DraftLanguage.IsChinese(reading.Draft.Language), front, paragraphs, back)
        {
            Panels = panels,
        };
    }

    private async Task<ReadingPanel> ProposalsPanelAsync(ReadingPanel shown, string language)
    {
        // The key (every proposal's wording) is made once per listing, not at every keystroke.
        if (listedKey is not { } made || made.Language != language)
        {
            listedKey = (language, ReadingProposalsPanel.KeyOf(listed, language));
        }

        var key = listedKey.Value.Key;
        return key == shown.Key
            ? shown
            : new ReadingPanel(key, await renderer.PanelAsync<ReadingProposalsPanel>(new() { ["Proposals"] = listed, ["DraftId"] = draftId, ["Language"] = language }));
    }

    /// <summary>The style check, with links that stay on the reading page; printed again only when the warnings changed.</summary>
    private async Task<ReadingPanel> StylePanelAsync(ReadingPanel shown, DraftReading reading)
    {
        var key = string.Join('\u001e', reading.Warnings.Concat(reading.Notes).Select(w => $"{w.Code}\u001f{w.ParagraphId}\u001f{w.Label}\u001f{w.Message}"));
        return key == shown.Key
            ? shown
            : new ReadingPanel(key, await renderer.PanelAsync<StylePanel>(new() { ["Reading"] = reading, ["Page"] = $"drafts/{draftId}/read" }));
    }

    public async ValueTask DisposeAsync()
    {
        await lifetime.CancelAsync();
        lock (sync)
        {
            foreach (var reader in readers)
            {
                reader.Writer.TryComplete();
            }

            readers = [];
        }

        if (watch is not null)
        {
            await watch.DisposeAsync();
        }

        lifetime.Dispose();
    }

    private sealed record DocumentCache(ReadingState State, string Html);
}
