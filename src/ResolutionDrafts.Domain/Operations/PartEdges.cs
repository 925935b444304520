using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The changes a person makes at the edge of a part of a resolution in parts, as batches of the
/// plain operations (ADR 0016, amendment). A part is opened by its first paragraph, so an insert or
/// a move there must say which side of the edge it means: a paragraph put <em>before</em> a part's
/// first paragraph goes at the head of that part (it opens the part instead); a part's first
/// paragraph moved away leaves the part where it was, opened by the paragraph after it. Built only
/// of <see cref="InsertParagraph"/>, <see cref="MoveParagraph"/> and <see cref="SetPart"/>, whose
/// transforms converge, so the batches converge under concurrent typing too. Pure.
/// </summary>
public static class PartEdges
{
    /// <summary>
    /// <paramref name="insert"/> read as "before the paragraph now at its index": when that
    /// paragraph opens a part, the new one opens it instead and so heads that part.
    /// </summary>
    public static DraftOperation InsertBefore(Draft draft, InsertParagraph insert)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(insert);
        return insert.Index < draft.Paragraphs.Count && draft.Paragraphs[insert.Index] is { Part: { } part } opener
            ? OperationBatch.Of([insert, new SetPart(insert.Id, part), new SetPart(opener.Id, null)])
            : insert;
    }

    /// <summary>
    /// Moves a top-level paragraph to <paramref name="toIndex"/> (its index once moved); the part it
    /// opened, if any, stays where it was and the paragraph after it opens it; moved to the very
    /// start, it heads the first part. A part's only paragraph cannot leave it: the part would be
    /// left empty. Sub-paragraphs move as before.
    /// </summary>
    public static DomainResult<DraftOperation> Move(Draft draft, string id, int toIndex)
    {
        var move = MoveParagraph.Of(draft, id, toIndex);
        if (!move.IsSuccess)
        {
            return Fail(move.Error!);
        }

        var from = move.Value!.FromIndex;
        if (move.Value.ParentId is not null || from == toIndex)
        {
            return Ok(move.Value);
        }

        var operations = new List<DraftOperation>();
        if (draft.Paragraphs[from].Part is { } part)
        {
            if (HandOn(draft, from, part) is not { } handOn)
            {
                return Fail(OnlyParagraph(draft, from));
            }

            operations.AddRange([handOn, new SetPart(id, null)]);
        }

        operations.Add(move.Value);
        if (toIndex == 0 && draft.Paragraphs[0].Part is { } first)
        {
            // Nothing is before the start: a paragraph moved there heads the first part.
            operations.AddRange([new SetPart(id, first), new SetPart(draft.Paragraphs[0].Id, null)]);
        }

        return Ok(OperationBatch.Of(operations));
    }

    /// <summary>
    /// The page's ↑ and ↓ on a top-level paragraph. At a part's edge the paragraph first steps across
    /// the edge without changing places: ↑ on a part's first paragraph makes it the last of the part
    /// before, ↓ on a part's last paragraph makes it the first of the part after. Inside a part, ↑
    /// onto the part's first place takes over the opening; ↓ from it leaves the part where it is.
    /// </summary>
    public static DomainResult<DraftOperation> MoveBy(Draft draft, string id, int delta)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (delta is not (-1 or 1))
        {
            // Several places at once (the API's "move by n"): moved there as Move moves, the parts staying put.
            return MoveSeveral(draft, id, delta);
        }

        var index = IndexOf(draft, id);
        if (index < 0)
        {
            // A sub-paragraph, or none: parts do not reach there.
            var plain = MoveParagraph.Of(draft, id, 0);
            if (!plain.IsSuccess)
            {
                return Fail(plain.Error!);
            }

            var siblings = draft.FindNode(plain.Value!.ParentId!)!.SubParagraphs.Count;
            var target = plain.Value!.FromIndex + delta;
            return target < 0 ? Fail("It is already the first.")
                : target >= siblings ? Fail("It is already the last.")
                : Ok(plain.Value with { ToIndex = target });
        }

        var to = index + delta;
        if (to < 0 || to >= draft.Paragraphs.Count)
        {
            return Fail(to < 0 ? "It is already the first." : "It is already the last.");
        }

        var paragraph = draft.Paragraphs[index];
        var neighbour = draft.Paragraphs[to];
        if (delta < 0 && paragraph.Part is { } own)
        {
            // Step back across the edge: the paragraph after it opens the part now.
            return HandOn(draft, index, own) is { } handOn
                ? Ok(OperationBatch.Of([handOn, new SetPart(id, null)]))
                : Fail(OnlyParagraph(draft, index));
        }

        if (delta > 0 && neighbour.Part is { } next)
        {
            // Step forward across the edge: this paragraph opens the next part.
            return paragraph.Part is null
                ? Ok(OperationBatch.Of([new SetPart(id, next), new SetPart(neighbour.Id, null)]))
                : Fail(OnlyParagraph(draft, index));
        }

        var swap = new MoveParagraph(id, null, index, to);
        if (delta < 0 && neighbour.Part is { } headed)
        {
            // Up to the part's first place: it opens the part.
            return Ok(OperationBatch.Of([swap, new SetPart(id, headed), new SetPart(neighbour.Id, null)]));
        }

        return paragraph.Part is { } opened
            ? Ok(OperationBatch.Of([new SetPart(neighbour.Id, opened), new SetPart(id, null), swap]))
            : Ok(swap);
    }

    private static DomainResult<DraftOperation> MoveSeveral(Draft draft, string id, int delta)
    {
        var plain = MoveParagraph.Of(draft, id, 0);
        if (!plain.IsSuccess)
        {
            return Fail(plain.Error!);
        }

        var siblings = plain.Value!.ParentId is { } parent ? draft.FindNode(parent)!.SubParagraphs.Count : draft.Paragraphs.Count;
        var target = plain.Value.FromIndex + delta;
        return target < 0 ? Fail("It is already the first.")
            : target >= siblings ? Fail("It is already the last.")
            : Move(draft, id, target);
    }

    /// <summary>
    /// Starts a new part at a top-level paragraph, which becomes its first. In a draft not yet in
    /// parts, its first paragraph opens part A with the draft's author line, so no paragraph is left
    /// outside a part.
    /// </summary>
    public static DomainResult<DraftOperation> Start(Draft draft, string id, DraftPart part)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(part);
        var index = IndexOf(draft, id);
        if (index < 0)
        {
            return Fail("A part starts at a paragraph, not a sub-paragraph.");
        }

        if (part.Problem() is { } problem)
        {
            return Fail(problem);
        }

        if (draft.Paragraphs[index].Part is not null)
        {
            return Fail($"This paragraph already opens part {PartLetters.Of(draft.Paragraphs)[id]}.");
        }

        var set = new SetPart(id, part.Cleaned());
        return draft.HasParts || index == 0
            ? Ok(set)
            : Ok(OperationBatch.Of([new SetPart(draft.Paragraphs[0].Id, new DraftPart("", ShortText.Clean(draft.AuthorLine))), set]));
    }

    /// <summary>A new title and author line for the part <paramref name="id"/> opens.</summary>
    public static DomainResult<DraftOperation> Edit(Draft draft, string id, DraftPart part)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(part);
        var index = IndexOf(draft, id);
        return index < 0 || draft.Paragraphs[index].Part is null ? Fail("This paragraph does not open a part.")
            : part.Problem() is { } problem ? Fail(problem)
            : Ok(new SetPart(id, part.Cleaned()));
    }

    /// <summary>
    /// Removes the part <paramref name="id"/> opens: its paragraphs join the part before. The first
    /// part's paragraphs join the part after instead (there is none before), which then opens at the
    /// draft's first paragraph.
    /// </summary>
    public static DomainResult<DraftOperation> Remove(Draft draft, string id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = IndexOf(draft, id);
        if (index < 0 || draft.Paragraphs[index].Part is null)
        {
            return Fail("This paragraph does not open a part.");
        }

        var earlier = draft.Paragraphs.Take(index).Any(p => p.Part is not null);
        var later = draft.Paragraphs.Skip(index + 1).FirstOrDefault(p => p.Part is not null);
        return earlier || later is null
            ? Ok(new SetPart(id, null))
            : Ok(OperationBatch.Of([new SetPart(id, later.Part), new SetPart(later.Id, null)]));
    }

    /// <summary>The part handed on to the paragraph after <paramref name="index"/>, or null when that one opens a part too or there is none.</summary>
    private static SetPart? HandOn(Draft draft, int index, DraftPart part) =>
        index + 1 < draft.Paragraphs.Count && draft.Paragraphs[index + 1].Part is null
            ? new SetPart(draft.Paragraphs[index + 1].Id, part)
            : null;

    private static string OnlyParagraph(Draft draft, int index) =>
        $"It is the only paragraph of part {PartLetters.Of(draft.Paragraphs)[draft.Paragraphs[index].Id]}: add another to the part, or remove the part, first.";

    private static int IndexOf(Draft draft, string id)
    {
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            if (draft.Paragraphs[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static DomainResult<DraftOperation> Ok(DraftOperation operation) => DomainResult<DraftOperation>.Ok(operation);

    private static DomainResult<DraftOperation> Fail(string error) => DomainResult<DraftOperation>.Fail(error);
}
