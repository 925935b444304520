using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Words one change inside a paragraph so that it names its place unambiguously. In order of
/// preference: the quoted old words alone when they occur once ("delete “and reproductive”");
/// the beginning or end of the paragraph; the shortest run of neighbouring words that occurs
/// once ("after the words “technical assistance”", or "before the words …" when that is
/// clearly shorter), up to <see cref="MaxAnchorWords"/> words; otherwise which occurrence ("delete the
/// second occurrence of “and”"). The result is checked by locating it as the applier will.
/// </summary>
internal static class AnchorChooser
{
    /// <summary>Beyond this many words, "the second occurrence of" reads better than a long quotation.</summary>
    public const double MaxAnchorWords = 8;

    /// <summary>
    /// Contexts looked at on each side: far more than <see cref="MaxAnchorWords"/> words need, and
    /// a bound on the work for a long paragraph whose neighbourhood holds no words.
    /// </summary>
    private const int MaxContexts = 64;

    /// <summary>
    /// Amendments say "after the words …" far more often than "before the words …": a "before"
    /// anchor is taken only when it is at least two words shorter.
    /// </summary>
    private const double BeforePenalty = 1.5;

    /// <summary>The instruction for <paramref name="site"/> of <paramref name="text"/>, or null when it cannot be named.</summary>
    public static AmendmentInstruction? Choose(string text, WordSite site, ParagraphReference target)
    {
        var old = text[site.Start..site.End];
        var (oldWords, newWords) = (old.Trim(), site.New.Trim());
        if (oldWords.Length == 0 && newWords.Length == 0)
        {
            return null;
        }

        // Italic marks (ADR 0015) are not words: words replaced by a mark alone are deleted.
        var kind = InlineItalics.Strip(oldWords).Trim().Length == 0 ? AmendmentKind.InsertWords
            : InlineItalics.Strip(newWords).Trim().Length == 0 ? AmendmentKind.DeleteWords
            : AmendmentKind.ReplaceWords;
        // The mark that ends the paragraph changed and nothing else: worded by the marks' names (EndPunctuation).
        if (EndPunctuation.Of(text, site, target) is { } endMark)
        {
            return endMark;
        }

        var bare = new AmendmentInstruction { Kind = kind, Target = target, OldText = old, NewText = site.New };
        foreach (var candidate in Candidates(text, site, bare, oldWords))
        {
            if (WordLocator.Locate(text, candidate) is (var start, null) && start == site.Start)
            {
                return candidate;
            }
        }

        return null;
    }

    private static IEnumerable<AmendmentInstruction> Candidates(string text, WordSite site, AmendmentInstruction bare, string oldWords)
    {
        var ownStart = site.Start + ((site.End - site.Start) - text[site.Start..site.End].TrimStart().Length);
        var oldMatches = oldWords.Length > 0 ? TextMatches.FindAsRead(text, oldWords) : [];
        if (oldMatches.Count == 1)
        {
            yield return bare;
        }

        if (site.Start == 0)
        {
            yield return bare with { Anchor = WordAnchor.AtStart };
        }

        if (site.End == text.Length)
        {
            yield return bare with { Anchor = WordAnchor.AtEnd };
        }

        var before = ShortestUnique(text, Befores(text, site.Start).Take(MaxContexts).ToList(), site.Start, isBefore: true);
        var after = ShortestUnique(text, Afters(text, site.End).Take(MaxContexts).ToList(), site.End, isBefore: false);
        foreach (var (context, anchor) in new[] { (before, WordAnchor.AfterWords), (after, WordAnchor.BeforeWords) }
            .Where(c => c.Item1 is not null)
            .OrderBy(c => Size(c.Item1!) + (c.Item2 == WordAnchor.BeforeWords ? BeforePenalty : 0)))
        {
            yield return bare with { Anchor = anchor, AnchorText = context! };
        }

        // Too long, or never unique: say which occurrence.
        var own = oldMatches.IndexOf(ownStart);
        if (own >= 0)
        {
            yield return bare with { Occurrence = own + 1 };
        }

        foreach (var (contexts, anchor, at) in new[] { (Befores(text, site.Start), WordAnchor.AfterWords, site.Start), (Afters(text, site.End), WordAnchor.BeforeWords, site.End) })
        {
            var isBefore = anchor == WordAnchor.AfterWords;
            var withWords = contexts.Take(MaxContexts).Where(TextMatches.HasWords).ToList();
            var context = withWords.FirstOrDefault(c => ReadsAsPhrase(text, c, at, isBefore)) ?? withWords.FirstOrDefault();
            if (context is not null)
            {
                var keyStart = KeyStart(context, at, isBefore);
                var index = TextMatches.FindAsRead(text, context.Trim()).IndexOf(keyStart);
                if (index >= 0)
                {
                    yield return bare with { Anchor = anchor, AnchorText = context, Occurrence = index + 1 };
                }
            }
        }
    }

