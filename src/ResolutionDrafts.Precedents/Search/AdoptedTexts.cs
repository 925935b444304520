using System.Globalization;

namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// How many adopted texts some paragraphs come from, worded as a reader counts them: "3 resolutions",
/// "3 resolutions and 1 decision", "2 decisions" (issue 16: a phrase found in decisions was said to be "of N
/// resolutions"). A text is one symbol in one language, as the search page lists them.
/// </summary>
public static class AdoptedTexts
{
    public static string Count(IEnumerable<Precedent> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var texts = paragraphs.GroupBy(p => (p.Symbol, p.Language)).Select(g => g.First().IsDecision).ToList();
        var decisions = texts.Count(d => d);
        return Count(texts.Count - decisions, decisions);
    }

    /// <summary>"3 resolutions and 1 decision", "1 resolution", "2 decisions"; "0 resolutions" when there are none.</summary>
    public static string Count(int resolutions, int decisions)
    {
        var words = new List<string>();
        if (resolutions > 0 || decisions == 0)
        {
            words.Add(Of(resolutions, "resolution", "resolutions"));
        }

        if (decisions > 0)
        {
            words.Add(Of(decisions, "decision", "decisions"));
        }

        return string.Join(" and ", words);
    }

    /// <summary>A count and its noun, singular for one: "1 paragraph", "2 paragraphs", "1,281 files".</summary>
    public static string Of(int n, string one, string many) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
