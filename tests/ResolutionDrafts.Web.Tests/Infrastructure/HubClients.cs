using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Client;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

internal static class HubClients
{
    /// <summary>A real HubConnection to the test server (long polling: TestServer has no WebSockets).</summary>
    public static HubConnection Connection(AppFactory app, string? cookie)
    {
        var server = app.Server;
        return LiveDraftConnection.Configure(new HubConnectionBuilder()
                .WithUrl(new Uri(server.BaseAddress, "hubs/drafts"), options =>
                {
                    options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                    options.Transports = HttpTransportType.LongPolling;
                    if (cookie is not null)
                    {
                        options.Headers["Cookie"] = cookie;
                    }
                }))
            .Build();
    }

    /// <summary>A hub connection signed in as the demo user <paramref name="userName"/>, joined to the draft.</summary>
    public static async Task<LiveDraftConnection> JoinAsync(AppFactory app, Guid draftId, string userName) =>
        await LiveDraftConnection.JoinAsync(Connection(app, await app.CookieAsync(userName)), draftId, Timeout());

    public static CancellationToken Timeout(int seconds = 20) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    /// <summary>Waits until every client has caught up with the server's revision.</summary>
    public static async Task ConvergeAsync(AppFactory app, Guid draftId, params LiveDraftConnection[] clients)
    {
        foreach (var client in clients)
        {
            await client.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var server = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;
            var states = await Task.WhenAll(clients.Select(c => c.SnapshotAsync()));
            if (states.All(s => s.Revision == server.Revision))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Clients at {string.Join(", ", states.Select(s => s.Revision))}; server at {server.Revision}.");
            }

            await Task.Delay(20);
        }
    }
}
