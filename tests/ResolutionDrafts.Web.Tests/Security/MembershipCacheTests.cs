using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Security;

/// <summary>
/// The membership cache on the framework's HybridCache (issue 15): a hub message costs no database read;
/// a burst of askers for one membership costs one read; "not a member" is remembered too; a change
/// to a draft's members is seen at once on this node.
/// </summary>
public sealed class MembershipCacheTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ManyAskingAtOnce_ReadOnce_NotAMemberIsRemembered_AndForgettingADraftReadsItAgain()
    {
        var cache = app.Services.GetRequiredService<MembershipCache>();
        var draft = Guid.NewGuid();
        var reads = 0;
        var gate = new TaskCompletionSource();
        async Task<MembershipCache.Membership?> Read(CancellationToken ct)
        {
            Interlocked.Increment(ref reads);
            await gate.Task.WaitAsync(ct);
            return new MembershipCache.Membership(DraftRole.Delegation, false);
        }

        var askers = Enumerable.Range(0, 20).Select(_ => cache.GetOrReadAsync(draft, "cuba", Read, CancellationToken.None)).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(askers);

        Assert.Equal(1, reads);
        Assert.All(answers, a => Assert.Equal(DraftRole.Delegation, a!.Role));

        // Not a member: cached as such, not read again at the next message.
        var notMember = 0;
        Task<MembershipCache.Membership?> None(CancellationToken ct) { notMember++; return Task.FromResult<MembershipCache.Membership?>(null); }
        Assert.Null(await cache.GetOrReadAsync(draft, "china", None, CancellationToken.None));
        Assert.Null(await cache.GetOrReadAsync(draft, "china", None, CancellationToken.None));
        Assert.Equal(1, notMember);

        // The draft's members changed here: every membership of that draft is read again, another draft's is not.
        var other = Guid.NewGuid();
        await cache.GetOrReadAsync(other, "cuba", Read, CancellationToken.None);
        var before = reads;
        await cache.ForgetAsync(draft);
        await cache.GetOrReadAsync(draft, "cuba", Read, CancellationToken.None);
        await cache.GetOrReadAsync(other, "cuba", Read, CancellationToken.None);
        Assert.Equal(before + 1, reads);
    }
}
