using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>An in-memory <see cref="IDraftService"/> for component tests: it applies edits as the real one does and records them.</summary>
internal sealed class RecordingDraftService : IDraftService
{
    private readonly Dictionary<Guid, LoadedDraft> drafts = [];

    public List<Guid> Edits { get; } = [];

    public Guid Add(Draft draft)
    {
        var id = Guid.NewGuid();
        drafts[id] = new LoadedDraft(id, draft, 1, DateTime.UtcNow);
        return id;
    }

    public Draft Current(Guid id) => drafts[id].Draft;

    public Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DraftSummary>>(drafts.Values
            .Select(d => new DraftSummary(d.Id, d.Draft.Metadata.Symbol ?? "", d.Draft.Title, d.Draft.Language, DraftJson.KindName(d.Draft.Kind), d.UpdatedUtc))
            .ToList());

    public Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(drafts.TryGetValue(id, out var d) ? d with { Draft = d.Draft.Clone() } : null);

    public Task<Guid> CreateAsync(Draft draft, CancellationToken cancellationToken) => Task.FromResult(Add(draft));

    public Task<EditResult> EditAsync(Guid id, Func<Draft, DomainResult> edit, CancellationToken cancellationToken)
    {
        Edits.Add(id);
        var current = drafts[id];
        var copy = current.Draft.Clone();
        var result = edit(copy);
        if (!result.IsSuccess)
        {
            return Task.FromResult(new EditResult(current with { Draft = current.Draft.Clone() }, result.Error));
        }

        drafts[id] = current with { Draft = copy, Version = current.Version + 1 };
        return Task.FromResult(new EditResult(drafts[id] with { Draft = copy.Clone() }, null));
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(drafts.Remove(id));
}
