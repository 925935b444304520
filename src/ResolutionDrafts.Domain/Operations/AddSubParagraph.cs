using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Adds a sub-paragraph under <see cref="ParentId"/> at <see cref="Index"/> among its siblings; the text may be empty.</summary>
public sealed record AddSubParagraph(string ParentId, string Id, int Index, string Text) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(ParentId, "The parent's id")
        ?? CheckId(Id, "A paragraph id")
        ?? CheckIndex(Index, "A sub-paragraph position")
        ?? CheckTypedText(Text, "The sub-paragraph");

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        var result = draft.AddSubParagraphAsTyped(ParentId, Text, Index, Id);
        return result.IsSuccess ? DomainResult.Ok() : DomainResult.Fail(result.Error!);
    }
}
