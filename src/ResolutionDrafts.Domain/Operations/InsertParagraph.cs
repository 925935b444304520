using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Inserts a top-level paragraph at <see cref="Index"/>. The client picks the id
/// (<see cref="ParagraphIds.New"/>), so concurrent inserts never collide; a used id is refused.
/// The text is kept as typed and may be empty (a new paragraph from pressing Enter).
/// </summary>
public sealed record InsertParagraph(string Id, ParagraphKind Kind, int Index, string Text, string? Heading = null) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(Id, "A paragraph id")
        ?? (Enum.IsDefined(Kind) ? null : $"Unknown paragraph kind {(int)Kind}.")
        ?? CheckIndex(Index, "A paragraph position")
        ?? CheckTypedText(Text, "The paragraph")
        ?? CheckShortText(Heading, "A heading", required: false);

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        var result = draft.InsertParagraphAsTyped(Kind, Text, Index, Id, Heading);
        return result.IsSuccess ? DomainResult.Ok() : DomainResult.Fail(result.Error!);
    }
}
