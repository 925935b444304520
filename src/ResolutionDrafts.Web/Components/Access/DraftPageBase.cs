using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Components.Access;

/// <summary>
/// A page about one draft: reads what the signed-in user may do in it before anything else. A
/// user who is not a member sees "no such draft", exactly as for an id that does not exist.
/// Everything the page asks for runs under <see cref="Lifetime"/>, cancelled when the page closes.
/// </summary>
public abstract class DraftPageBase : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource lifetime = new();

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private IDraftAccess DraftAccess { get; set; } = default!;

    /// <summary>Cancelled when the page closes (the user navigates away or the circuit ends).</summary>
    protected CancellationToken Lifetime => lifetime.Token;

    /// <summary>Null until read, and when the user may not see the draft.</summary>
    protected DraftAccess? Access { get; private set; }

    protected bool Can(DraftAction action) => Access?.Can(action) == true;

    /// <summary>Reads the user's access to <paramref name="draftId"/> (this page's draft by default); false when they have none.</summary>
    protected async Task<bool> LoadAccessAsync(Guid? draftId = null)
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        Access = await DraftAccess.ForAsync(user, draftId ?? Id, Lifetime);
        return Access is not null;
    }

    public async ValueTask DisposeAsync()
    {
        await lifetime.CancelAsync();
        await DisposePageAsync();
        lifetime.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>What a page lets go of when it closes, after <see cref="Lifetime"/> is cancelled.</summary>
    protected virtual ValueTask DisposePageAsync() => ValueTask.CompletedTask;
}
