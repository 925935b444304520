namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Whether an English line begins like a preambular paragraph: with a participle ("Recalling",
/// "Deeply concerned", "Having considered") or one of the adjectives the UN opens them with.
/// Used only where a page break hides whether a new paragraph starts.
/// </summary>
internal static class OpeningWord
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Mindful", "Aware", "Conscious", "Desirous", "Cognizant", "Deeply", "Gravely", "Seriously", "Further", "Also",
        "Firmly", "Fully", "Strongly", "Profoundly", "Keenly", "Bearing", "Taking", "Having", "Noting", "Convinced",
        "Alarmed", "Appreciative", "Grateful", "Confident", "Resolved", "Bearing", "Guided", "Acting", "Reaffirming",
    };

    public static bool Looks(string line)
    {
        var end = 0;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        if (end < 4 || !char.IsUpper(line[0]))
        {
            return false;
        }

        var word = line[..end];
        return Words.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal);
    }
}
