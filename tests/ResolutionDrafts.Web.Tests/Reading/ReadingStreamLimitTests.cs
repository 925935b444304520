using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Reading;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Reading;

/// <summary>
/// Issue 22: one user (a person with many tabs, or a script) holds at most Reading:StreamsPerUser
/// reading streams on a node; the next is refused with a sentence the page shows, and closing one
/// makes room.
/// </summary>
public sealed class ReadingStreamLimitTests : IAsyncLifetime
{
    private readonly AppFactory app = new()
    {
        Settings = { ["Reading:StreamsPerUser"] = "2", ["Reading:Heartbeat"] = "00:00:00.300" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AUserPastTheLimit_IsRefusedWithASentenceThePageShows_AndOthersAreNot()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var other = await app.CreateDraftAsync(SampleDrafts.Demo());
        // Two tabs of one user, signed in twice (two browsers), on two drafts: the limit is the user's.
        await using var first = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream", "text/event-stream");
        await using var second = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{other}/read/stream", "text/event-stream");
        await first.NextAsync("hello");
        await second.NextAsync("hello");

        // A browser's EventSource cannot read a refusal's body: it gets one "ended" message and the stream closes.
        await using var third = await EventStream.OpenAsync(await app.ClientAsAsync("observer"), $"/drafts/{id}/read/stream", "text/event-stream");
        var ended = await third.NextAsync("ended");
        Assert.Equal("too-many-streams", ended.GetProperty("code").GetString());
        Assert.StartsWith("You have 2 reading pages open; close one", ended.GetProperty("reason").GetString());
        Assert.Null(await third.NextAsync());

        // Anything else (a script): 429 with the same sentence.
        var script = await app.ClientAsAsync("observer");
        var refused = await script.GetAsync($"/drafts/{id}/read/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("You have 2 reading pages open", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        // Another user is not held back by the first one's tabs.
        await using var editor = await EventStream.OpenAsync(await app.ClientAsAsync("editor"), $"/drafts/{id}/read/stream", "text/event-stream");
        await editor.NextAsync("hello");
    }

    [Fact]
    public async Task ClosingAReadingPage_MakesRoomForAnother()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var observer = await app.ClientAsAsync("observer");
        var first = await EventStream.OpenAsync(observer, $"/drafts/{id}/read/stream", "text/event-stream");
        await using var second = await EventStream.OpenAsync(observer, $"/drafts/{id}/read/stream", "text/event-stream");
        await first.NextAsync("hello");
        await second.NextAsync("hello");
        var limit = app.Services.GetRequiredService<ReadingStreamLimit>();
        var userId = (await app.ActorAsync("observer")).UserId;
        Assert.Equal(2, limit.OpenFor(userId));

        await first.DisposeAsync();
        for (var i = 0; i < 100 && limit.OpenFor(userId) > 1; i++)
        {
            await Task.Delay(50); // the server notices the closed connection at once, or at the next heartbeat
        }

        Assert.Equal(1, limit.OpenFor(userId));
        await using var again = await EventStream.OpenAsync(observer, $"/drafts/{id}/read/stream", "text/event-stream");
        await again.NextAsync("hello");
        Assert.Equal(2, limit.OpenFor(userId));
    }
}
