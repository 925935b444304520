using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Replaces the author line ("The General Assembly,"); of two concurrent ones, the later stands.</summary>
public sealed record SetAuthorLine(string AuthorLine) : DraftOperation
{
    private protected override string? CheckShape() => CheckShortText(AuthorLine, "The author line", required: true);

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetAuthorLine(AuthorLine);
}
