namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Concurrent edits of one quotation (ADR 0028): adds, deletes and moves of its lines shift each
/// other's indices as edits of any list do (<see cref="ListEdits"/>); an edit of a line's text or
/// source made while another removed that line is dropped. A deleted paragraph takes its quotation
/// with it (<see cref="DraftTransform"/>: the lines' ids are among the delete's ids).
/// </summary>
internal static class QuotationTransform
{
    public static bool TryTransform(DraftOperation e, DraftOperation l, out (DraftOperation Earlier, DraftOperation Later) result)
    {
        result = (e, l);
        if (e is DeleteQuotedLine earlierDelete && Targets(l) == earlierDelete.Id)
        {
            result = (e, new NoOp(DropReasons.ParagraphDeleted));
            return true;
        }

        if (l is DeleteQuotedLine laterDelete && Targets(e) == laterDelete.Id)
        {
            result = (new NoOp(), l);
            return true;
        }

        if (!TryRead(e, out var earlierHolder, out var earlierEdit)
            || !TryRead(l, out var laterHolder, out var laterEdit)
            || earlierHolder != laterHolder)
        {
            return false;
        }

        var (earlier, later) = ListEdits.Transform(earlierEdit, laterEdit);
        var laterReason = l is MoveQuotedLine && e is DeleteQuotedLine ? DropReasons.ParagraphDeleted : null;
        result = (Rewrite(e, earlier, reason: null), Rewrite(l, later, laterReason));
        return true;
    }

    /// <summary>The node whose text or source an operation changes, if any.</summary>
    private static string? Targets(DraftOperation operation) => operation switch
    {
        EditText edit => edit.NodeId,
        SetSource source => source.Id,
        _ => null,
    };

    private static bool TryRead(DraftOperation operation, out string? holder, out ListEdit edit)
    {
        (holder, edit) = operation switch
        {
            AddQuotedLine add => (add.HolderId, ListEdit.Insert(add.Index)),
            DeleteQuotedLine delete => (delete.HolderId, ListEdit.Delete(delete.Index)),
            MoveQuotedLine move => (move.HolderId, ListEdit.Move(move.FromIndex, move.ToIndex)),
            _ => ((string?)null, default),
        };
        return holder is not null;
    }

    private static DraftOperation Rewrite(DraftOperation operation, ListEdit? edit, string? reason) => (operation, edit) switch
    {
        (_, null) => new NoOp(reason),
        (AddQuotedLine add, { } e) => add with { Index = e.To },
        (DeleteQuotedLine delete, { } e) => delete with { Index = e.From },
        (MoveQuotedLine move, { } e) => move with { FromIndex = e.From, ToIndex = e.To },
        _ => operation,
    };
}
