using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Drafts;

/// <summary>Issue 19: one event path. A page watching a draft hears text, presence, proposal and membership changes through IDraftEvents alone.</summary>
public sealed class DraftEventsTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AWatchingPage_HearsEveryKindOfChange_AndNothingAfterItStops()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false, ("cuba", DraftRole.Delegation), ("observer", DraftRole.Observer));
        var heard = new ConcurrentQueue<DraftEvent>();
        var watch = (await app.Drafts.WatchAsync(id, e => { heard.Enqueue(e); return Task.CompletedTask; }, None))!;

        await using (var secretariat = await HubClients.JoinAsync(app, id, "secretariat"))
        {
            await Until(DraftEventKind.Presence);
            await secretariat.EditAsync(HubClients.Splice("op1", 0, "Also "));
            await Until(DraftEventKind.Text);
        }

        var op2 = (await app.Drafts.LoadAsync(id, None))!.Draft.FindNode("op2")!.Text;
        var proposed = await app.Services.GetRequiredService<ProposalService>().ProposeTextAsync(await app.AccessAsync("cuba", id), "op2", op2 + " (Cuba)", null, None);
        Assert.True(proposed.IsSuccess, proposed.Error);
        await Until(DraftEventKind.Proposals);

        var access = app.Services.GetRequiredService<DraftAccessService>();
        var observer = (await access.MembersAsync(id, None)).Single(m => m.UserName == "observer").UserId;
        Assert.Null((await access.RemoveMemberAsync(await app.AccessAsync("secretariat", id), observer, None)).Error);
        await Until(DraftEventKind.Members);
        Assert.All(heard, e => Assert.Equal(id, e.DraftId));

        await watch.DisposeAsync();
        heard.Clear();
        await app.Drafts.ApplyAsync(id, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op1", "Takes note of the report;"), await app.AccessAsync("secretariat", id), None);
        Assert.Empty(heard);

        async Task Until(DraftEventKind kind) =>
            await HubClients.WaitUntilAsync(() => heard.Any(e => e.Kind == kind), () => $"no {kind} event; heard {string.Join(", ", heard.Select(e => e.Kind))}", TimeSpan.FromSeconds(10));
    }
}
