using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ResolutionDrafts.Client;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 15: two app nodes on one database, each with an open session of the same draft. The change
/// log's unique (draft, revision) key decides the order; a node that loses a revision takes in what
/// the other wrote and sends its batch again, transformed (ShareDB's optimistic append). Here there is
/// no backplane between them, so clients hear the other node's changes when their node catches up.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private AppFactory first = null!;
    private AppFactory second = null!;
    private readonly ErrorLines errors = new();
    private Guid draftId;

    public async Task InitializeAsync()
    {
        first = new AppFactory { Logs = errors };
        draftId = await first.CreateDraftAsync(SampleDrafts.Demo());
        second = new AppFactory(first.DatabasePath) { Logs = errors };
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task TwoDelegatesOnTwoNodes_TypingIntoOneParagraph_LoseNothing_AndConverge()
    {
        await using var cuba = await HubClients.JoinAsync(first, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(second, draftId, "brazil");

        // Both type at once, each on its own node, with no pause: their nodes keep taking the same revisions.
        await Task.WhenAll(TypeAsync(cuba, "c"), TypeAsync(brazil, "b"));
        await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));
        await brazil.WhenSynchronizedAsync(TimeSpan.FromSeconds(20));

        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));
        await using var third = new AppFactory(first.DatabasePath); // what the database holds, read by a node that held nothing
        var stored = (await third.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        for (var i = 0; i < Keystrokes; i++)
        {
            Assert.Equal(1, Count(stored, $"[c{i}]"));
            Assert.Equal(1, Count(stored, $"[b{i}]"));
        }

        // Each node catches its clients up when they join again; everyone ends with the stored text.
        await cuba.DisconnectAsync();
        await cuba.ReconnectAsync(HubClients.Timeout());
        await brazil.DisconnectAsync();
        await brazil.ReconnectAsync(HubClients.Timeout());
        Assert.Equal(stored, (await cuba.SnapshotAsync()).Draft.FindNode("op3")!.Text);
        Assert.Equal(stored, (await brazil.SnapshotAsync()).Draft.FindNode("op3")!.Text);
    }

    [Fact]
    public async Task SixTypistsOnTwoNodes_OneParagraph_NothingRefused_EveryKeystrokeOnce_PastASnapshot()
    {
        // Three connections a node, typing without pause: each node is behind the other at nearly every
        // write. A node that lost the race once used to reload the whole draft and lose again (under
        // steady typing on two nodes half the changes were refused), and took other entries in along a
        // path its clients do not take (they diverged). More keystrokes than a snapshot's interval: both
        // nodes snapshot the same draft at about the same moment.
        LiveDraftConnection[] typists =
        [
            await HubClients.JoinAsync(first, draftId, "cuba"), await HubClients.JoinAsync(first, draftId, "cuba"), await HubClients.JoinAsync(first, draftId, "brazil"),
            await HubClients.JoinAsync(second, draftId, "brazil"), await HubClients.JoinAsync(second, draftId, "cuba"), await HubClients.JoinAsync(second, draftId, "brazil"),
        ];
        try
        {
            errors.Lines.Clear(); // what the nodes logged as they started (a new database's first probe) is not the point
            await Task.WhenAll(typists.Select((t, n) => TypeAsync(t, $"t{n}-", ManyKeystrokes)));
            foreach (var typist in typists)
            {
                await typist.WhenSynchronizedAsync(TimeSpan.FromSeconds(60));
            }

            Assert.Empty(typists.SelectMany(t => t.Refusals));
            if (AppFactory.PostgresServer is not null)
            {
                // Several nodes' database: a node that is behind hears so under the draft's lock and takes
                // the others' entries in, instead of inserting, failing on the unique key and reloading.
                Assert.True(errors.Lines.IsEmpty, string.Join("\n", errors.Lines));
            }

            await using var third = new AppFactory(first.DatabasePath);
            var stored = (await third.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
            for (var n = 0; n < typists.Length; n++)
            {
                for (var i = 0; i < ManyKeystrokes; i++)
                {
                    Assert.Equal(1, Count(stored, $"[t{n}-{i}]"));
                }
            }

            foreach (var typist in typists)
            {
                await typist.DisconnectAsync();
                await typist.ReconnectAsync(HubClients.Timeout());
                Assert.Equal(stored, (await typist.SnapshotAsync()).Draft.FindNode("op3")!.Text);
            }
        }
        finally
        {
            foreach (var typist in typists)
            {
                await typist.DisposeAsync();
            }
        }
    }

    private const int Keystrokes = 25;
    private const int ManyKeystrokes = 40;

    private static async Task TypeAsync(LiveDraftConnection client, string who, int keystrokes = Keystrokes)
    {
        for (var i = 0; i < keystrokes; i++)
        {
            var result = await client.EditAsync(HubClients.Splice("op3", 0, $"[{who}{i}]"));
            Assert.True(result.IsSuccess, result.Error);
            await Task.Delay(5);
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Every line logged at Error or above by either node.</summary>
    private sealed class ErrorLines : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ErrorLines owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Lines.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
