using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Removes one line of a quotation (ADR 0028). It carries where the line was (<see cref="HolderId"/>,
/// <see cref="Index"/>) so concurrent edits of the same quotation can be transformed without the draft.
/// Build it with <see cref="Of"/>.
/// </summary>
public sealed record DeleteQuotedLine(string Id, string HolderId, int Index) : DraftOperation
{
    public static DomainResult<DeleteQuotedLine> Of(Draft draft, string id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.TryLocateQuotedLine(id, out var holderId, out var index)
            ? DomainResult<DeleteQuotedLine>.Ok(new DeleteQuotedLine(id, holderId!, index))
            : DomainResult<DeleteQuotedLine>.Fail($"There is no quoted line with id '{id}'.");
    }

    private protected override string? CheckShape() =>
        CheckId(Id, "A quoted line's id")
        ?? CheckId(HolderId, "The quoting paragraph's id")
        ?? CheckIndex(Index, "A quoted line's position");

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        if (!draft.TryLocateQuotedLine(Id, out var holderId, out var index))
        {
            return DomainResult.Fail($"There is no quoted line with id '{Id}'.");
        }

        return holderId != HolderId || index != Index
            ? DomainResult.Fail($"The quoted line '{Id}' is not at the position the delete was made for.")
            : draft.RemoveQuotedLine(Id);
    }
}
