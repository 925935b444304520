using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Adds a line to the quotation held by <see cref="HolderId"/> (a paragraph or sub-paragraph) at
/// <see cref="Index"/> among its lines; the text may be empty (ADR 0028). The first line added starts
/// the quotation.
/// </summary>
public sealed record AddQuotedLine(string HolderId, string Id, int Index, string Text) : DraftOperation
{
    private protected override string? CheckShape() =>
        CheckId(HolderId, "The quoting paragraph's id")
        ?? CheckId(Id, "A quoted line's id")
        ?? CheckIndex(Index, "A quoted line's position")
        ?? CheckTypedText(Text, "The quoted line");

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        var result = draft.AddQuotedLine(HolderId, Text, Index, Id, asTyped: true);
        return result.IsSuccess ? DomainResult.Ok() : DomainResult.Fail(result.Error!);
    }
}
