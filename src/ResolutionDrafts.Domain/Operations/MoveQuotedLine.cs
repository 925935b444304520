using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Moves a quoted line within its quotation from <see cref="FromIndex"/> to <see cref="ToIndex"/> (ADR 0028).</summary>
public sealed record MoveQuotedLine(string Id, string HolderId, int FromIndex, int ToIndex) : DraftOperation
{
    public static DomainResult<MoveQuotedLine> Of(Draft draft, string id, int toIndex)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.TryLocateQuotedLine(id, out var holderId, out var index)
            ? DomainResult<MoveQuotedLine>.Ok(new MoveQuotedLine(id, holderId!, index, toIndex))
            : DomainResult<MoveQuotedLine>.Fail($"There is no quoted line with id '{id}'.");
    }

    private protected override string? CheckShape() =>
        CheckId(Id, "A quoted line's id")
        ?? CheckId(HolderId, "The quoting paragraph's id")
        ?? CheckIndex(FromIndex, "A quoted line's position")
        ?? CheckIndex(ToIndex, "A quoted line's position");

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        if (!draft.TryLocateQuotedLine(Id, out var holderId, out var index))
        {
            return DomainResult.Fail($"There is no quoted line with id '{Id}'.");
        }

        return holderId != HolderId || index != FromIndex
            ? DomainResult.Fail($"The quoted line '{Id}' is not at the position the move was made for.")
            : draft.MoveQuotedLine(Id, ToIndex);
    }
}
