using Microsoft.AspNetCore.SignalR;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// Logs what goes wrong in hub methods at the level it deserves: a refusal the caller is told about
/// (a <see cref="HubException"/>: not a member, rate limited) is an Information line without a stack
/// trace, a real failure an Error with one. SignalR's own dispatcher would log every refusal as an
/// error with a stack trace, so its category is silenced in appsettings.json and this speaks instead.
/// </summary>
internal sealed class HubErrorLogging(ILogger<HubErrorLogging> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException e)
        {
            logger.LogInformation("Hub {Method} refused for {User}: {Reason}", invocationContext.HubMethodName, invocationContext.Context.UserIdentifier, e.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Hub {Method} failed for {User}", invocationContext.HubMethodName, invocationContext.Context.UserIdentifier);
            throw;
        }
    }
}
