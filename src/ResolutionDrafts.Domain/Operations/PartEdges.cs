using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The changes a person makes at the edge of a part, or of a section numbered from 1 again, as batches
/// of the plain operations (ADR 0016, amendments 3 and 4). A part or a section is opened by its first
/// paragraph (<see cref="Paragraph.Part"/>, <see cref="Paragraph.OpensSection"/>: together the paragraph's
/// <em>edge</em>), so an insert or a move there must say which side of the edge it means: a paragraph put
/// <em>before</em> an opening paragraph goes at the head of that part or section (it opens it instead);
/// an opening paragraph moved away leaves its part or section where it was, opened by the paragraph after
/// it. Built only of <see cref="InsertParagraph"/>, <see cref="MoveParagraph"/>, <see cref="SetPart"/> and
/// <see cref="SetSection"/>, whose transforms converge, so the batches converge under concurrent typing
/// too. Pure.
/// </summary>
public static class PartEdges
{
    /// <summary>
    /// <paramref name="insert"/> read as "before the paragraph now at its index": when that
    /// paragraph opens a part or a section, the new one opens it instead and so heads it.
    /// </summary>
    public static DraftOperation InsertBefore(Draft draft, InsertParagraph insert)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(insert);
        return insert.Index < draft.Paragraphs.Count && Edge.Of(draft.Paragraphs[insert.Index]) is { Any: true } edge
            ? OperationBatch.Of([insert, .. Hand(edge, draft.Paragraphs[insert.Index].Id, insert.Id, insert.Heading is not null)])
            : insert;
    }

    /// <summary>
    /// Moves a top-level paragraph to <paramref name="toIndex"/> (its index once moved); the part or
    /// section it opened, if any, stays where it was and the paragraph after it opens it; moved to the
    /// very start, it heads the first part (and section). A part's or section's only paragraph cannot
    /// leave it: it would be left empty. Sub-paragraphs move as before.
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
        var headed = draft.Paragraphs[from].Heading is not null;
        if (Edge.Of(draft.Paragraphs[from]) is { Any: true })
        {
            if (HandOn(draft, from) is not { } handOn)
            {
                return Fail(OnlyParagraph(draft, from));
            }

            operations.AddRange(handOn);
            headed = handOn.OfType<SetHeading>().Any() ? false : headed;
        }

        operations.Add(move.Value);
        if (toIndex == 0 && Edge.Of(draft.Paragraphs[0]) is { Any: true } first)
        {
            // Nothing is before the start: a paragraph moved there heads the first part or section.
            operations.AddRange(Hand(first, draft.Paragraphs[0].Id, id, headed));
        }

        return Ok(OperationBatch.Of(operations));
    }

    /// <summary>
    /// The page's ↑ and ↓ on a top-level paragraph. At the edge of a part or a section the paragraph
    /// first steps across the edge without changing places: ↑ on its first paragraph makes it the last
    /// of the part or section before, ↓ on its last paragraph makes it the first of the one after.
    /// Inside, ↑ onto the first place takes over the opening; ↓ from it leaves the part or section where
    /// it is.
    /// </summary>
    public static DomainResult<DraftOperation> MoveBy(Draft draft, string id, int delta)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = IndexOf(draft, id);
        if (delta is not (-1 or 1) || index < 0)
        {
            // Several places at once (the API's "move by n"), or a sub-paragraph (parts and sections do not
            // reach there): moved there as Move moves, the parts and sections staying put.
            return MoveAmongSiblings(draft, id, delta);
        }

        var to = index + delta;
        if (to < 0 || to >= draft.Paragraphs.Count)
        {
            return Fail(to < 0 ? "It is already the first." : "It is already the last.");
        }

        var paragraph = draft.Paragraphs[index];
        var neighbour = draft.Paragraphs[to];
        var own = Edge.Of(paragraph);
        var next = Edge.Of(neighbour);
        if (delta < 0 && own.Any)
        {
            // Step back across the edge: the paragraph after it opens the part or section now.
            return HandOn(draft, index) is { } handOn
                ? Ok(OperationBatch.Of(handOn))
                : Fail(OnlyParagraph(draft, index));
        }

        if (delta > 0 && next.Any)
        {
            // Step forward across the edge: this paragraph opens the next part or section. It may open
            // a part whose first section the next paragraph opens (its preamble is then left empty),
            // but not be the only paragraph of a section or of a part.
            return own.Section || (own.Part is not null && next.Part is not null)
                ? Fail(OnlyParagraph(draft, index))
                : Ok(OperationBatch.Of(Hand(next, neighbour.Id, id, paragraph.Heading is not null)));
        }

        var swap = new MoveParagraph(id, null, index, to);
        if (delta < 0 && next.Any)
        {
            // Up to the first place of a part or section: it opens it.
            return Ok(OperationBatch.Of([swap, .. Hand(next, neighbour.Id, id, paragraph.Heading is not null)]));
        }

        return own.Any
            ? Ok(OperationBatch.Of([.. Hand(own, id, neighbour.Id, neighbour.Heading is not null), swap]))
            : Ok(swap);
    }

    private static DomainResult<DraftOperation> MoveAmongSiblings(Draft draft, string id, int delta)
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
    /// Opens a section numbered from 1 again at a top-level paragraph (<paramref name="opens"/>), or
    /// closes the section it opens, whose paragraphs then join the section before (or the part's own
    /// paragraphs before its first section).
    /// </summary>
    public static DomainResult<DraftOperation> Section(Draft draft, string id, bool opens)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = IndexOf(draft, id);
        return index < 0 ? Fail("A section starts at a paragraph, not a sub-paragraph.")
            : draft.Paragraphs[index].OpensSection == opens
                ? Fail(opens ? "This paragraph already opens a section." : "This paragraph does not open a section.")
            : Ok(new SetSection(id, opens));
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
    /// draft's first paragraph. A draft left with one part is a plain resolution again (<see cref="JoinedInto"/>).
    /// </summary>
    public static DomainResult<DraftOperation> Remove(Draft draft, string id)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = IndexOf(draft, id);
        if (index < 0 || draft.Paragraphs[index].Part is null)
        {
            return Fail("This paragraph does not open a part.");
        }

        var earlier = draft.Paragraphs.Take(index).LastOrDefault(p => p.Part is not null);
        var later = draft.Paragraphs.Skip(index + 1).FirstOrDefault(p => p.Part is not null);
        return earlier is not null || later is null
            ? Ok(JoinedInto(draft, id, earlier))
            : Ok(JoinedInto(draft, id, later));
    }

    /// <summary>
    /// The part <paramref name="id"/> opens joined to the part <paramref name="into"/> opens (the one before it, or
    /// the one after it, which then opens at <paramref name="id"/>). When that leaves one part, the draft is a plain
    /// resolution again, as the UN prints a text of one part: no letter and no part heading; the part's title and
    /// author line, where it has them, become the resolution's (ADR 0016, amendment 8).
    /// </summary>
    internal static DraftOperation JoinedInto(Draft draft, string id, Paragraph? into)
    {
        var openers = draft.Paragraphs.Count(p => p.Part is not null);
        var after = into is not null && IndexOf(draft, into.Id) > IndexOf(draft, id);
        if (openers > 2 || (into is null && openers > 1))
        {
            return after
                ? OperationBatch.Of([new SetPart(id, into!.Part), new SetPart(into.Id, null)])
                : new SetPart(id, null);
        }

        // A part left alone (two people each ended another part at once, each seeing them all) removed: it gives the
        // resolution its title and author line as the join that left it alone would have (ADR 0016 amendment 14).
        var part = into?.Part ?? draft.Paragraphs[IndexOf(draft, id)].Part!;
        var operations = new List<DraftOperation> { new SetPart(id, null) };
        if (into is not null)
        {
            operations.Add(new SetPart(into.Id, null));
        }

        if (part.Title.Length > 0 && part.Title != draft.Title)
        {
            operations.Add(new SetTitle(part.Title));
        }

        if (part.AuthorLine.Length > 0 && part.AuthorLine != draft.AuthorLine)
        {
            operations.Add(new SetAuthorLine(part.AuthorLine));
        }

        return OperationBatch.Of(operations);
    }

    /// <summary>
    /// What the paragraph at <paramref name="index"/> opens, handed on to the paragraph after it when it
    /// leaves its place (deleted or moved), so the part and section stay where they are; each is handed
    /// on only where it fits (not a part to a paragraph that opens one, nor a section to one that opens
    /// a part or a section).
    /// </summary>
    public static IReadOnlyList<DraftOperation> HandOnWhatFits(Draft draft, int index)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var own = Edge.Of(draft.Paragraphs[index]);
        if (!own.Any || index + 1 >= draft.Paragraphs.Count)
        {
            return [];
        }

        var next = draft.Paragraphs[index + 1];
        var section = own.Section && !Edge.Of(next).Any;
        return new Edge(next.Part is null ? own.Part : null, section, section ? own.Heading : null).Give(next.Id, next.Heading is not null);
    }

    /// <summary>
    /// Everything the paragraph at <paramref name="index"/> opens, handed on to the one after it; null when
    /// some of it does not fit (it is the only paragraph of its part or section).
    /// </summary>
    private static IReadOnlyList<DraftOperation>? HandOn(Draft draft, int index)
    {
        var own = Edge.Of(draft.Paragraphs[index]);
        if (index + 1 >= draft.Paragraphs.Count)
        {
            return null;
        }

        var after = draft.Paragraphs[index + 1];
        var next = Edge.Of(after);
        return (own.Part is not null && next.Part is not null) || (own.Section && next.Any)
            ? null
            : Hand(own, draft.Paragraphs[index].Id, after.Id, after.Heading is not null);
    }

    /// <summary>
    /// <paramref name="edge"/> moved from paragraph <paramref name="fromId"/> to <paramref name="toId"/>. A
    /// section's heading goes with it unless the receiving paragraph has a heading of its own
    /// (<paramref name="toHeaded"/>): then that one names the section and the old one stays where it was,
    /// so no words are lost.
    /// </summary>
    private static IReadOnlyList<DraftOperation> Hand(Edge edge, string fromId, string toId, bool toHeaded) =>
        [.. edge.Give(toId, toHeaded), .. edge.Clear(fromId, headingHanded: !toHeaded)];

    private static string OnlyParagraph(Draft draft, int index)
    {
        var paragraph = draft.Paragraphs[index];
        var next = index + 1 < draft.Paragraphs.Count ? Edge.Of(draft.Paragraphs[index + 1]) : new Edge(null, false, null);
        if (paragraph.OpensSection && (next.Any || index + 1 == draft.Paragraphs.Count))
        {
            var section = ParagraphLabels.Compute(draft)[paragraph.Id].Section;
            return $"It is the only paragraph of section {section}: add another to the section, or close the section, first.";
        }

        return $"It is the only paragraph of part {PartLetters.Of(draft.Paragraphs)[paragraph.Id]}: add another to the part, or remove the part, first.";
    }

    /// <summary>
    /// What a paragraph opens: a part (with its title and author line), a section (with the heading it
    /// is named by and printed under, which goes where the section's opening goes), both or neither.
    /// </summary>
    private readonly record struct Edge(DraftPart? Part, bool Section, string? Heading)
    {
        public bool Any => Part is not null || Section;

        public static Edge Of(Paragraph paragraph) =>
            new(paragraph.Part, paragraph.OpensSection, paragraph.OpensSection ? paragraph.Heading : null);

        /// <summary>
        /// The operations that make <paramref name="id"/> open what this edge opens (leaving whatever else
        /// it opens); the section's heading goes too unless the paragraph has one of its own
        /// (<paramref name="headed"/>), which then names the section.
        /// </summary>
        public IReadOnlyList<DraftOperation> Give(string id, bool headed)
        {
            var operations = new List<DraftOperation>(3);
            if (Part is not null)
            {
                operations.Add(new SetPart(id, Part));
            }

            if (Section)
            {
                operations.Add(new SetSection(id, true));
            }

            if (Heading is not null && !headed)
            {
                operations.Add(new SetHeading(id, Heading));
            }

            return operations;
        }

        /// <summary>The operations that make <paramref name="id"/> no longer open what this edge opens; its heading goes only where it was handed on (<paramref name="headingHanded"/>).</summary>
        public IReadOnlyList<DraftOperation> Clear(string id, bool headingHanded)
        {
            var operations = new List<DraftOperation>(3);
            if (Part is not null)
            {
                operations.Add(new SetPart(id, null));
            }

            if (Section)
            {
                operations.Add(new SetSection(id, false));
            }

            if (Heading is not null && headingHanded)
            {
                operations.Add(new SetHeading(id, null));
            }

            return operations;
        }
    }

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
