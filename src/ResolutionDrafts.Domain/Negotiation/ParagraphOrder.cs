using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// Where instructions fall in a text: the top-level paragraph each one is about, by its index
/// in the text. A change to a sub-paragraph is about its paragraph; a new paragraph is about the
/// paragraph it is placed after or before (the first or the last, at the start or the end).
/// </summary>
public sealed class ParagraphOrder
{
    private readonly Dictionary<string, int> topIndex = new(StringComparer.Ordinal);

    public ParagraphOrder(Draft text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        for (var k = 0; k < text.Paragraphs.Count; k++)
        {
            var paragraph = text.Paragraphs[k];
            topIndex[paragraph.Id] = k;
            foreach (var sub in paragraph.Descendants())
            {
                topIndex[sub.Id] = k;
            }
        }
    }

    public Draft Text { get; }

    /// <summary>The index of the top-level paragraph holding the paragraph or sub-paragraph with this id; null when the text has none.</summary>
    public int? IndexOf(string? id) => id is not null && topIndex.TryGetValue(id, out var k) ? k : null;

    /// <summary>The index of the top-level paragraph the instruction is about; null when it names no paragraph of the text.</summary>
    public int? IndexOf(AmendmentInstruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        if (instruction.Target is { } target)
        {
            return IndexOf(target.Id);
        }

        if (instruction.Placement is not { } placement)
        {
            return null;
        }

        if (placement.Reference is { } reference)
        {
            return IndexOf(reference.Id);
        }

        if (instruction.Parent is { } parent)
        {
            return IndexOf(parent.Id);
        }

        if (Text.Paragraphs.Count == 0)
        {
            return null;
        }

        return placement.Kind == PlacementKind.AtStart ? 0 : Text.Paragraphs.Count - 1;
    }

    /// <summary>The first paragraph, in text order, that any of the instructions is about.</summary>
    public int? FirstIndexOf(IEnumerable<AmendmentInstruction> instructions) =>
        instructions.Select(IndexOf).Where(k => k is not null).Min();
}
