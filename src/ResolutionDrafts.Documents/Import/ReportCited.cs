using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// The report a committee line names and its paragraph (ADR 0034, amendment 4): "[on the report of the Fourth Committee
/// (A/75/414, para. 8)]" → A/75/414 and 8; "[根据第三委员会的报告(A/76/462/Add.2，第138段)]" → A/76/462/Add.2 and 138; "(A/75/382)"
/// → the symbol alone. The symbol is the first in the line's last parentheses; an L document there is the draft (a text adopted
/// without reference to a Main Committee: <see cref="OriginatingDraft"/>), not a report, and gives none.
/// </summary>
internal static partial class ReportCited
{
    /// <summary>The last parenthesised group of the line, before its closing bracket.</summary>
    [GeneratedRegex(@"[(（](?<inner>[^()（）]*)[)）]\s*[\]］]?\s*$")]
    private static partial Regex LastParentheses();

    [GeneratedRegex(@"(?<![A-Za-z0-9/.\-])[A-Z]{1,4}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"(?:\bparas?\.\s*|第)(?<n>\d+(?:[-–]\d+)?)")]
    private static partial Regex Paragraph();

    /// <summary>The report's symbol and paragraph the line prints; (null, null) when it names no report.</summary>
    public static (string? Symbol, string? Paragraph) In(string? committeeLine)
    {
        if (committeeLine is null || LastParentheses().Match(committeeLine.Trim()) is not { Success: true } group)
        {
            return (null, null);
        }

        var inner = group.Groups["inner"].Value;
        if (Symbol().Match(inner) is not { Success: true } symbol || symbol.Value.Contains("/L.", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var paragraph = Paragraph().Match(inner[(symbol.Index + symbol.Length)..]);
        return (symbol.Value.TrimEnd('.'), paragraph.Success ? paragraph.Groups["n"].Value : null);
    }
}
