using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The transform rules of <see cref="DraftOperation.Transform"/>, in the order they are tried:
/// batches fold part by part; no-ops pass through; an operation inside a concurrently deleted
/// part is dropped; two text edits of one node are transformed as text; two edits of one list
/// shift each other's indices; two overwrites of one value keep the later; everything else is
/// independent and passes unchanged. The table is in docs/hub-protocol.md.
/// </summary>
internal static class DraftTransform
{
    public static DomainResult<(DraftOperation Earlier, DraftOperation Later)> Transform(DraftOperation e, DraftOperation l)
    {
        if (e is OperationBatch earlierBatch)
        {
            return FoldEarlier(earlierBatch, l);
        }

        if (l is OperationBatch laterBatch)
        {
            return FoldLater(e, laterBatch);
        }

        if (e is NoOp || l is NoOp)
        {
            return Ok(e, l);
        }

        if (e is DeleteParagraph earlierDelete && Inside(earlierDelete, l, out var reason))
        {
            return Ok(Grow(earlierDelete, l), new NoOp(reason));
        }

        if (l is DeleteParagraph laterDelete && Inside(laterDelete, e, out _))
        {
            return Ok(new NoOp(), Grow(laterDelete, e));
        }

        if (e is EditText earlierEdit && l is EditText laterEdit && earlierEdit.NodeId == laterEdit.NodeId)
        {
            var text = TextOperation.Transform(earlierEdit.Operation, laterEdit.Operation);
            return text.IsSuccess
                ? Ok(earlierEdit with { Operation = text.Value.A }, laterEdit with { Operation = text.Value.B })
                : DomainResult<(DraftOperation, DraftOperation)>.Fail($"Paragraph '{laterEdit.NodeId}': {text.Error}");
        }

        if (TableTransform.TryTransform(e, l, out var table))
        {
            return Ok(table.Earlier, table.Later);
        }

        if (QuotationTransform.TryTransform(e, l, out var structure)
            || StructureTransform.TryTransform(e, l, out structure)
            || SponsorTransform.TryTransform(e, l, out structure))
        {
            return DomainResult<(DraftOperation, DraftOperation)>.Ok(structure);
        }

        // Two overwrites of the same value: the later one stands (last writer in server order).
        return SameValue(e, l) ? Ok(new NoOp(), l) : Ok(e, l);
    }

    private static DomainResult<(DraftOperation, DraftOperation)> FoldEarlier(OperationBatch earlier, DraftOperation later)
    {
        var parts = new List<DraftOperation>(earlier.Operations.Count);
        foreach (var part in earlier.Operations)
        {
            var step = Transform(part, later);
            if (!step.IsSuccess)
            {
                return step;
            }

            parts.Add(step.Value.Earlier);
            later = step.Value.Later;
        }

        return Ok(OperationBatch.Of(parts), later);
    }

    private static DomainResult<(DraftOperation, DraftOperation)> FoldLater(DraftOperation earlier, OperationBatch later)
    {
        var parts = new List<DraftOperation>(later.Operations.Count);
        foreach (var part in later.Operations)
        {
            var step = Transform(earlier, part);
            if (!step.IsSuccess)
            {
                return step;
            }

            earlier = step.Value.Earlier;
            parts.Add(step.Value.Later);
        }

        return Ok(earlier, OperationBatch.Of(parts));
    }

    /// <summary>
    /// Whether <paramref name="other"/> works inside the part <paramref name="delete"/> removes. The
    /// delete's own node is excluded as a list item: a move or delete of that same node is a
    /// same-list case.
    /// </summary>
    private static bool Inside(DeleteParagraph delete, DraftOperation other, out string? reason)
    {
        (string? target, reason) = other switch
        {
            EditText edit => (edit.NodeId, DropReasons.ParagraphDeleted),
            SetParagraphKind kind => (kind.Id, DropReasons.ParagraphDeleted),
            SetHeading heading => (heading.Id, DropReasons.ParagraphDeleted),
            SetPart part => (part.Id, DropReasons.ParagraphDeleted),
            SetSection section => (section.Id, DropReasons.ParagraphDeleted),
            SetSource source => (source.Id, DropReasons.ParagraphDeleted),
            SetTable table => (table.NodeId, DropReasons.ParagraphDeleted),
            SetTableCell cell => (cell.NodeId, DropReasons.ParagraphDeleted),
            AddTableRow row => (row.NodeId, DropReasons.ParagraphDeleted),
            RemoveTableRow row => (row.NodeId, DropReasons.ParagraphDeleted),
            AddSubParagraph add => (add.ParentId, DropReasons.ParentDeleted),
            MoveParagraph move => (move.ParentId, DropReasons.ParagraphDeleted),
            DeleteParagraph nested => (nested.ParentId, (string?)null),
            AddQuotedLine add => (add.HolderId, DropReasons.ParentDeleted),
            DeleteQuotedLine line => (line.Id, (string?)null),
            MoveQuotedLine move => (move.HolderId, DropReasons.ParagraphDeleted),
            _ => ((string?)null, (string?)null),
        };
        return delete.Removes(target);
    }

    /// <summary>Keeps a delete's list of removed ids exact after an operation inside it was dropped.</summary>
    private static DeleteParagraph Grow(DeleteParagraph delete, DraftOperation inside) => inside switch
    {
        AddSubParagraph add => delete with { Descendants = [.. delete.Descendants, add.Id] },
        AddQuotedLine add => delete with { Descendants = [.. delete.Descendants, add.Id] },
        DeleteQuotedLine line => delete with { Descendants = [.. delete.Descendants.Where(id => id != line.Id)] },
        DeleteParagraph nested => delete with
        {
            Descendants = [.. delete.Descendants.Where(id => id != nested.Id && !nested.Descendants.Contains(id))],
        },
        _ => delete,
    };

    private static bool SameValue(DraftOperation e, DraftOperation l) => (e, l) switch
    {
        (SetTitle, SetTitle) or (SetAuthorLine, SetAuthorLine) or (SetMetadata, SetMetadata) => true,
        (SetDocumentKind, SetDocumentKind) or (SetLanguage, SetLanguage) => true,
        (SetFootnote a, SetFootnote b) => a.Number == b.Number,
        (SetFootnote a, RemoveFootnote b) => a.Number == b.Number,
        (RemoveFootnote a, SetFootnote b) => a.Number == b.Number,
        (SetParagraphKind a, SetParagraphKind b) => a.Id == b.Id,
        (SetHeading a, SetHeading b) => a.Id == b.Id,
        (SetPart a, SetPart b) => a.Id == b.Id,
        (SetSection a, SetSection b) => a.Id == b.Id,
        (SetSource a, SetSource b) => a.Id == b.Id,
        _ => false,
    };

    private static DomainResult<(DraftOperation, DraftOperation)> Ok(DraftOperation e, DraftOperation l) =>
        DomainResult<(DraftOperation, DraftOperation)>.Ok((e, l));
}
