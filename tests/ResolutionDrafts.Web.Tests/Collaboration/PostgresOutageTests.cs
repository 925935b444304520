using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15, a fault case: PostgreSQL is unreachable for a few seconds (a TCP relay in front of the
/// test's server is cut and restored) while a delegate types. Nothing is acknowledged that is not
/// stored; the node carries on afterwards without a restart, and what it holds is what is stored.
/// Runs in the PostgreSQL pass of scripts/test.sh.
/// </summary>
[Trait("Needs", "postgres")]
public sealed class PostgresOutageTests
{
    [Fact]
    public async Task PostgresAwayForSeconds_NothingAcknowledgedIsLost_AndTheNodeCarriesOnWithoutARestart()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(AppFactory.PostgresServer
            ?? throw new InvalidOperationException("This test needs PostgreSQL: set RD_TEST_POSTGRES (scripts/test.sh starts one)."));
        using var proxy = new TcpProxy(server.Host!, server.Port);
        var path = AppFactory.NewDatabasePath();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Drafts"] = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString)
            {
                Database = "rd_" + Path.GetFileNameWithoutExtension(path), Host = "127.0.0.1", Port = proxy.Port, Timeout = 3, CommandTimeout = 5,
            }.ToString(),
        };
        await using var app = new AppFactory(path) { Settings = settings };
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        var acknowledged = new ConcurrentBag<long>();
        cuba.Acknowledged = ack => acknowledged.Add(ack.ClientSeq);
        for (var i = 0; i < 5; i++)
        {
            await cuba.EditAsync(HubClients.Splice("op2", 0, "a"));
        }

        await HubClients.ConvergeAsync(app, draftId, cuba);

        proxy.Cut();
        for (var i = 0; i < 5; i++)
        {
            await cuba.EditAsync(HubClients.Splice("op2", 0, "b"));
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        proxy.Restore();

        // No restart: a delegate who joins now reads and edits the draft.
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");
        await HubClients.WaitUntilAsync(async () =>
        {
            await brazil.EditAsync(HubClients.Splice("op3", 0, "x"));
            await Task.Delay(300);
            return (await brazil.SnapshotAsync()).State == ResolutionDrafts.Domain.Operations.ClientState.Synchronized && brazil.Refusals.Count == 0;
        }, "a delegate joining after PostgreSQL came back could not edit");

        // Every change Cuba was told was saved is in the change log.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.Operations.Where(o => o.DraftId == draftId && o.ClientId == cuba.ClientId).Select(o => o.ClientSeq).ToListAsync();
        Assert.NotEmpty(acknowledged);
        Assert.Subset(stored.ToHashSet(), acknowledged.ToHashSet());

        // What the node holds is what is stored: a second node, started now, reads the same text.
        await using var fresh = new AppFactory(path) { Settings = settings };
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;
        var reloaded = (await fresh.Drafts.LoadAsync(draftId, CancellationToken.None))!;
        Assert.Equal(live.Revision, reloaded.Revision);
        Assert.Equal(live.Draft.FindNode("op2")!.Text, reloaded.Draft.FindNode("op2")!.Text);
        Assert.Equal(live.Draft.FindNode("op3")!.Text, reloaded.Draft.FindNode("op3")!.Text);
    }
}
