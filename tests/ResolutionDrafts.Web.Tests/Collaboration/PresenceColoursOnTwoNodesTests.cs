using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 17: colours are distinct for the people in a draft on every node, not per node. Sara Lindqvist
/// (secretariat) and Ana Pérez (Cuba) have the same usual colour (the issue's "same purple"); joining at
/// the same instant on two nodes, each node saw nobody on the other yet and gave both that colour. The
/// shared presence in Redis now decides for all nodes at once. Runs in the PostgreSQL pass of
/// scripts/test.sh, which starts Redis.
/// </summary>
[Trait("Needs", "redis")]
public sealed class PresenceColoursOnTwoNodesTests : IAsyncLifetime
{
    private AppFactory first = null!;
    private AppFactory second = null!;
    private Guid draftId;

    public async Task InitializeAsync()
    {
        first = new AppFactory { WithRedis = true };
        draftId = await first.CreateDraftAsync(SampleDrafts.Demo());
        second = new AppFactory(first.DatabasePath) { WithRedis = true };
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task TwoPeopleOfOneUsualColour_JoiningOnTwoNodesAtOnce_GetTwoColours_AndKeepThemWhileTheyStay()
    {
        Assert.Equal(PresenceColours.For("Sara Lindqvist"), PresenceColours.For("Ana Pérez (Cuba)")); // the case of the issue
        await using var watch = (await first.Drafts.WatchAsync(draftId, _ => Task.CompletedTask, CancellationToken.None))!;
        _ = second.Drafts; // both nodes up before the race

        for (var round = 0; round < 6; round++)
        {
            var joining = new[] { HubClients.JoinAsync(first, draftId, "secretariat"), HubClients.JoinAsync(second, draftId, "cuba") };
            var clients = await Task.WhenAll(joining);
            try
            {
                // Each hears of the other (a connection hears of the others, not of itself), and a page
                // on node one lists both: two colours, the same everywhere.
                await HubClients.WaitUntilAsync(
                    () => clients[0].Presence.Values.Any(p => p.Delegation == "Ana Pérez (Cuba)") && clients[1].Presence.Values.Any(p => p.Delegation == "Sara Lindqvist"),
                    () => $"the two did not hear of each other in round {round}: first hears [{string.Join(", ", clients[0].Presence.Values.Select(p => p.Delegation))}], second hears [{string.Join(", ", clients[1].Presence.Values.Select(p => p.Delegation))}]",
                    TimeSpan.FromSeconds(10));
                var ana = clients[0].Presence.Values.Single(p => p.Delegation == "Ana Pérez (Cuba)").Colour;
                var sara = clients[1].Presence.Values.Single(p => p.Delegation == "Sara Lindqvist").Colour;
                Assert.NotEqual(sara, ana);
                IReadOnlyList<ResolutionDrafts.Contracts.Protocol.PresenceEntry> listed = [];
                await HubClients.WaitUntilAsync(
                    async () => (listed = await watch.PresenceAsync(CancellationToken.None)).Select(p => p.Delegation).Distinct().Count() == 2,
                    "a page on node one did not list both");
                Assert.Equal(sara, listed.Single(p => p.Delegation == "Sara Lindqvist").Colour);
                Assert.Equal(ana, listed.Single(p => p.Delegation == "Ana Pérez (Cuba)").Colour);

                // A second tab of Cuba's, on the other node, is the same person: the same colour.
                await using var cubaAgain = await HubClients.JoinAsync(first, draftId, "cuba");
                await HubClients.WaitUntilAsync(
                    async () => (listed = await watch.PresenceAsync(CancellationToken.None)).Count(p => p.Delegation == "Ana Pérez (Cuba)") == 2,
                    "Cuba's second tab was not listed");
                Assert.All(listed.Where(p => p.Delegation == "Ana Pérez (Cuba)"), p => Assert.Equal(ana, p.Colour));
            }
            finally
            {
                foreach (var client in clients)
                {
                    await client.DisposeAsync();
                }
            }

            // Both gone from the draft before the next round.
            await HubClients.WaitUntilAsync(
                async () => (await watch.PresenceAsync(CancellationToken.None)).Count == 0,
                "the two were still listed in the draft after leaving");
        }
    }
}
