using System.Text;
using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// The changes inside one paragraph, from the comparison's diff, shaped into what an amendment
/// quotes: whole words and phrases. Changes separated only by spaces or punctuation become one;
/// a change never cuts a word written with spaces, nor (as far as <see cref="ChineseBoundaries"/>
/// can tell) a Chinese word; a change with no words in it (a comma, a space)
/// takes in the word before it, so it is quoted as "replace “health” with “health,”"; and an
/// insertion or deletion that could sit in several places is put where its quotation starts with
/// a word (“sexual and reproductive health,” rather than “, sexual and reproductive health”).
/// </summary>
internal static class WordSites
{
    public static List<WordSite> Find(string oldText, string newText)
    {
        var sites = FromDiff(TextDiffer.Diff(oldText, newText));
        for (var i = 0; i < sites.Count; i++)
        {
            if (sites[i].IsPure)
            {
                sites[i] = Slide(oldText, sites[i], i == 0 ? 0 : sites[i - 1].End, i + 1 < sites.Count ? sites[i + 1].Start : oldText.Length);
            }
        }

        // Widening one change can make it meet the next: repeat until nothing moves.
        var changed = true;
        while (changed)
        {
            changed = Merge(oldText, sites);
            for (var i = 0; i < sites.Count; i++)
            {
                var wider = Widen(oldText, sites[i]);
                changed |= wider != sites[i];
                sites[i] = wider;
            }
        }

        return sites;
    }

    private static List<WordSite> FromDiff(IReadOnlyList<TextSegment> segments)
    {
        var sites = new List<WordSite>();
        var at = 0;
        var start = -1;
        var inserted = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Operation == DiffOperation.Equal)
            {
                Flush();
                at += segment.Text.Length;
                continue;
            }

            start = start < 0 ? at : start;
            if (segment.Operation == DiffOperation.Delete)
            {
                at += segment.Text.Length;
            }
            else
            {
                inserted.Append(segment.Text);
            }
        }

        Flush();
        return sites;

        void Flush()
        {
            if (start >= 0)
            {
                sites.Add(new WordSite(start, at, inserted.ToString()));
                start = -1;
                inserted.Clear();
            }
        }
    }

    /// <summary>Joins changes that overlap, touch, or have only spaces and punctuation between them.</summary>
    private static bool Merge(string text, List<WordSite> sites)
    {
        var merged = false;
        for (var i = sites.Count - 1; i > 0; i--)
        {
            var (a, b) = (sites[i - 1], sites[i]);
            if (b.Start <= a.End || !TextMatches.HasWords(text[a.End..b.Start]))
            {
                var between = b.Start > a.End ? text[a.End..b.Start] : "";
                sites[i - 1] = new WordSite(a.Start, Math.Max(a.End, b.End), a.New + between + b.New);
                sites.RemoveAt(i);
                merged = true;
            }
        }

        return merged;
    }

    /// <summary>Takes in the rest of a cut word, and the neighbouring word of a change with no words.</summary>
    private static WordSite Widen(string text, WordSite site)
    {
        var (start, end, inserted) = (site.Start, site.End, site.New);
        var old = text[start..end];
        if (start > 0 && TextMatches.IsWordChar(text[start - 1])
            && ((old.Length > 0 && TextMatches.IsWordChar(old[0])) || (inserted.Length > 0 && TextMatches.IsWordChar(inserted[0]))))
        {
            var from = WordStart(text, start);
            return new WordSite(from, end, text[from..start] + inserted);
        }

        if (end < text.Length && TextMatches.IsWordChar(text[end])
            && ((old.Length > 0 && TextMatches.IsWordChar(old[^1])) || (inserted.Length > 0 && TextMatches.IsWordChar(inserted[^1]))))
        {
            var to = WordEnd(text, end);
            return new WordSite(start, to, inserted + text[end..to]);
        }

        var chinese = WidenChinese(text, site);
        if (chinese != site)
        {
            return chinese;
        }

        if (TextMatches.HasWords(old) || TextMatches.HasWords(inserted))
        {
            return site;
        }

        // Only spaces or punctuation changed: quote the word written with spaces before (or after) it.
        var before = start;
        while (before > 0 && !char.IsLetterOrDigit(text[before - 1]) && !char.IsSurrogate(text[before - 1]))
        {
            before--;
        }

        if (before > 0 && TextMatches.IsWordChar(text[before - 1]))
        {
            var from = WordStart(text, before);
            return new WordSite(from, end, text[from..start] + inserted);
        }

        var after = end;
        while (after < text.Length && !char.IsLetterOrDigit(text[after]) && !char.IsSurrogate(text[after]))
        {
            after++;
        }

        if (after < text.Length && TextMatches.IsWordChar(text[after]))
        {
            var to = WordEnd(text, after);
            return new WordSite(start, to, inserted + text[end..to]);
        }

        return site;
    }

    /// <summary>
    /// A change that starts or ends between two Chinese characters that may form one word is
    /// widened to the nearest <see cref="ChineseBoundaries"/> boundary, if one is near.
    /// </summary>
    private static WordSite WidenChinese(string text, WordSite site)
    {
        var (start, end, inserted) = (site.Start, site.End, site.New);
        var old = text[start..end];
        if (start > 0 && CutsLeft(text[start - 1], old, inserted))
        {
            var from = start - 1;
            while (from > 0 && start - from < ChineseBoundaries.MaxWiden && !ChineseBoundaries.IsBoundaryAt(text, from))
            {
                from--;
            }

            if (ChineseBoundaries.IsBoundaryAt(text, from))
            {
                return new WordSite(from, end, text[from..start] + inserted);
            }
        }

        if (end < text.Length && CutsRight(text[end], old, inserted))
        {
            var to = end + 1;
            while (to < text.Length && to - end < ChineseBoundaries.MaxWiden && !ChineseBoundaries.IsBoundaryAt(text, to))
            {
                to++;
            }

            if (ChineseBoundaries.IsBoundaryAt(text, to))
            {
                return new WordSite(start, to, inserted + text[end..to]);
            }
        }

        return site;
    }

    private static bool CutsLeft(char before, string old, string inserted) =>
        (old.Length > 0 && !ChineseBoundaries.IsBoundary(before, old[0])) || (inserted.Length > 0 && !ChineseBoundaries.IsBoundary(before, inserted[0]));

    private static bool CutsRight(char after, string old, string inserted) =>
        (old.Length > 0 && !ChineseBoundaries.IsBoundary(old[^1], after)) || (inserted.Length > 0 && !ChineseBoundaries.IsBoundary(inserted[^1], after));

    private static int WordStart(string text, int at)
    {
        while (at > 0 && TextMatches.IsWordChar(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && TextMatches.IsWordChar(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// An insertion or deletion between identical characters can sit in several places that give
    /// the same text; of those within [<paramref name="low"/>, <paramref name="high"/>] take the
    /// one that cuts no word and whose quotation starts with a word, the last of equals.
    /// </summary>
    private static WordSite Slide(string text, WordSite site, int low, int high)
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
        while (moved.Start > low && (deletion ? text[moved.Start - 1] == text[moved.End - 1] : text[moved.Start - 1] == moved.New[^1]))
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
        while (moved.End < high && (deletion ? text[moved.End] == text[moved.Start] : text[moved.End] == moved.New[0]))
        {
            moved = deletion
                ? new WordSite(moved.Start + 1, moved.End + 1, "")
                : new WordSite(moved.End + 1, moved.End + 1, moved.New[1..] + text[moved.End]);
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
