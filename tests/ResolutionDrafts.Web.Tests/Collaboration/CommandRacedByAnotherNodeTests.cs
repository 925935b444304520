using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15: a command with rows of its own (issuing a revision) is built on the change log as it
/// stands, after catching up; another node may still write in the moment between that and the write.
/// It was then refused ("The change could not be saved"); it is built again on what the other node
/// wrote and succeeds. The other node's write is made, here, at the instant this node asks for the
/// draft's lock — the last moment before it looks for taken revisions.
/// </summary>
[Trait("Needs", "postgres")]
public sealed class CommandRacedByAnotherNodeTests : IAsyncLifetime
{
    private readonly WriteFirst otherNode = new();
    private readonly AppFactory app;
    private Guid draftId;

    public CommandRacedByAnotherNodeTests() =>
        app = new AppFactory { TestServices = services => services.AddSingleton<IInterceptor>(otherNode) };

    public async Task InitializeAsync()
    {
        if (AppFactory.PostgresServer is null)
        {
            throw new InvalidOperationException("This test needs PostgreSQL: set RD_TEST_POSTGRES (scripts/test.sh starts one).");
        }

        draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task IssuingARevision_WhenAnotherNodeWritesInTheMomentBetween_IsBuiltAgainOnIt_AndSucceeds()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba"); // the session is open on this node
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!;
        otherNode.Before = () => AnotherNode.WritesAsync(app, draftId, live.Revision + 1, EditText.Splice(live.Draft, "op3", 0, 0, "Elsewhere ").Value!);

        var issued = await app.Services.GetRequiredService<IRevisionService>()
            .IssueAsync(await app.AccessAsync("secretariat", draftId), new IssueRevisionRequest("A/80/L.6/Rev.1", null), CancellationToken.None);

        Assert.True(otherNode.Wrote, "The other node's write was to come between the catch-up and the write.");
        Assert.True(issued.IsSuccess, issued.Error);
        var revision = await app.Services.GetRequiredService<IRevisionService>().LoadAsync(issued.Value!.Id, CancellationToken.None);
        Assert.StartsWith("Elsewhere ", revision!.Draft.FindNode("op3")!.Text);
        Assert.Equal("A/80/L.6/Rev.1", revision.Draft.Metadata.Symbol);
        await HubClients.ConvergeAsync(app, draftId, cuba);
        Assert.StartsWith("Elsewhere ", (await cuba.SnapshotAsync()).Draft.FindNode("op3")!.Text);
    }

    /// <summary>Runs <see cref="Before"/> once, just before the next command that takes a draft's append lock.</summary>
    private sealed class WriteFirst : DbCommandInterceptor
    {
        public Func<Task>? Before { get; set; }

        public bool Wrote { get; private set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await RunBeforeAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await RunBeforeAsync(command);
            return result;
        }

        private async Task RunBeforeAsync(DbCommand command)
        {
            if (Before is { } before && command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal))
            {
                Before = null;
                await before();
                Wrote = true;
            }
        }
    }
}
