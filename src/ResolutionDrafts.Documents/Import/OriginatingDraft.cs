using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// The symbol of the draft an adopted text was adopted from, where a printed page gives it (ADR 0034, amendment 2): the
/// committee line of a resolution adopted without reference to a Main Committee names its draft, an L document ("[without
/// reference to a Main Committee (A/80/L.6)]", "[未经发交主要委员会而通过 (A/75/L.20和A/75/L.20/Add.1)]"); one adopted on a
/// committee's report names the report (A/75/414), not the draft, so gives none.
/// </summary>
internal static partial class OriginatingDraft
{
    /// <summary>An L document's symbol: "A/80/L.6", "A/C.3/75/L.51/Rev.1", "A/ES-11/L.1"; its addendum ("/Add.1") is not the draft.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9/.\-])[A-Z]{1,4}(?:/[A-Z0-9][A-Z0-9.\-]*)*/L\.\d+(?:/Rev\.\d+)?(?![A-Za-z0-9])")]
    private static partial Regex LSymbol();

    /// <summary>The draft's symbol in a committee line, or null.</summary>
    public static string? In(string? committeeLine) =>
        committeeLine is not null && LSymbol().Match(committeeLine) is { Success: true } m ? m.Value : null;
}
