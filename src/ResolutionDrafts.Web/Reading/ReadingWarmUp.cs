using Microsoft.Extensions.Options;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts.Panels;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// Prints the drafts shipped in DemoData (one English, one Chinese: every kind of paragraph, footnotes,
/// italics, sub-paragraphs) for reading once, in the background, when the app has started — with the
/// same components, keys, panels, document and message encoding a draft's first reader needs — and
/// reads what the first look at any draft reads: the latest draft's stored state (as a session loads
/// it, then thrown away), a membership and a draft's proposals. The first reader of a draft on a
/// fresh node then waits for its draft alone, not for the first use of all of that (Razor components
/// compiled on first render, the style rules, EF Core's queries compiled on first use; ADR 0019).
/// Opens no session, changes nothing and sends nothing to anyone. Off with <c>Reading:WarmUp=false</c>.
/// </summary>
public sealed class ReadingWarmUp(
    IServiceScopeFactory scopes, ILoggerFactory loggers, IProposalService proposals, Collaboration.SessionStore store, Access.IDraftAccess access,
    Microsoft.EntityFrameworkCore.IDbContextFactory<Data.AppDbContext> dbFactory, IOptions<ReadingOptions> options, IHostApplicationLifetime host, ILogger<ReadingWarmUp> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int paragraphs;

    /// <summary>Completes when the warm-up has printed (or was off, or failed: it is never needed for correctness).</summary>
    public Task Completed => done.Task;

    /// <summary>Paragraphs the warm-up printed.</summary>
    public int ParagraphsPrinted => Volatile.Read(ref paragraphs);

    /// <summary>Where the drafts to print come from (the app's own demo drafts, shipped with every build).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "DemoData");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!options.Value.WarmUp)
            {
                return;
            }

            // After start-up (migrations, demo data): the warm-up must not delay the node's first answer.
            await WhenStartedAsync(stoppingToken);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            // A renderer of its own: its prints are not counted as a draft's (ReadingRenderer's counts are the broadcasts').
            var renderer = new ReadingRenderer(scopes, loggers);
            IEnumerable<string> files = Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.json").Order() : [];
            foreach (var file in files)
            {
                var parsed = DraftJson.Deserialize(await File.ReadAllTextAsync(file, stoppingToken));
                if (parsed.IsSuccess)
                {
                    await PrintAsync(renderer, parsed.Value!);
                }
            }

            await ReadAsADraftsFirstReaderDoesAsync(stoppingToken);
            logger.LogDebug("Reading along warmed up: {Paragraphs} paragraphs printed in {Milliseconds} ms", ParagraphsPrinted, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stopped first.
        }
        catch (Exception e)
        {
            // Only the first reader's wait depends on it.
            logger.LogWarning(e, "Reading along could not be warmed up; the first reader of a draft will wait longer");
        }
        finally
        {
            done.TrySetResult();
        }
    }

    /// <summary>What <see cref="ReadingBroadcast"/> does for a draft's first reader, for <paramref name="draft"/>.</summary>
    private async Task PrintAsync(ReadingRenderer renderer, Draft draft)
    {
        var reading = new DraftReading(Guid.Empty, draft, 0);
        var view = new DraftView(reading) { DraftId = Guid.Empty, PendingProposals = new Dictionary<string, int>(), ProposalsOnReadingPage = true };
        var keys = draft.Paragraphs.Select(p => ReadingKeys.Of(p, view)).ToList();
        var (front, back, printed) = await renderer.RenderAsync(view, draft.Paragraphs);
        var presence = new[] { new PresenceEntry("warm-up", "", "Warm-up", "#1f6feb", draft.Paragraphs.FirstOrDefault()?.Id, 0, 0, 0) };
        var panels = new ReadingPanels(
            new ReadingPanel("", await renderer.PanelAsync<PresencePanel>(new() { ["Presence"] = presence, ["Me"] = null })),
            new ReadingPanel("", await renderer.PanelAsync<ReadingProposalsPanel>(new() { ["Proposals"] = Array.Empty<ProposalView>(), ["DraftId"] = Guid.Empty, ["Language"] = draft.Language })),
            new ReadingPanel("", await renderer.PanelAsync<StylePanel>(new() { ["Reading"] = reading, ["Page"] = "drafts/warm-up/read" })));
        var state = new ReadingState("warm-up.1", 0, draft.Metadata.Symbol, draft.Language, DraftLanguage.IsChinese(draft.Language), front,
            [.. draft.Paragraphs.Select((p, i) => new ReadingParagraphHtml(p.Id, keys[i], printed[i]))], back) { Panels = panels };
        await renderer.DocumentAsync(state);
        _ = ReadingMessages.Change(state, state with { Version = "warm-up.2" }, state.Paragraphs.Take(1).ToDictionary(p => p.Id, p => p.Html), null, panels.Html());
        Interlocked.Add(ref paragraphs, draft.Paragraphs.Count);
    }

    /// <summary>The reads of a draft's first look on a node, of the latest draft (if any) and for nobody: nothing kept.</summary>
    private async Task ReadAsADraftsFirstReaderDoesAsync(CancellationToken cancellationToken)
    {
        Guid latest;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            latest = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                db.Drafts.OrderByDescending(d => d.UpdatedUtc).Select(d => d.Id), cancellationToken);
        }

        if (latest != Guid.Empty)
        {
            await store.LoadAsync(latest, cancellationToken); // as a session loads it; not kept
        }

        var nobody = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, "reading-warm-up"), new(System.Security.Claims.ClaimTypes.Name, "reading-warm-up")], "warm-up"));
        await access.ForAsync(nobody, Guid.NewGuid(), cancellationToken); // a member of nothing
        await proposals.ListAsync(Guid.NewGuid(), cancellationToken);
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}
