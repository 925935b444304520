using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Applies amendment instructions (the structured form, not prose) to the text they were made to
/// and gives the amended text; the original is not changed. As in an amendment document, every
/// paragraph and word an instruction names is one of the original text, so the instructions are
/// applied in four passes: word and heading changes, each found in the original paragraph (the
/// changes to one paragraph all at once); deletions; moves, in order; insertions, in order. A
/// move or insertion goes right after or before a kept paragraph, wherever that one stands by
/// then. <see cref="AmendmentBuilder"/> writes the moves of a list in the proposed order, each
/// next to a paragraph already in its final place (or one that never moves), so after the moves
/// the kept paragraphs stand in their final order and each group of new paragraphs goes next to
/// its reference. It also never places a paragraph next to one that a later instruction moves,
/// so reading the instructions one by one, in order, gives the same text. Any instruction that
/// does not fit the text fails the whole amendment, with its number and the reason.
/// </summary>
public static class AmendmentApplier
{
    public static DomainResult<Draft> Apply(Draft original, IReadOnlyList<AmendmentInstruction> instructions)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(instructions);
        var references = ReferenceIndex.Of(original);
        var draft = original.Clone();
        var numbered = instructions.Select((instruction, i) => (Instruction: instruction, Number: i + 1)).ToList();

