using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// Where a paragraph's wording was taken from: a paragraph of an adopted resolution or decision ("agreed
/// language: A/RES/76/12, OP5"), with that paragraph's text as it was adopted, so the draft can tell
/// when its own text has drifted from the source and show how (<see cref="Differences"/>). Set when a
/// precedent is inserted (docs/decisions/0011-agreed-language-provenance.md), kept in the draft JSON,
/// revisions, comparison and the AKN export; the source text is never changed by editing.
/// </summary>
/// <param name="Symbol">The resolution's symbol, "A/RES/76/12".</param>
/// <param name="Label">The paragraph's label in that resolution, "OP5" or "OP5 (b)"; empty for a decision's text that is one unnumbered paragraph.</param>
/// <param name="Text">The source paragraph's text as adopted.</param>
/// <param name="Year">The year of adoption, when known ("2021").</param>
/// <param name="Language">The source's language, "en" or "zh".</param>
/// <param name="Decision">The source is an adopted decision, cited "decision 76/515" (ADR 0022).</param>
public sealed record AgreedLanguage(string Symbol, string Label, string Text, string? Year = null, string? Language = null, bool Decision = false)
{
    /// <summary>
    /// The paragraph's label in its resolution as a text in its <see cref="Language"/> labels it: a Chinese source's second
    /// level is ㈠, ㈡ ("OP9 (a) ㈠"), also when it was taken from a corpus imported before labels said so, or kept so in a
    /// draft (ADR 0016 amendment 12); the margin, comparisons and the AKN export all show this one.
    /// </summary>
    public string Label { get; init; } = Numbering.ParagraphLabels.InLanguage(Label ?? "", Language);

    /// <summary>Why this cannot be a paragraph's source, or null: the one-line fields as any short field, the text as a paragraph's.</summary>
    public string? Problem() =>
        (string.IsNullOrWhiteSpace(Symbol) ? "The source's symbol is missing." : null)
        ?? (string.IsNullOrWhiteSpace(Label) && !DocumentCitation.IsDecision(Symbol, Decision) ? "The source's paragraph label is missing." : null)
        ?? ShortText.Problem(Symbol, "The source's symbol")
        ?? (Label.Length == 0 ? null : ShortText.Problem(Label, "The source's paragraph label"))
        ?? ShortText.Problem(Year, "The source's year")
        ?? ShortText.Problem(Language, "The source's language")
        ?? (string.IsNullOrWhiteSpace(Text) ? "The source's text is missing."
            : Text.Length > DraftLimits.MaxTextLength ? $"The source's text can have at most {DraftLimits.MaxTextLength:N0} characters."
            : null);

    /// <summary>"A/RES/76/12, OP5", "decision 76/515" (a decision's one unnumbered paragraph has no label): what a delegate cites.</summary>
    public string Citation => DocumentCitation.Of(Symbol, Decision, Label);

    /// <summary>
    /// Whether <paramref name="text"/> still is the source's wording: the same characters, runs of
    /// white space aside (a paragraph's ends are trimmed and a typist may double a space).
    /// </summary>
    public bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Normalize(text) == Normalize(Text);
    }

    /// <summary>How <paramref name="text"/> differs from the source: the comparison's segments, the source as old.</summary>
    public IReadOnlyList<TextSegment> Differences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextDiffer.Diff(Text, text);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
