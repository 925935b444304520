using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A text of the World Health Assembly (or of WHO's Executive Board): known by its symbol (adopted "WHA79.12", "WHA79(8)",
/// "EB158.R3"; a document of the Assembly or the Board "A79/A/CONF./3", "EB158/CONF./4" — the UN's are "A/79/…"), its body,
/// or its author line ("The Seventy-ninth World Health Assembly,", "第七十九届世界卫生大会，"). Its preambular
/// paragraphs end with ";" (the Assembly's own rule), not the UN's "," (issue 16).
/// </summary>
public static partial class WorldHealthAssembly
{
    [GeneratedRegex(@"^(WHA\d+[.(]|EB\d+[.(/]|A\d+/)")]
    private static partial Regex Symbol();

    public static bool Is(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return (draft.Metadata.Symbol is { } symbol && Symbol().IsMatch(symbol.Trim()))
               || Names(draft.Metadata.Body) || Names(draft.AuthorLine);
    }

    /// <summary>A symbol of WHO's ("WHA79.12", "EB158/CONF./4", "A79/A/CONF./3"); the UN's are "A/79/…".</summary>
    public static bool IsSymbol(string? symbol) => symbol is not null && Symbol().IsMatch(symbol.Trim());

    private static bool Names(string? text) =>
        text is not null && (text.Contains("World Health Assembly", StringComparison.OrdinalIgnoreCase) || text.Contains("世界卫生大会", StringComparison.Ordinal)
            || text.Contains("Executive Board of the World Health Organization", StringComparison.OrdinalIgnoreCase));
}
