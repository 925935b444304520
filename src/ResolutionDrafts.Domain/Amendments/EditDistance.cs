namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Characters changed by an instruction: deleted plus inserted, counted in code points so a
/// Chinese character or an emoji counts once.
/// </summary>
internal static class EditDistance
{
    public static int Of(AmendmentInstruction instruction) => instruction.Kind switch
    {
        AmendmentKind.InsertParagraph or AmendmentKind.DeleteParagraph or AmendmentKind.InsertQuotedLines =>
            instruction.Content.Sum(c => c.Texts().Sum(CodePoints) + Headings(c)),
        AmendmentKind.MoveParagraph or AmendmentKind.MoveQuotedLine => 0,
        _ => Changed(instruction.OldText ?? "", instruction.NewText ?? ""),
    };

    /// <summary>
    /// What is left of each text once their common beginning and end are set aside: "report" to
    /// "reports" changes one character, where the word diff would count both words.
    /// </summary>
    private static int Changed(string oldText, string newText)
    {
        var prefix = oldText.AsSpan().CommonPrefixLength(newText);
        var suffix = 0;
        while (suffix < oldText.Length - prefix && suffix < newText.Length - prefix && oldText[^(suffix + 1)] == newText[^(suffix + 1)])
        {
            suffix++;
        }

        return CodePoints(oldText[prefix..^suffix]) + CodePoints(newText[prefix..^suffix]);
    }

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
