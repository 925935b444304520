using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Hubs;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>Sends through SignalR: one group per draft. With the Redis backplane the groups span app nodes.</summary>
public sealed class HubBroadcaster(IHubContext<DraftHub, IDraftClient> hub) : ISessionBroadcaster
{
    public static string Group(Guid draftId) => $"draft:{draftId:N}";

    public Task AddToDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken) =>
        hub.Groups.AddToGroupAsync(connectionId, Group(draftId), cancellationToken);

    public Task RemoveFromDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken) =>
        hub.Groups.RemoveFromGroupAsync(connectionId, Group(draftId), cancellationToken);

    public IDraftClient Connection(string connectionId) => hub.Clients.Client(connectionId);

    public IDraftClient Others(Guid draftId, string? exceptConnectionId) =>
        exceptConnectionId is null ? hub.Clients.Group(Group(draftId)) : hub.Clients.GroupExcept(Group(draftId), exceptConnectionId);
}
