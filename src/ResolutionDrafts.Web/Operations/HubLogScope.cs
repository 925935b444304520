using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Hubs;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Every log line written while a hub method runs (the hub's refusals and failures, the draft
/// session's saves and errors) carries the draft id and the user id as scope properties, so that
/// one live session can be followed in the logs (with the JSON console formatter and
/// IncludeScopes; docs/operations.md, "Logs"). Ids only: names and draft text stay out.
/// Registered before the other hub filters, so their lines are inside the scope.
/// </summary>
internal sealed class HubLogScope(ILogger<HubLogScope> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Guid? draftId = invocationContext.HubMethodArguments switch
        {
            [JoinDraft join] => join.DraftId,
            [SubmitOperationRequest submit] => submit.DraftId,
            [UpdatePresence presence] => presence.DraftId,
            [LeaveDraft leave] => leave.DraftId,
            _ => null,
        };
        using (logger.BeginScope(new Dictionary<string, object?>
               {
                   ["DraftId"] = draftId,
                   ["UserId"] = invocationContext.Context.UserIdentifier,
                   ["HubMethod"] = invocationContext.HubMethodName,
               }))
        {
            return await next(invocationContext);
        }
    }
}
