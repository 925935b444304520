using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Components.Access;

/// <summary>
/// A page about one draft: reads what the signed-in user may do in it before anything else. A
/// user who is not a member sees "no such draft", exactly as for an id that does not exist.
/// </summary>
public abstract class DraftPageBase : ComponentBase
{
    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private IDraftAccess DraftAccess { get; set; } = default!;

    /// <summary>Null until read, and when the user may not see the draft.</summary>
    protected DraftAccess? Access { get; private set; }

    protected bool Can(DraftAction action) => Access?.Can(action) == true;

    /// <summary>Reads the user's access to <paramref name="draftId"/> (this page's draft by default); false when they have none.</summary>
    protected async Task<bool> LoadAccessAsync(Guid? draftId = null)
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        Access = await DraftAccess.ForAsync(user, draftId ?? Id, CancellationToken.None);
        return Access is not null;
    }
}
