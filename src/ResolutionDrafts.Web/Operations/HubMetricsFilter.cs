using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Web.Hubs;

namespace ResolutionDrafts.Web.Operations;

/// <summary>Connected clients, when each change arrived (for the acknowledgement latency), and hub rate-limit refusals.</summary>
internal sealed class HubMetricsFilter(AppMetrics metrics) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.HubMethodArguments is [SubmitOperationRequest request])
        {
            metrics.Received(request.ClientId, request.ClientSeq);
        }

        try
        {
            return await next(invocationContext);
        }
        catch (HubException e) when (e.Message == ConnectionRateLimit.TooManyJoins || e.Message == ConnectionRateLimit.TooManyPresenceUpdates)
        {
            metrics.RateLimited(e.Message == ConnectionRateLimit.TooManyJoins ? "hub-joins" : "hub-presence");
            throw;
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        metrics.ClientConnected();
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        metrics.ClientDisconnected();
        await next(context, exception);
    }
}
