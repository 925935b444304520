using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// What a Security Council text is and prints: its symbol "S/RES/2799 (2026)", its heading "Resolution 2799 (2026)" /
/// "第2799(2026)号决议" in place of a title (a Security Council resolution has none), then its adoption line.
/// </summary>
public static partial class SecurityCouncil
{
    [GeneratedRegex(@"^S/RES/(?<n>\d{1,5})\s*\((?<y>\d{4})\)$")]
    private static partial Regex ResolutionSymbol();

    /// <summary>A text of the Security Council: its masthead names the Council, or its symbol is the Council's (S/…).</summary>
    public static bool Is(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = draft.Metadata.Body?.Trim();
        return body is "Security Council" or "安全理事会" or "安理会"
               || (draft.Metadata.Symbol?.Trim().StartsWith("S/", StringComparison.Ordinal) ?? false);
    }

    /// <summary>"Resolution 2799 (2026)" / "第2799(2026)号决议" from the symbol "S/RES/2799 (2026)", or null for any other symbol.</summary>
    public static string? ResolutionHeading(string? symbol, bool chinese)
    {
        if (symbol is null || ResolutionSymbol().Match(symbol.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var (number, year) = (m.Groups["n"].Value, m.Groups["y"].Value);
        return chinese ? $"第{number}({year})号决议" : $"Resolution {number} ({year})";
    }
}
