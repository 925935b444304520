using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Makes the draft a draft, revised draft (with its number), amendment or adopted text, of a resolution or a decision; of two concurrent ones, the later stands.</summary>
public sealed record SetDocumentKind(DocumentKind Kind, int? Revision) : DraftOperation
{
    private protected override string? CheckShape() => Enum.IsDefined(Kind) ? null : $"Unknown document kind {(int)Kind}.";

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetKind(Kind, Revision);
}
