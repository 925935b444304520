using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Components.Proposals;

/// <summary>
/// What a suggesting-mode command does to the proposed copy of a text; null for commands that propose
/// nothing. A proposed text taken from a precedent records its source in the copy, which the proposal
/// keeps and its acceptance carries into the live text (ADR 0011).
/// </summary>
public static class SuggestingEdits
{
    public static Func<Draft, DomainResult>? For(ParagraphCommand command)
    {
        if (command.Id is not { } id)
        {
            return null;
        }

        return command.Action switch
        {
            // A raised figure pasted where the text's footnote reference stood ("Council,¹") is that reference, not a word.
            ParagraphAction.Propose => d => WithSource(d, d.SetText(id, FootnoteReferences.RaisedFiguresAsReferences(d.FindNode(id)?.Text ?? "", command.Text ?? "")), id, command.Source),
            // At a part's edge as the page's own tools do (ADR 0016): a part stays where it is.
            ParagraphAction.ProposeDelete => d => Apply(d, DeleteParagraph.KeepingPart(d, id)),
            ParagraphAction.ProposeMoveUp => d => Apply(d, PartEdges.MoveBy(d, id, -1)),
            ParagraphAction.ProposeMoveDown => d => Apply(d, PartEdges.MoveBy(d, id, +1)),
            ParagraphAction.ProposeNewAfter => d => InsertAfter(d, id, command.Text ?? "", command.Source),
            // Quoted lines added after a line, before one, or as the quotation of a paragraph that has none (ADR 0028):
            // "… after the line “…”, insert …", "… before the line “…”, insert …", "Insert at the end of … the following quoted text: …".
            ParagraphAction.ProposeQuotedLineAfter => d => d.TryLocateQuotedLine(id, out var holder, out var at)
                ? AddLines(d, holder!, at + 1, command.Text)
                : DomainResult.Fail("The quoted line is no longer in the text."),
            ParagraphAction.ProposeQuotedLines => d => d.TryLocateQuotedLine(id, out var holder, out var at) ? AddLines(d, holder!, at, command.Text)
                : d.FindNode(id) is { } node ? AddQuotation(d, node, command.Text)
                : DomainResult.Fail("That paragraph is no longer in the text."),
            ParagraphAction.ProposeQuotedLineDelete => d => d.RemoveQuotedLine(id),
            ParagraphAction.ProposeQuotedLineUp or ParagraphAction.ProposeQuotedLineDown => d => d.TryLocateQuotedLine(id, out _, out var index)
                ? d.MoveQuotedLine(id, index + (command.Action == ParagraphAction.ProposeQuotedLineUp ? -1 : +1))
                : DomainResult.Fail("The quoted line is no longer in the text."),
            // Ending a part, opening or closing a section: amendments of their own (ADR 0016).
            ParagraphAction.RemovePart => d => Apply(d, PartEdges.Remove(d, id)),
            ParagraphAction.OpenSection => d => Apply(d, PartEdges.Section(d, id, true)),
            ParagraphAction.CloseSection => d => Apply(d, PartEdges.Section(d, id, false)),
            // A cell of the paragraph's table (ADR 0029): "In the table in …, in the row “…”, replace … with …".
            // Cells changed together and confirmed with "Propose" under the table: one proposal.
            ParagraphAction.ProposeTableCell when command.Cells is { Count: > 0 } || command.NewRows is { Count: > 0 } => d => SetCells(d, id, command.Cells ?? [], command.NewRows ?? []),
            // Rows deleted or moved, the table deleted (ADR 0030): worded as table amendments.
            ParagraphAction.ProposeRemoveTableRow when command.Cell is { } row => d => d.RemoveTableRow(id, row.RowId),
            ParagraphAction.ProposeMoveTableRowUp when command.Cell is { } row => d => MoveRow(d, id, row.RowId, -1),
            ParagraphAction.ProposeMoveTableRowDown when command.Cell is { } row => d => MoveRow(d, id, row.RowId, +1),
            ParagraphAction.ProposeRemoveTableUnder when command.Cell is { } caption => d => d.RemoveTableUnder(id, caption.RowId),
            ParagraphAction.ProposeRemoveTable => d => d.FindNode(id)?.Table is null ? DomainResult.Fail("That paragraph holds no table.") : d.SetTable(id, null),
            ParagraphAction.ProposeTableCell when command.Cell is { } cell => d => d.SetTableCell(id, cell.RowId, cell.Column, (command.Text ?? "").Trim()),
            _ => null,
        };
    }

