using StackExchange.Redis;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// <see cref="IDraftEvents"/> for several app nodes: every event is published to this node's
/// subscribers and over Redis to the other nodes. A node that hears of a text change elsewhere makes
/// its open session of that draft take in the change log's new entries from the database (which then
/// tells its pages and its connections); other events reach its pages directly (presence: pages read
/// who is where from <see cref="IPresenceDirectory"/>), and a membership change also clears its
/// membership cache and takes former members out of its live session. Redis pub/sub may drop a message: nothing is decided from
/// it, and a session still catches up from the database at its next join or submission.
/// </summary>
internal sealed class RedisDraftEvents(
    LocalDraftEvents local, IConnectionMultiplexer redis, IServiceProvider services, ILogger<RedisDraftEvents> logger) : IDraftEvents, IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("rd:draft-events");
    private readonly string node = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(DraftEvent draftEvent)
    {
        await local.PublishAsync(draftEvent);
        if (draftEvent.ThisNodeOnly)
        {
            return;
        }

        // Not awaited: while Redis is away a publish waits in StackExchange.Redis's queue for seconds,
        // and the caller (a hub call, a page's change) must not wait with it.
        _ = ObserveAsync(redis.GetSubscriber().PublishAsync(Channel, $"{node}|{draftEvent.DraftId}|{draftEvent.Kind}|{draftEvent.Detail}"), draftEvent);
    }

    private async Task ObserveAsync(Task publish, DraftEvent draftEvent)
    {
        try
        {
            await publish;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Other nodes catch up from the database at their next join or submission, or when their Redis comes back.
            logger.LogWarning("Draft {DraftId}: a {Kind} event did not reach the other nodes: {Reason}", draftEvent.DraftId, draftEvent.Kind, e.Message);
        }
    }

    public IDisposable Subscribe(Guid draftId, Func<DraftEvent, Task> handler) => local.Subscribe(draftId, handler);

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(Channel, (channel, value) => _ = OnRemoteAsync(value.ToString()));

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Channel);

    private async Task OnRemoteAsync(string message)
    {
        // The detail, last, may hold '|' itself.
        var parts = message.Split('|', 4);
        if (parts.Length < 3 || parts[0] == node || !Guid.TryParse(parts[1], out var draftId) || !Enum.TryParse<DraftEventKind>(parts[2], out var kind))
        {
            return;
        }

        try
        {
            switch (kind)
            {
                case DraftEventKind.Text:
                    await services.GetRequiredService<DraftSessions>().CatchUpAsync(draftId);
                    break;
                case DraftEventKind.Members:
                    await services.GetRequiredService<Access.MembershipCache>().ForgetAsync(draftId);
                    // A member removed there is evicted here too: their connections stop hearing the draft.
                    var access = services.GetRequiredService<Access.DraftAccessService>();
                    await services.GetRequiredService<DraftSessions>().EvictFormerMembersAsync(
                        draftId, users => access.WhoMayReadAsync(draftId, users, CancellationToken.None));
                    await local.PublishAsync(new DraftEvent(draftId, kind));
                    break;
                default:
                    await local.PublishAsync(new DraftEvent(draftId, kind, Detail: parts.Length == 4 && parts[3].Length > 0 ? parts[3] : null));
                    break;
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Draft {DraftId}: a {Kind} event from another node was not handled", draftId, kind);
        }
    }
}
