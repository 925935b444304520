using System.Text;
using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Characters changed by an instruction: what the comparison's diff marks as deleted or inserted,
/// counted in code points so a Chinese character or an emoji counts once.
/// </summary>
internal static class EditDistance
{
    public static int Of(AmendmentInstruction instruction) => instruction.Kind switch
    {
        AmendmentKind.InsertParagraph or AmendmentKind.DeleteParagraph =>
            instruction.Content.Sum(c => c.Texts().Sum(CodePoints) + Headings(c)),
        AmendmentKind.MoveParagraph => 0,
        _ => Changed(instruction.OldText ?? "", instruction.NewText ?? ""),
    };

    private static int Changed(string oldText, string newText) =>
        TextDiffer.Diff(oldText, newText).Where(s => s.Operation != DiffOperation.Equal).Sum(s => CodePoints(s.Text));

    private static int Headings(ParagraphContent content) => CodePoints(content.Heading ?? "");

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
