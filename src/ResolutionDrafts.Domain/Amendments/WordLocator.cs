namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Finds the place a word-level instruction names in the original paragraph text, from what its
/// wording quotes: the old words, or the anchor words, and which occurrence. Used by the applier
/// and, as a check, by the builder.
/// </summary>
internal static class WordLocator
{
    /// <summary>The start of <see cref="AmendmentInstruction.OldText"/> in <paramref name="text"/>, or an error.</summary>
    public static (int Start, string? Error) Locate(string text, AmendmentInstruction instruction)
    {
        var old = instruction.OldText ?? "";
        switch (instruction.Anchor)
        {
            case WordAnchor.AtStart:
                return text.StartsWith(old, StringComparison.Ordinal) ? (0, null) : (-1, $"the paragraph does not begin with {Quoting.Quote(old)}");
            case WordAnchor.AtEnd:
                return text.EndsWith(old, StringComparison.Ordinal) ? (text.Length - old.Length, null) : (-1, $"the paragraph does not end with {Quoting.Quote(old)}");
            case WordAnchor.None:
            {
                var (at, error) = Occurrence(text, old, instruction.Occurrence);
                return error is null && Holds(text, at, old) ? (at, null) : (-1, error ?? $"{Quoting.Quote(old)} is not there as quoted");
            }

            default:
            {
                var context = instruction.AnchorText;
                var (at, error) = Occurrence(text, context, instruction.Occurrence);
                if (error is not null || !Holds(text, at, context))
                {
                    return (-1, error ?? $"{Quoting.Quote(context)} is not there as quoted");
                }

                var start = instruction.Anchor == WordAnchor.AfterWords ? at + context.Length : at - old.Length;
                return start >= 0 && Holds(text, start, old) ? (start, null) : (-1, $"{Quoting.Quote(old)} is not {(instruction.Anchor == WordAnchor.AfterWords ? "after" : "before")} {Quoting.Quote(context)}");
            }
        }
    }

    /// <summary>
    /// Where <paramref name="exact"/> starts, found by its words (it trimmed): the only
    /// occurrence, or the <paramref name="occurrence"/>th.
    /// </summary>
    public static (int Start, string? Error) Occurrence(string text, string exact, int? occurrence)
    {
        var key = exact.Trim();
        if (key.Length == 0)
        {
            return (-1, "no words are quoted");
        }

        // Counted as a reader counts them, in the text as it reads (ADR 0023).
        var matches = TextMatches.FindAsRead(text, key);
        var lead = exact.Length - exact.TrimStart().Length;
        if (occurrence is null)
        {
            return matches.Count switch
            {
                1 => (matches[0] - lead, null),
                0 => (-1, $"{Quoting.Quote(key)} is not in the paragraph"),
                _ => (-1, $"{Quoting.Quote(key)} occurs {matches.Count} times in the paragraph"),
            };
        }

        return occurrence >= 1 && occurrence <= matches.Count
            ? (matches[occurrence.Value - 1] - lead, null)
            : (-1, $"{Quoting.Quote(key)} does not occur {occurrence} times in the paragraph");
    }

    private static bool Holds(string text, int at, string exact) =>
        at >= 0 && at + exact.Length <= text.Length && string.CompareOrdinal(text, at, exact, 0, exact.Length) == 0;
}
