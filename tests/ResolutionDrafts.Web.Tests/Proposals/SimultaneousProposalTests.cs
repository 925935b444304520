using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// Issue 17, noticed and left: the refusal of a delegation's second identical proposal (<see cref="DuplicateProposalTests"/>)
/// listed the draft's proposals, then inserted — two identical proposals sent at the same instant both passed the list
/// and both were stored. Here the second is sent at the worst moment: right after the first has read the draft's
/// proposals, before it writes. One of the two must be made and the other refused naming it, on SQLite and on
/// PostgreSQL (RD_TEST_POSTGRES) alike.
/// </summary>
public sealed class SimultaneousProposalTests : IAsyncLifetime
{
    private readonly SecondSentBetween between = new();
    private readonly AppFactory app;
    private Guid draftId;

    public SimultaneousProposalTests() =>
        app = new AppFactory { TestServices = services => services.AddSingleton<IInterceptor>(between) };

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TheSameProposalSentTwiceAtOneInstant_IsMadeOnce_AndTheOtherRefusedNamingIt()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var text = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text.Replace("again urges", "again invites", StringComparison.Ordinal);
        Task<DomainResult<ProposalView>>? second = null;
        between.Send = () => second = Task.Run(() => Proposals.ProposeTextAsync(cuba, "op3", text, null, CancellationToken.None));

        var first = await Proposals.ProposeTextAsync(cuba, "op3", text, null, CancellationToken.None);

        Assert.NotNull(second);
        var other = await second;
        var results = new[] { first, other };
        var made = Assert.Single(results, r => r.IsSuccess);
        var refused = Assert.Single(results, r => !r.IsSuccess);
        Assert.StartsWith($"Cuba already proposed this: proposal {made.Value!.Number}.", refused.Error, StringComparison.Ordinal);
        Assert.Single(await Proposals.ListAsync(draftId, CancellationToken.None));
    }

    [Fact]
    public async Task TwoDifferentProposalsSentAtOneInstant_AreBothMade_NumberedOneAfterTheOther()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var op3 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op3")!.Text;
        Task<DomainResult<ProposalView>>? second = null;
        between.Send = () => second = Task.Run(() => Proposals.ProposeTextAsync(cuba, "op3", op3.Replace("again urges", "again calls upon", StringComparison.Ordinal), null, CancellationToken.None));

        var first = await Proposals.ProposeTextAsync(cuba, "op3", op3.Replace("again urges", "again invites", StringComparison.Ordinal), null, CancellationToken.None);
        var other = await second!;

        Assert.True(first.IsSuccess, first.Error);
        Assert.True(other.IsSuccess, other.Error);
        Assert.Equal([1, 2], new[] { first.Value!.Number, other.Value!.Number }.Order());
    }

    /// <summary>
    /// Once armed, sends the second proposal right after the next read of the proposals table (the first's look for
    /// an identical proposal), and gives it up to 3 s to finish before the first goes on to write: time enough to be
    /// stored if nothing makes it wait for the first.
    /// </summary>
    private sealed class SecondSentBetween : DbCommandInterceptor
    {
        public Action? Send { get; set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Send is { } send && command.CommandText.Contains("FROM \"Proposals\"", StringComparison.Ordinal)
                && !command.CommandText.Contains("COUNT(", StringComparison.OrdinalIgnoreCase))
            {
                Send = null;
                send();
                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            }

            return result;
        }
    }
}
