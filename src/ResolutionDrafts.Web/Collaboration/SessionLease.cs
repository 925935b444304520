namespace ResolutionDrafts.Web.Collaboration;

/// <summary>A hold on an open session; the session unloads when the last lease is returned.</summary>
public sealed class SessionLease(DraftSessions owner, DraftSession session) : IAsyncDisposable
{
    private int returned;

    public DraftSession Session { get; } = session;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref returned, 1) == 0)
        {
            await owner.ReleaseAsync(Session.DraftId);
        }
    }
}
