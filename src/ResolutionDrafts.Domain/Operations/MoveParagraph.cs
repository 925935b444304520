using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Moves a paragraph, or a sub-paragraph among its siblings, from <see cref="FromIndex"/> to
/// <see cref="ToIndex"/> (its index once moved). The position it was moved from is carried so a
/// concurrent insert, delete or move can shift it. Build it with <see cref="Of"/>.
/// </summary>
public sealed record MoveParagraph(string Id, string? ParentId, int FromIndex, int ToIndex) : DraftOperation
{
    public static DomainResult<MoveParagraph> Of(Draft draft, string id, int toIndex)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.TryLocate(id, out var parentId, out var index)
            ? DomainResult<MoveParagraph>.Ok(new MoveParagraph(id, parentId, index, toIndex))
            : DomainResult<MoveParagraph>.Fail($"There is no paragraph with id '{id}'.");
    }

    private protected override string? CheckShape() =>
        CheckId(Id, "A paragraph id")
        ?? (ParentId is null ? null : CheckId(ParentId, "The parent's id"))
        ?? CheckIndex(FromIndex, "A paragraph position")
        ?? CheckIndex(ToIndex, "A paragraph position");

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        if (!draft.TryLocate(Id, out var parentId, out var index))
        {
            return DomainResult.Fail($"There is no paragraph with id '{Id}'.");
        }

        return parentId != ParentId || index != FromIndex
            ? DomainResult.Fail($"The paragraph '{Id}' is not at the position the move was made for.")
            : draft.Move(Id, ToIndex);
    }
}
