namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Places an insertion or deletion where it reads best. "sexual and reproductive health, "
/// deleted from "services, sexual and reproductive health, education" could equally be
/// ", sexual and reproductive health" one place to the left; the quotation should start with a
/// word and cut none, as A/C.3/80/L.64 quotes it: “sexual and reproductive health,”.
/// </summary>
internal static class WordSiteSlider
{
    /// <summary>Places tried each way: enough for any phrase, and a bound on the work in a long run of one character.</summary>
    private const int MaxShift = 64;

    /// <summary>
    /// An insertion or deletion between identical characters can sit in several places that give
    /// the same text; of those within [<paramref name="low"/>, <paramref name="high"/>] take the
    /// one that cuts no word and whose quotation starts with a word, the last of equals.
    /// </summary>
    public static WordSite Slide(string text, WordSite site, int low, int high)
    {
        var best = site;
        var bestScore = int.MinValue;
        foreach (var candidate in Shifts(text, site, low, high))
        {
            var score = Score(text, candidate);
            if (score >= bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>Every placement of the same change, the given one included, leftmost first.</summary>
    private static IEnumerable<WordSite> Shifts(string text, WordSite site, int low, int high)
    {
        var deletion = site.New.Length == 0;
        var moved = site;
        var left = new List<WordSite>();
        while (moved.Start > low && left.Count < MaxShift && (deletion ? text[moved.Start - 1] == text[moved.End - 1] : text[moved.Start - 1] == moved.New[^1]))
        {
            moved = deletion
                ? new WordSite(moved.Start - 1, moved.End - 1, "")
                : new WordSite(moved.Start - 1, moved.Start - 1, moved.New[^1] + moved.New[..^1]);
            left.Add(moved);
        }

        for (var i = left.Count - 1; i >= 0; i--)
        {
            yield return left[i];
        }

        yield return site;
        moved = site;
        var right = 0;
        while (right < MaxShift && moved.End < high && (deletion ? text[moved.End] == text[moved.Start] : text[moved.End] == moved.New[0]))
        {
            moved = deletion
                ? new WordSite(moved.Start + 1, moved.End + 1, "")
                : new WordSite(moved.End + 1, moved.End + 1, moved.New[1..] + text[moved.End]);
            right++;
            yield return moved;
        }
    }

    private static int Score(string text, WordSite site)
    {
        var changed = site.New.Length == 0 ? text[site.Start..site.End] : site.New;
        var after = site.New.Length == 0 ? text : text[..site.Start] + site.New + text[site.End..];
        var score = TextMatches.IsWholeWords(after, site.Start, site.Start + changed.Length) ? 4 : 0;
        var key = changed.Trim();
        if (key.Length > 0 && (char.IsLetterOrDigit(key[0]) || char.IsSurrogate(key[0]) || key[0] is '(' or '“' or '‘' or '[' or '《'))
        {
            score += 2;
        }

        // Surrogate pairs must not be split: a placement that cuts one is never chosen.
        return CutsPair(text, site.Start) || CutsPair(text, site.End) || (changed.Length > 0 && (char.IsLowSurrogate(changed[0]) || char.IsHighSurrogate(changed[^1]))) ? -1 : score;
    }

    private static bool CutsPair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);
}
