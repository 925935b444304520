using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Contracts.Protocol;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>An in-memory <see cref="IDraftService"/> for component tests: it applies changes as the real one does and records them.</summary>
internal sealed class RecordingDraftService : IDraftService
{
    private readonly Dictionary<Guid, LoadedDraft> drafts = [];

    public List<DraftOperation> Applied { get; } = [];

    /// <summary>Who the page's watch lists as present (every draft), for tests of how presence is shown.</summary>
    public List<PresenceEntry> Present { get; } = [];

    public Guid Add(Draft draft)
    {
        var id = Guid.NewGuid();
        drafts[id] = new LoadedDraft(id, draft, 0);
        return id;
    }

    public Draft Current(Guid id) => drafts[id].Draft;

    public Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DraftSummary>>(drafts.Values
            .Select(d => new DraftSummary(d.Id, d.Draft.Metadata.Symbol ?? "", d.Draft.Title, d.Draft.Language, DraftMapping.KindName(d.Draft.Kind), DateTime.UtcNow))
            .ToList());

    public Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(drafts.TryGetValue(id, out var d) ? d with { Draft = d.Draft.Clone() } : null);

    public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, CancellationToken cancellationToken) => Task.FromResult(Add(draft));

    public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, Action<ResolutionDrafts.Web.Data.AppDbContext, Guid>? alsoSave, CancellationToken cancellationToken) => Task.FromResult(Add(draft));

    public Task<DomainResult<LoadedDraft>> ApplyAsync(Guid id, Func<Draft, DomainResult<DraftOperation>> change, ResolutionDrafts.Web.Access.DraftAccess by, CancellationToken cancellationToken)
    {
        var current = drafts[id];
        var built = change(current.Draft);
        var copy = current.Draft.Clone();
        var result = built.IsSuccess ? built.Value!.Apply(copy) : DomainResult.Fail(built.Error!);
        if (!result.IsSuccess)
        {
            return Task.FromResult(DomainResult<LoadedDraft>.Fail(result.Error!));
        }

        Applied.Add(built.Value!);
        drafts[id] = current with { Draft = copy, Revision = current.Revision + 1 };
        return Task.FromResult(DomainResult<LoadedDraft>.Ok(drafts[id] with { Draft = copy.Clone() }));
    }

    public Task<DomainResult<LoadedDraft>> ApplyAsync(DraftCommand command, CancellationToken cancellationToken) =>
        ApplyAsync(command.By.DraftId, command.Change, command.By, cancellationToken);

    public Task<IDraftWatch?> WatchAsync(Guid id, Func<ResolutionDrafts.Web.Collaboration.DraftEvent, Task> onEvent, CancellationToken cancellationToken)
    {
        if (!drafts.ContainsKey(id))
        {
            return Task.FromResult<IDraftWatch?>(null);
        }

        watchers.Add((id, onEvent));
        return Task.FromResult<IDraftWatch?>(new NoWatch(this));
    }

    private readonly List<(Guid Id, Func<ResolutionDrafts.Web.Collaboration.DraftEvent, Task> OnEvent)> watchers = [];

    /// <summary>Someone else changed the draft: applies the change and tells the watching pages, as a session does.</summary>
    public async Task ChangeElsewhereAsync(Guid id, Func<Draft, DomainResult<DraftOperation>> change)
    {
        var current = drafts[id];
        var copy = current.Draft.Clone();
        var built = change(copy);
        if (!built.IsSuccess || built.Value!.Apply(copy) is { IsSuccess: false } failed)
        {
            throw new InvalidOperationException(built.Error ?? "The change did not apply.");
        }

        drafts[id] = current with { Draft = copy, Revision = current.Revision + 1 };
        foreach (var (draftId, onEvent) in watchers.Where(w => w.Id == id).ToList())
        {
            await onEvent(new ResolutionDrafts.Web.Collaboration.DraftEvent(draftId, ResolutionDrafts.Web.Collaboration.DraftEventKind.Text));
        }
    }

    private sealed class NoWatch(RecordingDraftService service) : IDraftWatch
    {
        public Task<IReadOnlyList<PresenceEntry>> PresenceAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PresenceEntry>>([.. service.Present]);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
