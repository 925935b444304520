using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Replaces the whole masthead; of two concurrent ones, the later stands (fields are not merged).</summary>
public sealed record SetMetadata(DraftMetadata Metadata) : DraftOperation
{
    private protected override string? CheckShape() => Metadata is null ? "The metadata is missing." : Metadata.Problem();

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetMetadata(Metadata);
}
