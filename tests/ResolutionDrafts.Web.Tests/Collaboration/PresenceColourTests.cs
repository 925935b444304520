using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>Issue 17: the people in a draft have distinct colours (Sara Lindqvist and Ana Pérez were both purple).</summary>
public sealed class PresenceColourTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TwoPeopleWhoseUsualColoursClash_GetDifferentColoursInTheDraft_AndASecondTabKeepsItsPersonsColour()
    {
        // Their usual colours are the same purple.
        Assert.Equal(PresenceColours.For("Sara Lindqvist"), PresenceColours.For("Ana Pérez (Cuba)"));
        await using var secretariat = await HubClients.JoinAsync(app, draftId, "secretariat");
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var cubaAgain = await HubClients.JoinAsync(app, draftId, "cuba");

        var present = (await app.Drafts.WatchAsync(draftId, _ => Task.CompletedTask, CancellationToken.None))!;
        await using (present)
        {
            var colours = (await present.PresenceAsync(CancellationToken.None)).ToLookup(p => p.Delegation, p => p.Colour);
            Assert.NotEqual(colours["Sara Lindqvist"].Single(), colours["Ana Pérez (Cuba)"].First());
            Assert.Single(colours["Ana Pérez (Cuba)"].Distinct());
        }
    }

    [Fact]
    public void Choose_KeepsTheUsualColourWhenFree_ElseTheFirstFreeOne_AndSharesOnlyWhenAllAreTaken()
    {
        Assert.Equal(PresenceColours.For("Kofi Mensah"), PresenceColours.Choose("Kofi Mensah", []));
        var taken = PresenceColours.Choose("Ana Pérez (Cuba)", [("Sara Lindqvist", PresenceColours.For("Sara Lindqvist"))]);
        Assert.NotEqual(PresenceColours.For("Sara Lindqvist"), taken);

        var crowd = new List<(string, string)>();
        for (var i = 0; i < PresenceColours.Palette.Count; i++)
        {
            crowd.Add(($"person {i}", PresenceColours.Choose($"person {i}", crowd)));
        }

        Assert.Equal(PresenceColours.Palette.Count, crowd.Select(p => p.Item2).Distinct().Count());
        Assert.NotNull(PresenceColours.Choose("one more", crowd));
    }
}
