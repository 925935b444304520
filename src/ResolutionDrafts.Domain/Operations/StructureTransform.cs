namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Concurrent inserts, deletes and moves in the same list of paragraphs (the top level, or the
/// sub-paragraphs of one node): the index arithmetic of <see cref="ListEdits"/>, mapped back onto
/// the operations. Edits of different lists do not affect each other's indices.
/// </summary>
internal static class StructureTransform
{
    public static bool TryTransform(DraftOperation e, DraftOperation l, out (DraftOperation Earlier, DraftOperation Later) result)
    {
        result = (e, l);
        if (!TryRead(e, out var earlierList, out var earlierEdit)
            || !TryRead(l, out var laterList, out var laterEdit)
            || earlierList != laterList)
        {
            return false;
        }

        var (earlier, later) = ListEdits.Transform(earlierEdit, laterEdit);
        var laterReason = l is MoveParagraph && e is DeleteParagraph ? DropReasons.ParagraphDeleted : null;
        result = (Rewrite(e, earlier, reason: null), Rewrite(l, later, laterReason));
        return true;
    }

    /// <summary>The list an operation edits (null is the top level) and what it does to it.</summary>
    private static bool TryRead(DraftOperation operation, out string? list, out ListEdit edit)
    {
        (list, edit) = operation switch
        {
            InsertParagraph insert => ((string?)null, ListEdit.Insert(insert.Index)),
            AddSubParagraph add => (add.ParentId, ListEdit.Insert(add.Index)),
            DeleteParagraph delete => (delete.ParentId, ListEdit.Delete(delete.Index)),
            MoveParagraph move => (move.ParentId, ListEdit.Move(move.FromIndex, move.ToIndex)),
            _ => ((string?)null, default),
        };
        return operation is InsertParagraph or AddSubParagraph or DeleteParagraph or MoveParagraph;
    }

    private static DraftOperation Rewrite(DraftOperation operation, ListEdit? edit, string? reason) => (operation, edit) switch
    {
        (_, null) => new NoOp(reason),
        (InsertParagraph insert, { } e) => insert with { Index = e.To },
        (AddSubParagraph add, { } e) => add with { Index = e.To },
        (DeleteParagraph delete, { } e) => delete with { Index = e.From },
        (MoveParagraph move, { } e) => move with { FromIndex = e.From, ToIndex = e.To },
        _ => operation,
    };
}
