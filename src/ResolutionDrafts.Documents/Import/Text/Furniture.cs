using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>Lines that PDF extraction leaves behind from the page rather than the text.</summary>
internal static partial class Furniture
{
    /// <summary>
    /// A UN document symbol alone on a line: A/80/L.6, A/C.3/80/L.20/Rev.1, CAC/COSP/2017/L.3/Rev.1, S/2024/383;
    /// a resolution in parts with its letters after a space: A/RES/75/101 A-B, A/RES/75/254 A–C; a Security Council
    /// resolution with its year: S/RES/2719 (2023); a session in brackets, as a regional commission numbers its resolutions with
    /// its session in Roman figures (LC/SES.40/RES.773(XL)) and the IAEA's General Conference its documents (GC(69)/RES/8).
    /// </summary>
    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,9}(?:\.\d{1,3}|\(\d{1,3}\))?(?:/[A-Za-z0-9][A-Za-z0-9.\-]{0,20}(?:\([A-Z0-9\-]{1,8}\))?){1,8}(?: [A-H](?:[-–][A-H])?| ?\(\d{4}\))?$")]
    public static partial Regex Symbol();

    /// <summary>
    /// Job numbers and the first-page footer: "25-16107 (E)    101025", "25-16107", "V.17-08123 (C)"; a translation's with the
    /// original's date and its own, "25-20123 (C)    121225    151225".
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\*\d{5,}\*)?$")]
    private static partial Regex JobNumber();

    [GeneratedRegex(@"^\*\d{5,}\*$|^\d{6}$")]
    private static partial Regex Barcode();

    /// <summary>Page numbers "2/2", "3/8" and "- 3 -".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:https?://|ftp://|www\.)\S*$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:_{4,}|—{4,}|-{10,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:Please recycle\s*♲?|♲)$", RegexOptions.IgnoreCase)]
    private static partial Regex Recycle();

    /// <summary>A page number before or after the rest of a page's foot, set apart by spaces: "2/5 25-20123", "25-20123 3/5".</summary>
    [GeneratedRegex(@"^\d{1,3}\s*/\s*\d{1,3}\s+(?<rest>\S.*)$|^(?<rest>.*\S)\s+\d{1,3}\s*/\s*\d{1,3}$")]
    private static partial Regex PageNumberBeside();

    /// <summary>
    /// Job number, barcode, page number or recycling note: never part of the text. A layout-preserving copy prints a page's
    /// foot on one line, its page number and job number in two columns ("2/5          25-20123", "25-20123    3/5"): a page
    /// number beside a job number is one too.
    /// </summary>
    public static bool IsPageMark(string line) =>
        line.Length <= 60 && (IsOneMark(line) || PageNumberBeside().Match(line.Trim()) is { Success: true } m && JobNumber().IsMatch(m.Groups["rest"].Value));

    private static bool IsOneMark(string line) =>
        JobNumber().IsMatch(line) || Barcode().IsMatch(line) || PageNumber().IsMatch(line) || Recycle().IsMatch(line);

    public static bool IsUrl(string line) => Url().IsMatch(line);

    /// <summary>The rule above the footnotes of a page.</summary>
    public static bool IsRule(string line) => Rule().IsMatch(line);

    /// <summary>
    /// The World Health Organization's symbols, which have no "/": a World Health Assembly resolution WHA79.12 or
    /// decision WHA79(8), an Executive Board resolution EB158.R3 or decision EB158(4).
    /// </summary>
    [GeneratedRegex(@"^(?:WHA\d{1,3}(?:\.\d{1,3}|\(\d{1,3}\))|EB\d{1,3}(?:\.R\d{1,3}|\(\d{1,3}\)))$")]
    private static partial Regex WhoSymbol();

    /// <summary>
    /// What a WHO symbol says was adopted: "WHA79.12", "EB158.R3" a resolution, "WHA79(8)", "EB158(4)" a decision; null for
    /// any other symbol (a draft's "A79/A/CONF./3" among them) or none.
    /// </summary>
    public static Domain.Drafts.DocumentKind? WhoAdoptedKind(string? symbol) =>
        symbol is null || !WhoSymbol().IsMatch(symbol.Trim()) ? null
        : symbol.TrimEnd().EndsWith(')') ? Domain.Drafts.DocumentKind.AdoptedDecision : Domain.Drafts.DocumentKind.AdoptedResolution;

    public static bool IsSymbol(string line) =>
        line.Length <= 60 && (line.Contains('/', StringComparison.Ordinal) ? Symbol().IsMatch(line) : WhoSymbol().IsMatch(line));
}
