using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Makes a top-level paragraph preambular or operative; of two concurrent ones, the later stands.</summary>
public sealed record SetParagraphKind(string Id, ParagraphKind Kind) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(Id, "A paragraph id") ?? (Enum.IsDefined(Kind) ? null : $"Unknown paragraph kind {(int)Kind}.");

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetParagraphKind(Id, Kind);
}