    /// <summary>
    /// The first context that reads as a phrase and occurs once; in Chinese, grown by up to
    /// <see cref="ChineseBoundaries.MaxWiden"/> characters when that lets it begin (or end) at a
    /// word boundary rather than inside a word.
    /// </summary>
    private static string? ShortestUnique(string text, IReadOnlyList<string> list, int at, bool isBefore)
    {
        for (var k = 0; k < list.Count; k++)
        {
            var context = list[k];
            if (!TextMatches.HasWords(context) || !ReadsAsPhrase(text, context, at, isBefore))
            {
                continue;
            }

            if (Size(context) > MaxAnchorWords)
            {
                return null;
            }

            if (TextMatches.FindAsRead(text, context.Trim()).Count == 1)
            {
                return list.Skip(k).Take(ChineseBoundaries.MaxWiden + 1).FirstOrDefault(c => AtBoundary(text, c, at, isBefore)) ?? context;
            }
        }

        return null;
    }

    /// <summary>The open end of the context (its start before the change, its end after it) is a boundary.</summary>
    private static bool AtBoundary(string text, string context, int at, bool isBefore)
    {
        var key = context.Trim();
        var start = KeyStart(context, at, isBefore);
        return ChineseBoundaries.IsBoundaryAt(text, isBefore ? start : start + key.Length);
    }

    /// <summary>
    /// Where the words of a context (taken before or after the change at <paramref name="at"/>)
    /// start in the text.
    /// </summary>
    private static int KeyStart(string context, int at, bool isBefore) =>
        isBefore ? at - context.Length : at + (context.Length - context.TrimStart().Length);

    /// <summary>
    /// Chinese quotations need a few characters to read as words: at least
    /// <see cref="ChineseBoundaries.MinAnchorCharacters"/>, or two from boundary to boundary.
    /// </summary>
    private static bool ReadsAsPhrase(string text, string context, int at, bool isBefore)
    {
        var key = context.Trim();
        var han = ChineseBoundaries.HanCount(key);
        if (han == 0 || han >= ChineseBoundaries.MinAnchorCharacters)
        {
            return true;
        }

        var start = KeyStart(context, at, isBefore);
        return han >= 2 && ChineseBoundaries.IsBoundaryAt(text, start) && ChineseBoundaries.IsBoundaryAt(text, start + key.Length);
    }

    /// <summary>text[a..end] for each a where a word (or a Chinese character, or a mark) starts, nearest first.</summary>
    private static IEnumerable<string> Befores(string text, int end)
    {
        for (var a = end - 1; a >= 0; a--)
        {
            if (IsStart(text, a))
            {
                yield return text[a..end];
            }
        }
    }

    /// <summary>text[start..b] for each b where a word (or a Chinese character, or a mark) ends, nearest first.</summary>
    private static IEnumerable<string> Afters(string text, int start)
    {
        for (var b = start + 1; b <= text.Length; b++)
        {
            if (IsEnd(text, b))
            {
                yield return text[start..b];
            }
        }
    }

    /// <summary>A place where a quotation can begin or end: not inside a word, a space or a surrogate pair.</summary>
    private static bool IsStart(string text, int a) =>
        a < text.Length
        && !char.IsWhiteSpace(text[a])
        && !char.IsLowSurrogate(text[a])
        && !TextMatches.IsInsideWord(text, a)
        && !InsideMark(text, a);

    private static bool IsEnd(string text, int b) =>
        !char.IsWhiteSpace(text[b - 1])
        && !char.IsHighSurrogate(text[b - 1])
        && !TextMatches.IsInsideWord(text, b)
        && !InsideMark(text, b);

    /// <summary>
    /// Whether <paramref name="at"/> falls inside a footnote reference <c>[^N]</c> or an italic mark: a quotation never
    /// begins or ends there ("after the word “1]”" quoted half of "Convention,[^1]").
    /// </summary>
    private static bool InsideMark(string text, int at)
    {
        for (var k = at - 1; k >= 0 && at - k < 7; k--)
        {
            var length = text[k] switch
            {
                '[' when FootnoteReferences.Pattern().Match(text, k) is { Success: true } m && m.Index == k => m.Length,
                '{' when string.CompareOrdinal(text, k, InlineItalics.Open, 0, InlineItalics.Open.Length) == 0 => InlineItalics.Open.Length,
                '{' when string.CompareOrdinal(text, k, InlineItalics.Close, 0, InlineItalics.Close.Length) == 0 => InlineItalics.Close.Length,
                _ => 0,
            };
            if (length > 0)
            {
                return at < k + length;
            }
        }

        return false;
    }

    /// <summary>Words in a quotation; a Chinese character counts as half a word.</summary>
    private static double Size(string context)
    {
        double size = 0;
        var inWord = false;
        foreach (var c in context)
        {
            var word = TextMatches.IsWordChar(c);
            size += word && !inWord ? 1 : 0;
            size += !word && (char.IsLetterOrDigit(c) || char.IsHighSurrogate(c)) ? 0.5 : 0;
            inWord = word;
        }

        return size;
    }
}
