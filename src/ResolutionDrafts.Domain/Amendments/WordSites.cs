using System.Text;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

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
        var diff = TextDiffer.Diff(oldText, newText);
        var sites = FromDiff(diff);
        if (InlineItalics.HasMarks(oldText) || InlineItalics.HasMarks(newText))
        {
            sites = WithItalicsChanged(oldText, newText, diff, sites);
        }

        for (var i = 0; i < sites.Count; i++)
        {
            if (sites[i].IsPure)
            {
                sites[i] = WordSiteSlider.Slide(oldText, sites[i], i == 0 ? 0 : sites[i - 1].End, i + 1 < sites.Count ? sites[i + 1].Start : oldText.Length);
            }
        }

        // Widening one change can make it meet the next: repeat until nothing moves.
        var changed = true;
        while (changed)
        {
            changed = Merge(oldText, sites);
            for (var i = 0; i < sites.Count; i++)
            {
                // A change grows at most up to its neighbours, so the old text it takes in is unchanged text.
                var low = i == 0 ? 0 : sites[i - 1].End;
                var high = i + 1 < sites.Count ? sites[i + 1].Start : oldText.Length;
                var wider = Widen(oldText, sites[i], low, high);
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

    /// <summary>
    /// Unchanged words whose italics changed join the changes (ADR 0015): marks put in before and after
    /// "Official Records" change no words, but the amendment must quote the words they set in italics,
    /// so the change takes them in and reads "“Official Records” → “{i}Official Records{/i}”".
    /// </summary>
    private static List<WordSite> WithItalicsChanged(string oldText, string newText, IReadOnlyList<TextSegment> diff, List<WordSite> sites)
    {
        var (oldReading, newReading) = (InlineItalics.Reading(oldText), InlineItalics.Reading(newText));
        var changed = new List<WordSite>();
        int oldAt = 0, newAt = 0;
        foreach (var segment in diff)
        {
            if (segment.Operation == DiffOperation.Delete)
            {
                oldAt += segment.Text.Length;
                continue;
            }

            if (segment.Operation == DiffOperation.Insert)
            {
                newAt += segment.Text.Length;
                continue;
            }

            var start = -1;
            for (var k = 0; k <= segment.Text.Length; k++)
            {
                var differs = k < segment.Text.Length && oldReading[oldAt + k] is { } was && newReading[newAt + k] is { } now && was != now;
                if (differs && start < 0)
                {
                    start = oldAt + k;
                }
                else if (!differs && start >= 0)
                {
                    changed.Add(new WordSite(start, oldAt + k, oldText[start..(oldAt + k)]));
                    start = -1;
                }
            }

            oldAt += segment.Text.Length;
            newAt += segment.Text.Length;
        }

        if (changed.Count == 0)
        {
            return sites;
        }

        // The words' stretches lie between the diff's changes, never across one: joined where they touch.
        var joined = new List<WordSite>();
        foreach (var site in sites.Concat(changed).OrderBy(x => x.Start).ThenBy(x => x.End))
        {
            if (joined.Count > 0 && site.Start <= joined[^1].End)
            {
                var last = joined[^1];
                joined[^1] = new WordSite(last.Start, Math.Max(last.End, site.End), last.New + site.New);
            }
            else
            {
                joined.Add(site);
            }
        }

        return joined;
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
    private static WordSite Widen(string text, WordSite site, int low, int high)
    {
        var (start, end, inserted) = (site.Start, site.End, site.New);
        var old = text[start..end];
        if (start > low && CutsWord(text, site, atStart: true))
        {
            var from = Math.Max(low, WordStart(text, start));
            return new WordSite(from, end, text[from..start] + inserted);
        }

        if (end < high && CutsWord(text, site, atStart: false))
        {
            var to = Math.Min(high, WordEnd(text, end));
            return new WordSite(start, to, inserted + text[end..to]);
        }

        var chinese = WidenChinese(text, site, low, high);
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
        // The letters of an italic mark are no word.
        while (before > 0 && (!char.IsLetterOrDigit(text[before - 1]) || InlineItalics.IsMarkCharAt(text, before - 1)) && !char.IsSurrogate(text[before - 1]))
        {
            before--;
        }

        if (before > 0 && TextMatches.IsWordChar(text[before - 1]))
        {
            var from = Math.Max(low, WordStart(text, before));
            return new WordSite(from, end, text[from..start] + inserted);
        }

        var after = end;
        while (after < text.Length && (!char.IsLetterOrDigit(text[after]) || InlineItalics.IsMarkCharAt(text, after)) && !char.IsSurrogate(text[after]))
        {
            after++;
        }

        if (after < text.Length && TextMatches.IsWordChar(text[after]))
        {
            var to = Math.Min(high, WordEnd(text, after));
            return new WordSite(start, to, inserted + text[end..to]);
        }

        return site;
    }

    /// <summary>
    /// A change that starts or ends between two Chinese characters that may form one word is
    /// widened to the nearest <see cref="ChineseBoundaries"/> boundary, if one is near.
    /// </summary>
    private static WordSite WidenChinese(string text, WordSite site, int low, int high)
    {
        var (start, end, inserted) = (site.Start, site.End, site.New);
        var old = text[start..end];
        if (start > low && CutsLeft(text[start - 1], old, inserted))
        {
            var from = start - 1;
            while (from > low && start - from < ChineseBoundaries.MaxWiden && !ChineseBoundaries.IsBoundaryAt(text, from))
            {
                from--;
            }

            if (ChineseBoundaries.IsBoundaryAt(text, from) || from == low)
            {
                return new WordSite(from, end, text[from..start] + inserted);
            }
        }

        if (end < high && CutsRight(text[end], old, inserted))
        {
            var to = end + 1;
            while (to < high && to - end < ChineseBoundaries.MaxWiden && !ChineseBoundaries.IsBoundaryAt(text, to))
            {
                to++;
            }

            if (ChineseBoundaries.IsBoundaryAt(text, to) || to == high)
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

    /// <summary>
    /// The start (or end) of the change falls inside a word of the old text, or of the new text
    /// ("nuclear-weapon" becoming "nuclear and radiological-weapon" cuts the compound at the hyphen).
    /// </summary>
    private static bool CutsWord(string text, WordSite site, bool atStart)
    {
        var edge = atStart ? site.Start : site.End;
        if (TextMatches.IsInsideWord(text, edge))
        {
            return true;
        }

        // The new text around the same edge: two characters either side are enough to see a word.
        var before = text[Math.Max(0, site.Start - 2)..site.Start] + (atStart ? "" : site.New);
        var after = (atStart ? site.New : "") + text[site.End..Math.Min(text.Length, site.End + 2)];
        return TextMatches.IsInsideWord(before + after, before.Length);
    }

    /// <summary>Where the word that <paramref name="at"/> is in or right after starts ("eighty-first", "73/152" whole).</summary>
    private static int WordStart(string text, int at)
    {
        while (at > 0 && (TextMatches.IsInsideWord(text, at) || TextMatches.IsWordChar(text[at - 1])))
        {
            at--;
        }

        return at;
    }

    /// <summary>Where the word that <paramref name="at"/> is in or right before ends.</summary>
    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && (TextMatches.IsInsideWord(text, at) || TextMatches.IsWordChar(text[at])))
        {
            at++;
        }

        return at;
    }
}
