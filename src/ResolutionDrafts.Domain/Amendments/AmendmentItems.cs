using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Groups instructions into the numbered items of an amendment document, the way the issued
/// documents do: consecutive paragraph deletions make one item (A/C.3/80/L.65: "Delete the third
/// preambular paragraph and operative paragraph 2."); the word changes to one paragraph make one
/// item; and one word change repeated in consecutive paragraphs of one kind makes one item
/// (A/C.3/80/L.64: "In operative paragraphs 27 and 43, delete “sexual and reproductive”.").
/// </summary>
internal static class AmendmentItems
{
    public static IReadOnlyList<AmendmentItem> Group(IReadOnlyList<AmendmentInstruction> instructions)
    {
        var items = new List<AmendmentItem>();
        var i = 0;
        while (i < instructions.Count)
        {
            var first = instructions[i];
            var end = i + 1;
            if (first.Kind == AmendmentKind.DeleteParagraph)
            {
                while (end < instructions.Count && instructions[end].Kind == AmendmentKind.DeleteParagraph)
                {
                    end++;
                }
            }
            else if (first.Kind == AmendmentKind.DeleteQuotedLine)
            {
                // Lines of one quotation deleted together: "… delete the lines “…” and “…”" (ADR 0028).
                while (end < instructions.Count && instructions[end].Kind == AmendmentKind.DeleteQuotedLine
                    && instructions[end].Target! with { Id = "", QuotedLine = null, NamesLine = false } == first.Target! with { Id = "", QuotedLine = null, NamesLine = false })
                {
                    end++;
                }
            }
            else if (first is { Kind: AmendmentKind.MoveParagraph, Placement: { Edge: not PlacementEdge.None } edge })
            {
                // One edge moved by several paragraphs: each step names the paragraph the one before it stepped
                // ("Move the first and second preambular paragraphs of resolution B to the end of resolution A.").
                while (end < instructions.Count && instructions[end] is { Kind: AmendmentKind.MoveParagraph, Placement: { } next }
                    && next.Edge == edge.Edge && next.Kind == edge.Kind && next.Reference?.Id == instructions[end - 1].Target!.Id)
                {
                    end++;
                }
            }
            else if (IsJoinToPartBefore(first))
            {
                // Parts after one another joined to the part before the first of them: one join, "Join resolutions B
                // and C to resolution A" (ADR 0016 amendment 14), not C joined to a B that the same amendment ends.
                while (end < instructions.Count && IsJoinToPartBefore(instructions[end])
                    && PartLetters.Before(instructions[end].Target!.Part!) == instructions[end - 1].Target!.Part)
                {
                    end++;
                }
            }
            else if (first.IsWordEdit)
            {
                while (end < instructions.Count && instructions[end].IsWordEdit && instructions[end].Target?.Id == first.Target?.Id)
                {
                    end++;
                }

                // One change repeated in the following paragraphs, each changed only by it.
                if (end == i + 1)
                {
                    while (end < instructions.Count && IsAlone(instructions, end) && SameChange(first, instructions[end]))
                    {
                        end++;
                    }
                }
            }

            items.Add(new AmendmentItem(instructions.Skip(i).Take(end - i).ToList()));
            i = end;
        }

        return items;
    }

    /// <summary>A part ended by joining it to the part before it (not part A joined to the part after it).</summary>
    internal static bool IsJoinToPartBefore(AmendmentInstruction i) =>
        i is { Kind: AmendmentKind.EndPart, Placement: null, Target.Part: { } letter } && PartLetters.Before(letter) is not null;

    /// <summary>A word change that is the only one in its paragraph.</summary>
    private static bool IsAlone(IReadOnlyList<AmendmentInstruction> instructions, int at)
    {
        var id = instructions[at].Target?.Id;
        return instructions[at].IsWordEdit
            && (at + 1 >= instructions.Count || !instructions[at + 1].IsWordEdit || instructions[at + 1].Target?.Id != id);
    }

    /// <summary>Worded the same apart from the paragraph: same kind of change, same quoted words, same kind of paragraph.</summary>
    private static bool SameChange(AmendmentInstruction a, AmendmentInstruction b) =>
        a.Kind == b.Kind
        && a.Target is { IsSubParagraph: false } ta
        && b.Target is { IsSubParagraph: false } tb
        && ta.Kind == tb.Kind
        && ta.Id != tb.Id
        && a.Anchor == b.Anchor
        && a.Occurrence == b.Occurrence
        && Same(a.AnchorText, b.AnchorText)
        && Same(a.OldText, b.OldText)
        && Same(a.NewText, b.NewText);

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal);
}
