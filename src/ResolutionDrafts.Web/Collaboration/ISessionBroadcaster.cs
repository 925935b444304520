using ResolutionDrafts.Contracts.Protocol;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>How a session reaches the connections of its draft. The session calls it only while holding its lock, so one connection hears everything in order.</summary>
public interface ISessionBroadcaster
{
    Task AddToDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken);

    Task RemoveFromDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken);

    IDraftClient Connection(string connectionId);

    /// <summary>Everyone in the draft but <paramref name="exceptConnectionId"/> (null: everyone).</summary>
    IDraftClient Others(Guid draftId, string? exceptConnectionId);
}
