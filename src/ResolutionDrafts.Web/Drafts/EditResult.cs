namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// The outcome of an edit: the draft as it now stands (changed or not) and, when the edit was
/// refused, why. A refused edit changes nothing.
/// </summary>
public sealed record EditResult(LoadedDraft? Draft, string? Error)
{
    public bool IsSuccess => Error is null;
}
