using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

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

    /// <summary>
    /// A hub connection signed in as the demo user <paramref name="userName"/>, joined to the draft. The join is waited for
    /// as long as a loaded machine takes (at load 60–80 a fresh host's first joins passed 20 s); no test times a join.
    /// </summary>
    public static async Task<LiveDraftConnection> JoinAsync(AppFactory app, Guid draftId, string userName) =>
        await LiveDraftConnection.JoinAsync(Connection(app, await app.CookieAsync(userName)), draftId, Timeout(120));

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

    /// <summary>A change for <see cref="LiveDraftConnection.EditAsync"/>: <paramref name="insert"/> typed at <paramref name="at"/> in a paragraph.</summary>
    public static Func<Draft, DomainResult<DraftOperation>> Splice(string nodeId, int at, string insert) => draft =>
    {
        var edit = EditText.Splice(draft, nodeId, at, 0, insert);
        return edit.IsSuccess ? DomainResult<DraftOperation>.Ok(edit.Value!) : DomainResult<DraftOperation>.Fail(edit.Error!);
    };

    /// <summary>Waits until <paramref name="condition"/> (asked of the server, say) holds, for 10 seconds at most.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting: {what}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; after <paramref name="timeout"/> fails with <paramref name="state"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, Func<string> state, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting: {state()}");
            }

            await Task.Delay(10);
        }
    }
}
