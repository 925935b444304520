using Microsoft.AspNetCore.SignalR;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Hubs;

namespace ResolutionDrafts.Web.Extensions;

internal static class CollaborationExtensions
{
    public static WebApplicationBuilder AddCollaboration(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR(hub =>
            {
                // Large enough for a full paragraph pasted at once; the operation parser refuses anything bigger with a message.
                hub.MaximumReceiveMessageSize = 2 * 1024 * 1024;
                // Draft and user ids on every line logged in a hub call; first, so the other filters' lines have them too.
                hub.AddFilter<ResolutionDrafts.Web.Operations.HubLogScope>();
                // Refusals at Information, failures at Error; the dispatcher's own log is silenced in appsettings.json.
                hub.AddFilter<HubErrorLogging>();
                hub.AddFilter<ResolutionDrafts.Web.Operations.HubMetricsFilter>();
            })
            .AddJsonProtocol(json =>
            {
                DraftOperationJson.Configure(json.PayloadSerializerOptions);
                // The message envelope may nest deeper than an operation may: a too-deep operation
                // reaches DraftOperationJson.Parse and is refused with a reason, not a closed connection.
                json.PayloadSerializerOptions.MaxDepth = 4 * DraftOperationJson.MaxNesting;
            });
        // Registered after the JSON protocol, so it takes the name "json" (the last of a name wins).
        builder.Services.AddSingleton<Microsoft.AspNetCore.SignalR.Protocol.IHubProtocol, NestingGuardedJsonProtocol>();
        builder.Services.AddOptions<CollaborationOptions>()
            .Bind(builder.Configuration.GetSection(CollaborationOptions.Section))
            .Validate(o => o.BatchWindow >= TimeSpan.Zero && o.BatchWindow <= TimeSpan.FromSeconds(1), "Collaboration:BatchWindow must be between 00:00:00 and 00:00:01.")
            .Validate(o => o.UserOperationsPerSecond is >= 1 and <= 100_000, "Collaboration:UserOperationsPerSecond must be between 1 and 100000.")
            .Validate(o => o.UserOperationBurst is >= 1 and <= 100_000, "Collaboration:UserOperationBurst must be between 1 and 100000.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SessionStore>();
        // Several nodes: Redis carries the hub's groups (the backplane) and the app's own draft events.
        // (A setting that cannot be read is not used: the start-up check stops the app with one line about it.)
        if (builder.Configuration["Redis:Configuration"] is { Length: > 0 } redis && RedisConnection.Invalid(redis) is null)
        {
            // One connection for the backplane, the events and presence, made when first used (after the settings are checked).
            var connection = new RedisConnection(redis);
            builder.Services.AddSingleton(_ => connection); // a factory, so the container disposes it
            signalR.AddStackExchangeRedis(o =>
            {
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("rd");
                o.ConnectionFactory = _ => Task.FromResult(connection.Multiplexer);
            });
            builder.Services.AddHostedService<SessionsCatchUpAfterRedis>();
            builder.Services.AddSingleton(_ => connection.Multiplexer);
            builder.Services.AddSingleton<LocalDraftEvents>();
            builder.Services.AddSingleton<RedisDraftEvents>();
            builder.Services.AddSingleton<IDraftEvents>(services => services.GetRequiredService<RedisDraftEvents>());
            builder.Services.AddHostedService(services => services.GetRequiredService<RedisDraftEvents>());
            builder.Services.AddSingleton<RedisPresence>();
            builder.Services.AddSingleton<IPresenceDirectory>(services => services.GetRequiredService<RedisPresence>());
            builder.Services.AddHostedService(services => services.GetRequiredService<RedisPresence>());
        }
        else
        {
            builder.Services.AddSingleton<IDraftEvents, LocalDraftEvents>();
            builder.Services.AddSingleton<IPresenceDirectory, OneNodePresence>();
        }

        builder.Services.AddSingleton<HubBroadcaster>();
        builder.Services.AddSingleton<ISessionBroadcaster>(services => new ResolutionDrafts.Web.Operations.MeteredBroadcaster(
            services.GetRequiredService<HubBroadcaster>(), services.GetRequiredService<ResolutionDrafts.Web.Operations.AppMetrics>()));
        builder.Services.AddSingleton<DraftSessions>();
        builder.Services.AddSingleton<UserRateLimits>();
        return builder;
    }

    public static WebApplication MapCollaboration(this WebApplication app)
    {
        app.MapHub<DraftHub>(DraftHub.Path);
        return app;
    }
}
