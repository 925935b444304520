using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Revisions;

/// <summary>
/// Document symbols of revisions: A/C.3/80/L.20 is revised as A/C.3/80/L.20/Rev.1, then /Rev.2.
/// Add.n and Corr.n suffixes belong to the document they amend or correct and are dropped first.
/// </summary>
public static partial class RevisionSymbols
{
    [GeneratedRegex(@"/Rev\.(\d+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RevisionSuffix();

    [GeneratedRegex(@"(/(Add|Corr)\.\d+)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddendumSuffix();

    /// <summary>The symbol the next revision of a document with <paramref name="symbol"/> gets, or null when there is no symbol.</summary>
    public static string? SuggestNext(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return null;
        }

        var baseSymbol = AddendumSuffix().Replace(symbol.Trim(), "");
        var match = RevisionSuffix().Match(baseSymbol);
        return match.Success
            ? baseSymbol[..match.Index] + "/Rev." + (int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)
            : baseSymbol + "/Rev.1";
    }

    /// <summary>The revision number a symbol carries (2 for ".../Rev.2"), or null.</summary>
    public static int? RevisionOf(string? symbol)
    {
        if (symbol is null)
        {
            return null;
        }

        var match = RevisionSuffix().Match(AddendumSuffix().Replace(symbol.Trim(), ""));
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }
}
