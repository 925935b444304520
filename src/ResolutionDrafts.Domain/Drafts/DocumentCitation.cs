using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// What a delegate cites an adopted text by: a resolution by its symbol ("A/RES/76/117"); a decision as the UN cites
/// decisions, "decision" and its number ("decision 76/515", from A/DEC/76/515 or 76/515), else "decision" and its
/// symbol (ADR 0022). One rule for the agreed-language panel, the search page and a paragraph's margin note.
/// </summary>
public static partial class DocumentCitation
{
    /// <param name="symbol">The text's symbol or number.</param>
    /// <param name="decision">The text is a decision (its kind says so); a symbol with /DEC/ is one in any case.</param>
    public static string Of(string symbol, bool decision)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return IsDecision(symbol, decision) ? "decision " + (DecisionNumber().Match(symbol) is { Success: true } m ? m.Value : symbol) : symbol;
    }

    /// <summary>
    /// A paragraph of an adopted text as a delegate cites it: "A/RES/76/117, OP5"; a decision's text that is one
    /// unnumbered paragraph has no paragraph label and is cited by the decision alone ("decision 76/515").
    /// </summary>
    public static string Of(string symbol, bool decision, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = Of(symbol, decision);
        return label.Length == 0 ? text : $"{text}, {label}";
    }

    /// <summary>A decision by its kind or by its symbol ("A/DEC/76/515").</summary>
    public static bool IsDecision(string symbol, bool decision) =>
        decision || symbol.Contains("/DEC/", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\d{1,3}/\d{1,4}(?:\s*[A-Z](?:-[A-Z])?)?$")]
    private static partial Regex DecisionNumber();
}
