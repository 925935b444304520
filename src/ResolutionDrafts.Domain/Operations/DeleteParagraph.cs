using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Deletes a paragraph or sub-paragraph with everything under it. It carries where the node was
/// (<see cref="ParentId"/>, null at the top level, and <see cref="Index"/>) and the ids of every
/// node under it (<see cref="Descendants"/>), so a concurrent edit inside the deleted part can be
/// recognised and dropped without looking at the draft. Build it with <see cref="Of"/>.
/// </summary>
public sealed record DeleteParagraph(string Id, string? ParentId, int Index, IReadOnlyList<string> Descendants) : DraftOperation
{
    /// <summary>The delete of <paramref name="id"/> as it stands in <paramref name="draft"/>.</summary>
    public static DomainResult<DeleteParagraph> Of(Draft draft, string id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.TryLocate(id, out var parentId, out var index))
        {
            return DomainResult<DeleteParagraph>.Fail($"There is no paragraph with id '{id}'.");
        }

        var descendants = draft.FindNode(id)!.IdsUnder().ToArray();
        return DomainResult<DeleteParagraph>.Ok(new DeleteParagraph(id, parentId, index, descendants));
    }

    /// <summary>
    /// The delete of <paramref name="id"/>, and when it is the first paragraph of a part or a section
    /// (ADR 0016), the part or section handed on to the paragraph after it first, in one batch, so the
    /// part keeps its title and author line and the section stays where it is rather than joining the
    /// one before (<see cref="PartEdges.HandOnWhatFits"/>). The page deletes this way.
    /// </summary>
    public static DomainResult<DraftOperation> KeepingPart(Draft draft, string id)
    {
        var delete = Of(draft, id);
        if (!delete.IsSuccess)
        {
            return DomainResult<DraftOperation>.Fail(delete.Error!);
        }

        var handOn = delete.Value!.ParentId is null ? PartEdges.HandOnWhatFits(draft, delete.Value.Index) : [];
        return DomainResult<DraftOperation>.Ok(handOn.Count == 0 ? delete.Value : OperationBatch.Of([.. handOn, delete.Value]));
    }

    /// <summary>This node's id and every id under it.</summary>
    internal bool Removes(string? id) => id is not null && (id == Id || Descendants.Contains(id));

    private protected override string? CheckShape() =>
        CheckId(Id, "A paragraph id")
        ?? (ParentId is null ? null : CheckId(ParentId, "The parent's id"))
        ?? CheckIndex(Index, "A paragraph position")
        ?? (Descendants is null || Descendants.Any(d => d is null) ? "The list of ids under the deleted paragraph is missing." : null);

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        if (!draft.TryLocate(Id, out var parentId, out var index))
        {
            return DomainResult.Fail($"There is no paragraph with id '{Id}'.");
        }

        if (parentId != ParentId || index != Index)
        {
            return DomainResult.Fail($"The paragraph '{Id}' is not at the position the delete was made for.");
        }

        var under = draft.FindNode(Id)!.IdsUnder().ToHashSet();
        if (!under.SetEquals(Descendants))
        {
            return DomainResult.Fail($"The sub-paragraphs under '{Id}' are not the ones the delete was made for.");
        }

        return draft.Delete(Id);
    }
}
