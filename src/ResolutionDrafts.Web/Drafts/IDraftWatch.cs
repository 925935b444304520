using ResolutionDrafts.Contracts.Protocol;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>A page's subscription to a draft: it hears every change and who is in the draft, until disposed.</summary>
public interface IDraftWatch : IAsyncDisposable
{
    Task<IReadOnlyList<PresenceEntry>> PresenceAsync(CancellationToken cancellationToken);
}
