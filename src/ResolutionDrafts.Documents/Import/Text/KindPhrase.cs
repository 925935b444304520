using System.Globalization;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// The end of a sponsors line: "…: draft resolution", "…: revised draft resolution",
/// "…: amendment to revised draft resolution A/C.3/80/L.20/Rev.1", "…：决议修订草案".
/// </summary>
internal static partial class KindPhrase
{
    [GeneratedRegex(@"^(?<names>.*?)\s*[:：]\s*(?<stars>\**)\s*(?:(?<rev>revised\s+)?draft\s+(?<what>resolution|decision)|(?<amend>amendments?)\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)\s*(?<target>[A-Z][A-Za-z0-9./\-]*[A-Za-z0-9])?)\s*\**$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex English();

    [GeneratedRegex(@"^(?<names>.*?)\s*[:：]\s*(?<stars>\**)\s*(?:(?<what>决议|决定)(?<rev>修订)?草案|(?<amend>对)(?:决议|决定)(?:修订)?草案\s*(?<target>[A-Za-z0-9./\-]+)?\s*的修正案?)\s*\**$", RegexOptions.Singleline)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?<rev>revised\s+)?draft\s+(?<what>resolution|decision)\s+submitted\s+by\s+(?<by>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SubmittedBy();

    /// <summary>
    /// The World Health Assembly's sponsors line, the kind first: "Draft resolution proposed by Brazil, Ghana and Thailand",
    /// "由巴西、加纳和泰国提出的决议草案" (ADR 0036, amendment 3).
    /// </summary>
    [GeneratedRegex(@"^(?<rev>revised\s+)?draft\s+(?<what>resolution|decision)\s+proposed\s+by\s+(?<names>.+?)\.?$|^由(?<names>[^：:]{2,2000}?)提出的\s*(?<what>决议|决定)(?<rev>修订)?草案$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ProposedBy();

    /// <summary>"委员会主席经非正式协商后提交的决议草案": the Chinese form of a text submitted by a Chair or a President.</summary>
    [GeneratedRegex(@"^(?<names>)(?<by>[^：:、，,]{2,120}?)提交的\s*(?<what>决议|决定)(?<rev>修订)?草案$")]
    private static partial Regex ChineseSubmittedBy();

    /// <summary>A workflow step's "by" that says how a text came, not which States sponsor it.</summary>
    [GeneratedRegex(@"^(?:submitted\s+by\s+(?<by>.+)|(?:introduced|presented|proposed)\s+(?:in\s+the\s+\w+\s+)?by\s+.+|on\s+the\s+(?:basis|recommendation)\s+of\s+.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HowSubmitted();

    /// <summary>
    /// A workflow step's "by" that is no list of States: "submitted by the Chair of the Committee following informal
    /// consultations", "introduced in the Committee by the representative of Austria on behalf of the Bureau", "on the
    /// basis of the report of the Credentials Committee". Null for a list of States; else who submitted the text
    /// ("the Chair of the Committee following informal consultations"), or "" when the phrase names nobody to print so.
    /// </summary>
    public static string? Submitter(string? by)
    {
        var m = HowSubmitted().Match(by?.Trim() ?? "");
        return !m.Success ? null : m.Groups["by"].Success ? m.Groups["by"].Value.Trim().TrimEnd('.') : "";
    }

    /// <summary>
    /// The kind alone on its line, a heading of its own, as a text put forward by no State prints it above its title: "Draft
    /// resolution", "Revised draft resolution", "Draft decision" / "决议草案", "决议修订草案", "决定草案" (a WHO draft with no sponsors,
    /// a Chair's text). The whole line and nothing else, so a title that begins with these words ("Draft resolutions submitted to
    /// …", "决议草案的审议程序") is no heading.
    /// </summary>
    [GeneratedRegex(@"^(?<names>)(?<rev>revised\s+)?draft\s+(?<what>resolution|decision)\s*\**$|^(?<names>)(?<what>决议|决定)(?<rev>修订)?草案\s*\**$", RegexOptions.IgnoreCase)]
    private static partial Regex KindHeading();

    [GeneratedRegex(@"/Rev\.(?<n>\d{1,2})\b")]
    private static partial Regex RevisionInSymbol();

    /// <summary>The line's match when it ends a sponsors line, else null.</summary>
    public static Match? Match(string line, bool chinese)
    {
        if (line.Length > 4000)
        {
            return null;
        }

        var m = chinese ? Chinese().Match(line) : English().Match(line);
        if (m.Success)
        {
            return m;
        }

        var by = chinese ? ChineseSubmittedBy().Match(line.Trim()) : SubmittedBy().Match(line);
        if (by.Success)
        {
            return by;
        }

        var proposed = ProposedBy().Match(line.Trim());
        if (proposed.Success)
        {
            return proposed;
        }

        var heading = KindHeading().Match(line.Trim());
        return heading.Success ? heading : null;
    }

    public static DocumentKind KindOf(Match match)
    {
        if (match.Groups["amend"].Success)
        {
            return DocumentKind.Amendment;
        }

        var kind = IsDecision(match) ? DocumentKind.DraftDecision : DocumentKind.DraftResolution;
        return match.Groups["rev"].Success ? kind.Revised() : kind;
    }

    /// <summary>The line names a draft decision (决定草案), not a draft resolution.</summary>
    public static bool IsDecision(Match match) =>
        match.Groups["what"].Value.Equals("decision", StringComparison.OrdinalIgnoreCase) || match.Groups["what"].Value == "决定";

    public static int? RevisionOf(string? symbol)
    {
        var m = symbol is null ? null : RevisionInSymbol().Match(symbol);
        return m is { Success: true } ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }
}
