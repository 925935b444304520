using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Replaces the title; of two concurrent ones, the later (in server order) stands.</summary>
public sealed record SetTitle(string Title) : DraftOperation
{
    private protected override string? CheckShape() => CheckShortText(Title, "The title", required: true);

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetTitle(Title);
}
