using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Sets or clears (null) the section heading before a top-level paragraph; of two concurrent ones, the later stands.</summary>
public sealed record SetHeading(string Id, string? Heading) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(Id, "A paragraph id") ?? CheckShortText(Heading, "A heading", required: false);

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetHeading(Id, Heading);
}
