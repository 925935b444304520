using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Makes a top-level paragraph open a part of a resolution in parts, with the part's title and
/// author line, or (null) joins it to the part before; of two concurrent ones, the later stands.
/// The part's letter follows from the order (ADR 0016).
/// </summary>
public sealed record SetPart(string Id, DraftPart? Part) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(Id, "A paragraph id") ?? Part?.Problem();

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetPart(Id, Part);
}
