using Microsoft.AspNetCore.SignalR.Client;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 17: a client that joins again — its catch-up when an acknowledgement is missing (Redis away
/// between nodes), or a reconnect with the same client id — was given a colour chosen afresh: the
/// person's usual one whenever it was free here, although they had another (given at their join or by
/// a reconciliation, ADR 0024), so their colour jumped and, while Redis was away, could become the one
/// a person on another node holds. A rejoin keeps the colour the client had. Sara Lindqvist and Ana
/// Pérez share a usual colour, so Ana, joining after Sara, has another.
/// </summary>
public sealed class PresenceColourOnRejoinTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<string?> ColourOf(ResolutionDrafts.Web.Drafts.IDraftWatch watch, string person) =>
        (await watch.PresenceAsync(CancellationToken.None)).SingleOrDefault(p => p.Delegation == person)?.Colour;

    [Fact]
    public async Task ACatchUpRejoin_OnTheSameConnection_KeepsTheColourItHad_ThoughItsUsualOneIsFreeAgain()
    {
        var usual = PresenceColours.For("Ana Pérez (Cuba)");
        Assert.Equal(usual, PresenceColours.For("Sara Lindqvist"));
        await using var watch = (await app.Drafts.WatchAsync(draftId, _ => Task.CompletedTask, CancellationToken.None))!;
        var sara = await HubClients.JoinAsync(app, draftId, "secretariat");
        await using var ana = HubClients.Connection(app, await app.CookieAsync("cuba"));
        await ana.StartAsync();
        await ana.InvokeAsync("JoinDraft", new JoinDraft(draftId, "ana-client", null));
        var had = await ColourOf(watch, "Ana Pérez (Cuba)");
        Assert.NotNull(had);
        Assert.NotEqual(usual, had);

        await sara.DisposeAsync();
        await HubClients.WaitUntilAsync(async () => await ColourOf(watch, "Sara Lindqvist") is null, "Sara did not leave");
        // The client's catch-up: the same connection joins again at its known revision.
        await ana.InvokeAsync("JoinDraft", new JoinDraft(draftId, "ana-client", 0));

        Assert.Equal(had, await ColourOf(watch, "Ana Pérez (Cuba)"));
    }

    [Fact]
    public async Task AReconnect_WithTheSameClientId_KeepsTheColourItHad()
    {
        await using var watch = (await app.Drafts.WatchAsync(draftId, _ => Task.CompletedTask, CancellationToken.None))!;
        var sara = await HubClients.JoinAsync(app, draftId, "secretariat");
        var cookie = await app.CookieAsync("cuba");
        var ana = HubClients.Connection(app, cookie);
        await ana.StartAsync();
        await ana.InvokeAsync("JoinDraft", new JoinDraft(draftId, "ana-client", null));
        var had = await ColourOf(watch, "Ana Pérez (Cuba)");
        await sara.DisposeAsync();
        await ana.DisposeAsync();
        await HubClients.WaitUntilAsync(async () => (await watch.PresenceAsync(CancellationToken.None)).Count == 0, "the two did not leave");

        await using var again = HubClients.Connection(app, cookie);
        await again.StartAsync();
        await again.InvokeAsync("JoinDraft", new JoinDraft(draftId, "ana-client", 0));

        Assert.Equal(had, await ColourOf(watch, "Ana Pérez (Cuba)"));
        // Another client of hers (a new tab) with nobody else in the draft gets her usual colour.
        await using var tab = HubClients.Connection(app, cookie);
        await tab.StartAsync();
        await again.DisposeAsync();
        await HubClients.WaitUntilAsync(async () => (await watch.PresenceAsync(CancellationToken.None)).Count == 0, "Ana did not leave");
        await tab.InvokeAsync("JoinDraft", new JoinDraft(draftId, "ana-other-tab", null));
        Assert.Equal(PresenceColours.For("Ana Pérez (Cuba)"), await ColourOf(watch, "Ana Pérez (Cuba)"));
    }
}