    /// <summary>
    /// The lines of <paramref name="text"/> (one quoted line a line of the box; blank lines ignored) put in the quotation of
    /// <paramref name="holderId"/> from <paramref name="at"/> on.
    /// </summary>
    private static DomainResult AddLines(Draft draft, string holderId, int at, string? text)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return DomainResult.Fail("Type the quoted text: each line of the box is a line of the quotation.");
        }

        foreach (var line in lines)
        {
            if (draft.AddQuotedLine(holderId, line, at++).Error is { } error)
            {
                return DomainResult.Fail(error);
            }
        }

        return DomainResult.Ok();
    }

    /// <summary>
    /// A quotation proposed under a node that has none (ADR 0028 amendment 4): when its words do not lead in yet, the same
    /// proposal makes them (its closing "." becomes ":"), so the quotation never hangs from a full stop.
    /// </summary>
    private static DomainResult AddQuotation(Draft draft, ParagraphNode node, string? text)
    {
        if (!node.LeadsIn && draft.SetText(node.Id, ParagraphNode.AsLeadIn(node.Text, draft.Language)) is { IsSuccess: false } refused)
        {
            return refused;
        }

        return AddLines(draft, node.Id, node.Quotation.Count, text);
    }

    /// <summary>A body row moved one place among the body rows (the header stays the header).</summary>
    private static DomainResult MoveRow(Draft draft, string id, string rowId, int delta)
    {
        if (draft.FindNode(id)?.Table is not { } table || table.IndexOfRow(rowId) is var at && at < 0)
        {
            return DomainResult.Fail("That table row is no longer there.");
        }

        var to = at + delta;
        if (at < table.HeaderRows || to < table.HeaderRows || to >= table.Rows.Count)
        {
            return DomainResult.Fail(delta < 0 ? "That row is already the first of the table's body." : "That row is already the table's last.");
        }

        var rows = table.Rows.ToList();
        (rows[at], rows[to]) = (rows[to], rows[at]);
        return draft.SetTable(id, table.WithRows(rows, table.HeaderRows));
    }

    private static DomainResult SetCells(Draft draft, string id, IReadOnlyList<TableCellEdit> cells, IReadOnlyList<TableRowProposed> rows)
    {
        foreach (var cell in cells)
        {
            if (draft.SetTableCell(id, cell.RowId, cell.Column, cell.Text.Trim()) is { IsSuccess: false } failed)
            {
                return failed;
            }
        }

        // Rows added after a given row (ADR 0030): "after the row “…”, insert a row reading: …", placed as the editors'
        // "+ row" places one (below a later table's header under a sub-heading).
        foreach (var row in rows)
        {
            if (row.Cells.All(c => string.IsNullOrWhiteSpace(c.Text)))
            {
                return DomainResult.Fail(row.Kind == TableRowKind.Caption
                    ? "A new sub-heading is empty: type its words, or drop it."
                    : "A new row is empty: type its cells, or drop it.");
            }

            if (draft.FindNode(id)?.Table is not { } table)
            {
                return DomainResult.Fail("That paragraph holds no table any more.");
            }

            var index = row.AfterRowId == TableRowProposed.AtHead ? -1 : table.IndexOfRow(row.AfterRowId);
            if (index < 0 && row.AfterRowId != TableRowProposed.AtHead)
            {
                return DomainResult.Fail("The row a new row follows is no longer in the table.");
            }

            // At the head of the body (ADR 0030, amendment 2) as the editors' "Add a row"; a sub-heading or a new table's
            // header right after the row it follows; a body row as the editors' "+ row" places one.
            var (at, shape) = index < 0 ? ResolutionDrafts.Web.Drafts.TableChanges.NewRowAtHead(table, row.Id)
                : row.Kind != TableRowKind.Body ? (index + 1, new TableRow(row.Id, row.Cells, row.Kind))
                : ResolutionDrafts.Web.Drafts.TableChanges.NewRowAfter(table, index, row.Id);
            var added = shape with { Cells = [.. row.Cells.Select(c => c with { Text = c.Text.Trim() })] };
            if (draft.AddTableRow(id, at, added) is { IsSuccess: false } refused)
            {
                return refused;
            }
        }

        return DomainResult.Ok();
    }

    /// <summary>
    /// A new title or author line for the part the paragraph opens, or a new part starting at it (ADR 0016): each an
    /// amendment of its own.
    /// </summary>
    public static Func<Draft, DomainResult> Part(string id, DraftPart proposed) => d =>
        d.Paragraphs.FirstOrDefault(p => p.Id == id) switch
        {
            null => DomainResult.Fail("That paragraph is no longer in the text."),
            { Part: { } part } => d.SetPart(id, part with { Title = proposed.Title.Trim(), AuthorLine = proposed.AuthorLine.Trim() }),
            _ => Apply(d, PartEdges.Start(d, id, proposed)),
        };

    /// <summary>A new paragraph before <paramref name="id"/>; before a part's first paragraph it heads that part (ADR 0016).</summary>
    public static Func<Draft, DomainResult> InsertBefore(string id, ParagraphKind kind, string text, AgreedLanguage? source) => d =>
    {
        var index = d.Paragraphs.ToList().FindIndex(p => p.Id == id);
        if (index < 0)
        {
            return DomainResult.Fail("That paragraph is no longer in the text.");
        }

        if (ParagraphText.Problem(text.Trim()) is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        var newId = ParagraphIds.New();
        var inserted = PartEdges.InsertBefore(d, new InsertParagraph(newId, kind, index, text.Trim())).Apply(d);
        return WithSource(d, inserted, newId, source);
    };

    private static DomainResult InsertAfter(Draft draft, string id, string text, AgreedLanguage? source)
    {
        var index = draft.Paragraphs.ToList().FindIndex(p => p.Id == id);
        if (index < 0)
        {
            return DomainResult.Fail("That paragraph is no longer in the text.");
        }

        var inserted = draft.InsertParagraph(draft.Paragraphs[index].Kind, text, index + 1);
        return inserted.IsSuccess ? WithSource(draft, DomainResult.Ok(), inserted.Value!.Id, source) : DomainResult.Fail(inserted.Error!);
    }

    // ↑ on the first paragraph of a part or section, or ↓ on its last, moves only the edge between two parts or
    // sections: proposed as a move to the end of the one before or the beginning of the next (ADR 0016).
    private static DomainResult Apply(Draft draft, DomainResult<DraftOperation> change) =>
        change.IsSuccess ? change.Value!.Apply(draft) : DomainResult.Fail(change.Error!);

    private static DomainResult WithSource(Draft draft, DomainResult edited, string id, AgreedLanguage? source) =>
        !edited.IsSuccess || source is null ? edited : draft.SetSource(id, source);
}