        // A move across the edge of a part or section only comes first: it changes no place, and it names the
        // paragraphs beside the edge as the original has them (ADR 0016).
        var error = numbered.Select(n => Check(n.Instruction, references) is { } e ? Fail(n, e) : null).FirstOrDefault(e => e is not null)
            ?? Each(numbered.Where(n => IsEdgeMove(n.Instruction)).ToList(), AmendmentKind.MoveParagraph, n => EdgeMoves.Make(draft, n))
            ?? TextChanges(draft, ByPart(numbered, EdgeMoves.PartOpenings(original, draft)).Where(n => n.Instruction.Kind is AmendmentKind.InsertWords or AmendmentKind.DeleteWords
                or AmendmentKind.ReplaceWords or AmendmentKind.ReplaceParagraph or AmendmentKind.ReplaceHeading or AmendmentKind.ReplacePartTitle
                or AmendmentKind.ReplacePartAuthorLine).ToList())
            ?? Each(numbered, AmendmentKind.DeleteQuotedLine, n => DeleteQuotedLine(draft, n))
            ?? Each(numbered.Where(n => n.Instruction.IsTableChange).OrderBy(n => TablePhase(n.Instruction.Kind)).ToList(), n => TableWording.Apply(draft, n))
            ?? Each(numbered, AmendmentKind.DeleteParagraph, n => Delete(draft, n.Target!.Id))
            ?? Each(numbered.Where(n => !IsEdgeMove(n.Instruction)).ToList(), AmendmentKind.MoveParagraph, n => Move(draft, n))
            ?? Each(numbered, AmendmentKind.MoveQuotedLine, n => MoveQuotedLine(original, draft, n))
            ?? Each(numbered, AmendmentKind.InsertParagraph, n => Insert(draft, n))
            ?? Each(numbered, AmendmentKind.InsertQuotedLines, n => InsertQuotedLines(draft, n))
            ?? Each(numbered.Where(n => n.Instruction.IsPartOrSectionEdge).ToList(), n => PartsAndSections.Make(draft, n));
        return error is null ? DomainResult<Draft>.Ok(draft) : DomainResult<Draft>.Fail(error);
    }

    /// <summary>
    /// A part's title or author line is changed on the paragraph that opens the part once the edge moves are made (ADR
    /// 0016 amendment 7): the instruction names the part by the paragraph that opened it in the text amended.
    /// </summary>
    private static List<(AmendmentInstruction Instruction, int Number)> ByPart(List<(AmendmentInstruction Instruction, int Number)> numbered, Dictionary<string, string> openings) =>
        openings.Count == 0 ? numbered : numbered.Select(n => n.Instruction is { Kind: AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine, Target: { } target }
            && openings.TryGetValue(target.Id, out var now) ? (n.Instruction with { Target = target with { Id = now } }, n.Number) : n).ToList();

    public static DomainResult<Draft> Apply(Draft original, Amendment amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        return Apply(original, amendment.Instructions);
    }

    /// <summary>
    /// A table's instructions apply rows deleted, then cells and rows changed, then rows moved, then rows inserted (each
    /// group in its own order), so each finds the rows it names where the walk placed them (ADR 0029).
    /// </summary>
    private static int TablePhase(AmendmentKind kind) => kind switch
    {
        AmendmentKind.DeleteTableRow => 0,
        AmendmentKind.ReplaceTableCell or AmendmentKind.ReplaceTableRow => 1,
        AmendmentKind.MoveTableRows => 2,
        AmendmentKind.InsertTableRows => 3,
        _ => 0,
    };

    private static bool IsEdgeMove(AmendmentInstruction i) => i.Kind == AmendmentKind.MoveParagraph && i.Placement is { Edge: not PlacementEdge.None };

    private static string Fail((AmendmentInstruction Instruction, int Number) n, string error) =>
        $"Instruction {n.Number} ({n.Instruction.Kind}{(n.Instruction.Target is { } t ? " " + t.PageLabel : "")}): {error}";

    private static string? Each(List<(AmendmentInstruction Instruction, int Number)> numbered, AmendmentKind kind, Func<AmendmentInstruction, string?> apply) =>
        Each(numbered.Where(n => n.Instruction.Kind == kind).ToList(), apply);

    private static string? Each(List<(AmendmentInstruction Instruction, int Number)> numbered, Func<AmendmentInstruction, string?> apply)
    {
        foreach (var n in numbered)
        {
            if (apply(n.Instruction) is { } error)
            {
                return Fail(n, error);
            }
        }

        return null;
    }

    /// <summary>The paragraphs it names are those of the original text, under those names.</summary>
    private static string? Check(AmendmentInstruction i, Dictionary<string, ParagraphReference> references)
    {
        var needsTarget = i.Kind != AmendmentKind.InsertParagraph;
        if (needsTarget && i.Target is null)
        {
            return "it names no paragraph";
        }

        if (i.Kind is AmendmentKind.InsertParagraph or AmendmentKind.MoveParagraph or AmendmentKind.InsertQuotedLines && i.Placement is null)
        {
            return "it says nowhere to put the paragraph";
        }

        if (i.Kind == AmendmentKind.InsertParagraph && i.Content.Count == 0)
        {
            return "it inserts no paragraph";
        }

        if (i.Kind == AmendmentKind.InsertQuotedLines && (i.Content.Count == 0 || i.Target!.Quoted || i.Placement!.Reference is { Quoted: false }))
        {
            return i.Content.Count == 0 ? "it inserts no quoted line" : "it does not name a quotation and one of its lines";
        }

        if (i.Kind == AmendmentKind.MoveQuotedLine && (!i.Target!.Quoted || i.Placement is null || i.Placement.Reference is { Quoted: false }))
        {
            return "it does not name a quoted line and where it goes";
        }

        if (i.Kind == AmendmentKind.DeleteQuotedLine && !i.Target!.Quoted)
        {
            return "it names no quoted line";
        }

        foreach (var named in new[] { i.Target, i.Parent, i.Placement?.Reference }.OfType<ParagraphReference>())
        {
            if (!references.TryGetValue(named.Id, out var actual))
            {
                return $"the text has no paragraph with id '{named.Id}'";
            }

            if (!actual.IsSamePlace(named))
            {
                return $"the paragraph with id '{named.Id}' is {actual.PageLabel}, not {named.LabelIn(actual.Language, ParagraphReference.NumberingOf(actual))}";
            }
        }

        return null;
    }

    private static string? TextChanges(Draft draft, List<(AmendmentInstruction Instruction, int Number)> changes)
    {
        foreach (var paragraph in changes.GroupBy(n => n.Instruction.Target!.Id))
        {
            var node = draft.FindNode(paragraph.Key)!;
            var text = node.Text;
            var edits = new List<(int Start, int End, string New, (AmendmentInstruction, int) From)>();
            foreach (var n in paragraph)
            {
                var i = n.Instruction;
                if (i.Kind == AmendmentKind.ReplaceHeading)
                {
                    var heading = (node as Paragraph)?.Heading;
                    if (node is not Paragraph || heading != i.OldText)
                    {
                        return Fail(n, "the heading before it is not the one quoted");
                    }

                    if (draft.SetHeading(node.Id, i.NewText) is { IsSuccess: false } headingResult)
                    {
                        return Fail(n, headingResult.Error!);
                    }

                    continue;
                }

                if (i.Kind is AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine)
                {
                    var title = i.Kind == AmendmentKind.ReplacePartTitle;
                    if (node is not Paragraph { Part: { } part } || (title ? part.Title : part.AuthorLine) != (i.OldText ?? ""))
                    {
                        return Fail(n, node is not Paragraph { Part: not null } ? "the paragraph does not open a part"
                            : title ? "the part's title is not the one quoted" : "the part's author line is not the one quoted");
                    }

                    var changed = title ? part with { Title = i.NewText ?? "" } : part with { AuthorLine = i.NewText ?? "" };
                    if (draft.SetPart(node.Id, changed) is { IsSuccess: false } partResult)
                    {
                        return Fail(n, partResult.Error!);
                    }

                    continue;
                }

                if (i.Kind == AmendmentKind.ReplaceParagraph)
                {
                    if (i.OldText is not null && i.OldText != text)
                    {
                        return Fail(n, "the paragraph does not read as the amendment quotes it");
                    }

                    edits.Add((0, text.Length, i.NewText ?? "", n));
                    continue;
                }

                var (start, error) = WordLocator.Locate(text, i);
                if (error is not null)
                {
                    return Fail(n, error);
                }

                edits.Add((start, start + (i.OldText ?? "").Length, i.NewText ?? "", n));
            }

            edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            for (var k = 1; k < edits.Count; k++)
            {
                if (edits[k].Start < edits[k - 1].End || (edits[k].Start == edits[k - 1].Start && edits[k].Start == edits[k].End))
                {
                    return Fail(edits[k].From, "it changes words another instruction changes");
                }
            }

            for (var k = edits.Count - 1; k >= 0; k--)
            {
                text = text[..edits[k].Start] + edits[k].New + text[edits[k].End..];
            }

            if (edits.Count > 0 && draft.SetTextAsTyped(node.Id, text) is { IsSuccess: false } result)
            {
                return Fail(edits[0].From, result.Error!);
            }
        }

        return null;
    }

    private static string? Move(Draft draft, AmendmentInstruction i)
    {
        var id = i.Target!.Id;
        if (!draft.TryLocate(id, out var parentId, out var from))
        {
            return "the paragraph is no longer in the text";
        }

        var count = Siblings(draft, parentId).Count;
        var placement = i.Placement!;
        int to;
        if (placement.Kind is PlacementKind.AtStart or PlacementKind.AtEnd)
        {
            to = placement.Kind == PlacementKind.AtStart ? 0 : count - 1;
        }
        else
        {
            var (at, error) = SiblingIndex(draft, placement.Reference!, parentId);
            if (error is not null)
            {
                return error;
            }

            at = at > from ? at - 1 : at;
            to = placement.Kind == PlacementKind.After ? at + 1 : at;
        }

        if (to == from)
        {
            return null;
        }

        // A part's first paragraph moved away leaves the part where it was (ADR 0016).
        var move = parentId is null ? PartEdges.Move(draft, id, to) : DomainResult<DraftOperation>.Ok(new MoveParagraph(id, parentId, from, to));
        if (!move.IsSuccess)
        {
            return move.Error;
        }

        if (move.Value!.Apply(draft).Error is { } moveError)
        {
            return moveError;
        }

        // To precede a part's or section's first paragraph is to head it, as for an insertion (ADR 0016).
        return parentId is null && placement.Kind == PlacementKind.Before && to + 1 < draft.Paragraphs.Count && Opens(draft.Paragraphs[to + 1])
            ? Step(draft, id)
            : null;
    }

    /// <summary>A quoted line removed (ADR 0028), checked to read as the amendment quotes it.</summary>
    private static string? DeleteQuotedLine(Draft draft, AmendmentInstruction i)
    {
        if (draft.FindNode(i.Target!.Id) is not QuotedLine line)
        {
            return "the quoted line is no longer in the text";
        }

        if (i.OldText is not null && line.Text != i.OldText)
        {
            return "the quoted line does not read as the amendment quotes it";
        }

        return draft.RemoveQuotedLine(line.Id).Error;
    }

    /// <summary>
    /// A quoted line moved within its quotation (ADR 0028, amendment 2): checked to read as the amendment quotes it, put
    /// after or before the line it names (in the same quotation), or at its beginning or end.
    /// </summary>
    private static string? MoveQuotedLine(Draft original, Draft draft, AmendmentInstruction i)
    {
        if (!draft.TryLocateQuotedLine(i.Target!.Id, out var holderId, out var from) || draft.FindNode(holderId!) is not { } holder)
        {
            return "the quoted line is no longer in the text";
        }

        // Quoted as the text the amendment is made to reads (its words may change in the same amendment).
        if (i.OldText is not null && original.FindNode(i.Target.Id)?.Text != i.OldText)
        {
            return "the quoted line does not read as the amendment quotes it";
        }

        var placement = i.Placement!;
        var to = placement.Kind == PlacementKind.AtStart ? 0 : holder.Quotation.Count - 1;
        if (placement.Reference is { } reference)
        {
            if (!draft.TryLocateQuotedLine(reference.Id, out var at, out var index) || at != holderId || reference.Id == i.Target.Id)
            {
                return $"the quoted line {Quoting.Quote(i.AnchorText)} is no longer in the same quoted text";
            }

            // Indices once the line is taken out: a place after it moves up by one.
            var without = index > from ? index - 1 : index;
            to = placement.Kind == PlacementKind.After ? without + 1 : without;
        }

        return to == from ? null : draft.MoveQuotedLine(i.Target.Id, to).Error;
    }

    /// <summary>Lines added to a quotation (ADR 0028): after or before a line it keeps, or at its end.</summary>
    private static string? InsertQuotedLines(Draft draft, AmendmentInstruction i)
    {
        var holderId = i.Target!.Id;
        if (draft.FindNode(holderId) is not { } holder)
        {
            return $"{i.Target.PageLabel} is no longer in the text";
        }

        var placement = i.Placement!;
        var index = placement.Kind == PlacementKind.AtStart ? 0 : holder.Quotation.Count;
        if (placement.Reference is { } reference)
        {
            if (!draft.TryLocateQuotedLine(reference.Id, out var at, out var lineIndex) || at != holderId)
            {
                return $"the quoted line {Quoting.Quote(i.OldText)} is no longer in the quoted text of {i.Target.PageLabel}";
            }

            index = placement.Kind == PlacementKind.After ? lineIndex + 1 : lineIndex;
        }

        foreach (var content in i.Content)
        {
            if (draft.AddQuotedLine(holderId, content.Text, index, IdOf(content), asTyped: true).Error is { } error)
            {
                return error;
            }

            index++;
        }

        return null;
    }

    /// <summary>A part's first paragraph deleted hands the part on to the paragraph after it, as the page does (ADR 0016).</summary>
    private static string? Delete(Draft draft, string id)
    {
        var delete = DeleteParagraph.KeepingPart(draft, id);
        return delete.IsSuccess ? delete.Value!.Apply(draft).Error : delete.Error;
    }

    private static string? Insert(Draft draft, AmendmentInstruction i)
    {
        var parentId = i.Parent?.Id;
        if (parentId is not null && draft.FindNode(parentId) is null)
        {
            return $"{i.Parent!.PageLabel} is no longer in the text";
        }

        var placement = i.Placement!;
        var index = placement.Kind switch
        {
            PlacementKind.AtStart => 0,
            PlacementKind.AtEnd => Siblings(draft, parentId).Count,
            _ => -1,
        };
        if (index < 0)
        {
            var (at, error) = SiblingIndex(draft, placement.Reference!, parentId);
            if (error is not null)
            {
                return error;
            }

            index = placement.Kind == PlacementKind.After ? at + 1 : at;
        }

        // Before a part's or section's first paragraph is its head (ADR 0016): the first new paragraph opens it.
        var opener = parentId is null && placement.Kind is PlacementKind.Before or PlacementKind.AtStart
            && index < draft.Paragraphs.Count && Opens(draft.Paragraphs[index]) ? draft.Paragraphs[index] : null;
        var first = true;
        foreach (var content in i.Content)
        {
            var id = IdOf(content);
            var added = parentId is null
                ? Error(draft.InsertParagraphAsTyped(content.Kind, content.Text, index, id, content.Heading))
                : Error(draft.AddSubParagraphAsTyped(parentId, content.Text, index, id));
            if ((added ?? AddQuotation(draft, id, content) ?? AddChildren(draft, id, content) ?? AddTable(draft, id, content)) is { } error)
            {
                return error;
            }

            if (first && opener is not null && Step(draft, id) is { } partError)
            {
                return partError;
            }

            first = false;
            index++;
        }

        return null;
    }

    private static bool Opens(Paragraph paragraph) => paragraph.OpensPartOrSection;

    /// <summary>The paragraph takes over what the paragraph after it opens, as the page's ↓ at an edge does.</summary>
    private static string? Step(Draft draft, string id)
    {
        var step = PartEdges.MoveBy(draft, id, +1);
        return step.IsSuccess ? step.Value!.Apply(draft).Error : step.Error;
    }

    private static string? AddChildren(Draft draft, string parentId, ParagraphContent parent)
    {
        for (var k = 0; k < parent.SubParagraphs.Count; k++)
        {
            var child = parent.SubParagraphs[k];
            var id = IdOf(child);
            if ((Error(draft.AddSubParagraphAsTyped(parentId, child.Text, k, id)) ?? AddQuotation(draft, id, child) ?? AddChildren(draft, id, child) ?? AddTable(draft, id, child)) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>The quoted lines of a new paragraph (ADR 0028), with their ids in the proposed text.</summary>
    private static string? AddQuotation(Draft draft, string holderId, ParagraphContent content)
    {
        for (var k = 0; k < content.Quotation.Count; k++)
        {
            if (draft.AddQuotedLine(holderId, content.Quotation[k].Text, k, IdOf(content.Quotation[k]), asTyped: true).Error is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>The table a new paragraph or sub-paragraph introduces (ADR 0029), with its rows' ids in the proposed text.</summary>
    private static string? AddTable(Draft draft, string holderId, ParagraphContent content) =>
        content.Table is { } table ? draft.SetTable(holderId, table).Error : null;

    private static string? Error<T>(DomainResult<T> result) => result.Error;

    private static string IdOf(ParagraphContent content) => string.IsNullOrEmpty(content.Id) ? ParagraphIds.New() : content.Id;

    private static (int Index, string? Error) SiblingIndex(Draft draft, ParagraphReference reference, string? parentId)
    {
        if (!draft.TryLocate(reference.Id, out var referenceParent, out var index))
        {
            return (-1, $"{reference.PageLabel} is no longer in the text");
        }

        return referenceParent == parentId ? (index, null) : (-1, $"{reference.PageLabel} is not among the paragraphs it is placed with");
    }

    private static IReadOnlyList<ParagraphNode> Siblings(Draft draft, string? parentId) =>
        parentId is null ? draft.Paragraphs : draft.FindNode(parentId)!.SubParagraphs;
}
