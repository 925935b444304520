using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Turns the footnote numbers that PDF extraction leaves in the text ("Council,1", "disarmament, 3
/// and", "《公约》1的") into <c>[^N]</c>, reading the text as a person does who has lost the
/// superscript: the note block gives the set of note numbers, each note is first referred to after
/// the one before it, so the first references are one number of each note, in order. Every number
/// that could be a reference is a candidate with a strength (glued to a lower-case word or closing
/// punctuation is strong; after a capital, a Chinese character or ", " medium); the first references
/// are the ascending chain of candidates with the greatest strength, the earliest where two are
/// equal. A number that could only be a reference by splitting it off another number ("Agenda 216",
/// "decision 1/CP.2125") or after a year and a comma ("1994, 1 in") is taken only where a note has no
/// reference between the references of the notes around it and it is the one such number there. A
/// later reference to a note already seen is taken only when it is glued to the word or mark before it.
/// Whatever was decided with doubt is reported as a <see cref="FootnoteDoubt"/> for the review.
/// </summary>
internal sealed class FootnoteReferences
{
    /// <summary>What follows a number that counts or dates something in Chinese ("5月", "第32段", "3个"), never a footnote reference.</summary>
    private const string Counters = "年月日天周时号段条款项节章个次名届至亿万千百岁多余倍位人类种份页卷";

    /// <summary>What stands before a number that is part of the text ("第3", "共计20"); "年" and "约" do not, since "十年6" and "公约2" are references.</summary>
    private const string BeforeNumbers = "第近逾共计";

    /// <summary>So many candidates at most are weighed; a text with more is not a resolution a person typed (a 20 MB table of numbers).</summary>
    private const int MaxCandidates = 200_000;

    /// <summary>Words after which a number is the text's own: "paragraph 21" is never "paragraph 2" and footnote 1.</summary>
    private static readonly HashSet<string> NumberingWords = new(
        ["paragraph", "paragraphs", "para", "paras", "article", "articles", "rule", "rules", "item", "items", "annex", "annexes", "chapter", "chapters",
         "section", "sections", "page", "pages", "target", "targets", "goal", "goals", "principle", "principles", "recommendation", "recommendations",
         "volume", "vol", "no", "nos", "number", "numbers", "table", "figure", "step", "level", "phase", "part", "parts", "option", "module", "box"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Chinese words after which a number is the text's own ("目标12": Goal 12), so never split ("目标126" is not Goal 12 and
    /// footnote 6). A whole number glued to them stays a candidate: "可持续发展目标1执行" refers to footnote 1 (the goals'
    /// resolution); where a later reference is glued to punctuation ("报告；12"), that one is chosen.
    /// </summary>
    private static readonly string[] ChineseNumberingWords = ["目标", "具体目标", "项目", "附件", "附表", "段落"];

    private readonly HashSet<int> notes;
    private readonly bool chinese;

    private FootnoteReferences(IEnumerable<int> numbers, bool chinese)
    {
        notes = [.. numbers];
        this.chinese = chinese;
    }

    private enum Strength
    {
        /// <summary>Only by splitting a number or after a year and a comma: a guess, taken where nothing else can be the reference.</summary>
        Weak = 1,

        /// <summary>After a capital, a Chinese character, ", " or a full stop; a number split off a year or a resolution's number.</summary>
        Medium = 2,

        /// <summary>Glued to a lower-case word or closing punctuation.</summary>
        Strong = 3,

        /// <summary>Printed raised, as a reference is ("Council,¹", a text copied with its superscripts): a reference by its form.</summary>
        Raised = 4,
    }

    public static void Apply(ParsedDocument doc)
    {
        if (doc.Footnotes.Count == 0)
        {
            return;
        }

        // The texts in reading order: the title (a part of a resolution, 75/245 B, has its footnote there), then each paragraph and its sub-paragraphs.
        var segments = new List<StringBuilder> { new(doc.Title) };
        foreach (var paragraph in doc.Paragraphs)
        {
            AddTexts(paragraph, segments);
        }

        var texts = segments.Select(s => s.ToString()).ToList();
        var finder = new FootnoteReferences(doc.Footnotes.Keys, DraftLanguage.IsChinese(doc.Language));
        var numbers = doc.Footnotes.Keys.ToList();
        var candidates = new List<Candidate>();
        for (var i = 0; i < texts.Count && candidates.Count < MaxCandidates; i++)
        {
            finder.Find(texts[i], i, candidates);
        }

        var byNumber = candidates.GroupBy(c => c.Number).ToDictionary(g => g.Key, g => g.ToList());
        var firsts = ChooseFirsts(candidates.Where(c => c.First >= Strength.Medium).ToList(), numbers);
        var chosen = new List<Candidate>(firsts.Values);
        var taken = firsts.Values.Select(c => (c.Segment, c.End)).ToHashSet(); // candidates that overlap end together: one number's digits
        foreach (var number in numbers)
        {
            if (firsts.TryGetValue(number, out var first))
            {
                DoubtOfFirst(number, first, firsts, numbers, byNumber[number], texts, doc.FootnoteDoubts);
            }
        }

        GuessMissing(numbers, firsts, chosen, taken, byNumber, texts, doc);

        // Later references: glued, after the note's first reference, not on a number already taken.
        foreach (var candidate in candidates)
        {
            if (candidate.Repeat && firsts.TryGetValue(candidate.Number, out var first) && first.Before(candidate) && taken.Add((candidate.Segment, candidate.End)))
            {
                chosen.Add(candidate);
            }
        }

        foreach (var group in chosen.GroupBy(c => c.Segment))
        {
            segments[group.Key].Clear().Append(finder.Rewrite(texts[group.Key], [.. group.OrderBy(c => c.Start)]));
        }

        doc.Title = segments[0].ToString(); // the paragraphs' own texts were rewritten in place

        foreach (var number in numbers.Where(n => !firsts.ContainsKey(n)))
        {
            doc.Warnings.Add($"Footnote {number} is not referred to anywhere in the text.");
        }
    }

    /// <summary>
    /// AKN: the UN's files mark a note's first reference (<c>authorialNote</c>) and mostly its later ones
    /// (<c>noteRef</c>), but now and then leave a later one as the digit they print ("Peoples4 and", 75/115;
    /// "建议；7", 75/114 C). A digit of a note's number placed as <see cref="Apply"/> takes a later reference —
    /// glued, after the note's first reference — becomes one, as the same text read from a PDF has it.
    /// </summary>
    public static void ApplyTypedRepeats(ParsedDocument doc)
    {
        if (doc.Footnotes.Count == 0)
        {
            return;
        }

        var segments = new List<StringBuilder> { new(doc.Title) };
        foreach (var paragraph in doc.Paragraphs)
        {
            AddTexts(paragraph, segments);
        }

        var texts = segments.Select(s => s.ToString()).ToList();
        var firstAt = new Dictionary<int, (int Segment, int Start)>();
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (Match marker in Domain.Drafts.FootnoteReferences.Pattern().Matches(texts[i]))
            {
                if (int.TryParse(marker.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    firstAt.TryAdd(number, (i, marker.Index));
                }
            }
        }

        var finder = new FootnoteReferences(doc.Footnotes.Keys, DraftLanguage.IsChinese(doc.Language));
        var candidates = new List<Candidate>();
        for (var i = 0; i < texts.Count && candidates.Count < MaxCandidates; i++)
        {
            finder.Find(texts[i], i, candidates);
        }

        var chosen = candidates.Where(c => c.Repeat && !c.Split && texts[c.Segment][c.Start - 1] != '^'
            && firstAt.TryGetValue(c.Number, out var first) && (first.Segment < c.Segment || (first.Segment == c.Segment && first.Start < c.Start))).ToList();
        foreach (var group in chosen.GroupBy(c => c.Segment))
        {
            segments[group.Key].Clear().Append(finder.Rewrite(texts[group.Key], [.. group.OrderBy(c => c.Start)]));
        }

        doc.Title = segments[0].ToString();
    }

    private static void AddTexts(ParsedNode node, List<StringBuilder> segments)
    {
        segments.Add(node.Text);
        foreach (var child in node.Children)
        {
            AddTexts(child, segments);
        }
    }

    /// <summary>
    /// The first reference of each note: the chain of candidates ascending in note number and in
    /// position with the greatest total strength, and of equal ones the earliest. A note may have
    /// none (referred to from an annex). Candidates are taken in reading order; a Fenwick tree over
    /// the note numbers gives the best chain ending before each.
    /// </summary>
    private static Dictionary<int, Candidate> ChooseFirsts(List<Candidate> candidates, List<int> numbers)
    {
        var rank = new Dictionary<int, int>();
        for (var i = 0; i < numbers.Count; i++)
        {
            rank[numbers[i]] = i;
        }

        candidates.Sort(Candidate.ReadingOrder);
        var score = new (long Strength, long Earliness)[candidates.Count];
        var parent = new int[candidates.Count];
        var tree = new int[numbers.Count + 1];
        Array.Fill(tree, -1);
        var pending = new List<int>();
        var best = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];

            // A candidate joins the tree once this one starts after it ends (two candidates may share a number's digits: "216" and its "6").
            pending.RemoveAll(p =>
            {
                if (!candidates[p].Before(c))
                {
                    return false;
                }

                for (var j = rank[candidates[p].Number] + 1; j <= numbers.Count; j += j & -j)
                {
                    if (tree[j] < 0 || Better(score[p], score[tree[j]]))
                    {
                        tree[j] = p;
                    }
                }

                return true;
            });

            var from = -1;
            for (var j = rank[c.Number]; j > 0; j -= j & -j)
            {
                if (tree[j] >= 0 && (from < 0 || Better(score[tree[j]], score[from])))
                {
                    from = tree[j];
                }
            }

            var (strength, earliness) = from < 0 ? (0L, 0L) : score[from];
            score[i] = (strength + (int)c.First, earliness - i);
            parent[i] = from;
            pending.Add(i);
            if (best < 0 || Better(score[i], score[best]))
            {
                best = i;
            }
        }

        var firsts = new Dictionary<int, Candidate>();
        for (var i = best; i >= 0; i = parent[i])
        {
            firsts[candidates[i].Number] = candidates[i];
        }

        return firsts;
    }

    private static bool Better((long Strength, long Earliness) a, (long Strength, long Earliness) b) =>
        a.Strength > b.Strength || (a.Strength == b.Strength && a.Earliness > b.Earliness);

    /// <summary>
    /// A first reference chosen over another number that could have been it, earlier and after the note
    /// before (", 1 non-member" before "Destruction,1 expresses"): the earlier stays text, and the review says so.
    /// </summary>
    private static void DoubtOfFirst(int number, Candidate first, Dictionary<int, Candidate> firsts, List<int> numbers, List<Candidate> candidates, List<string> texts, List<FootnoteDoubt> doubts)
    {
        var before = Neighbour(number, firsts, numbers, -1);
        var passed = candidates.FirstOrDefault(c => c.First >= Strength.Medium && c != first && c.Before(first) && (before is null || before.Before(c)));
        if (passed is not null)
        {
            doubts.Add(new FootnoteDoubt(number, ImportConfidence.Medium,
                $"taken at “{Context(texts, first)}”; the {number} in “{Context(texts, passed)}” before it was kept as text"));
        }
    }

    /// <summary>
    /// A note with no reference between the references of the notes around it: the one number there
    /// that could be it only by splitting or after a year ("Agenda 216", "1/CP.2125", "1994, 1 in") is
    /// taken, or, of several, the one whose number without the note's is written so elsewhere ("Agenda 21"
    /// again, "1/CP.21" in the note). Otherwise the note stays unreferred and the review names the places.
    /// </summary>
    private static void GuessMissing(List<int> numbers, Dictionary<int, Candidate> firsts, List<Candidate> chosen, HashSet<(int, int)> taken, Dictionary<int, List<Candidate>> byNumber, List<string> texts, ParsedDocument doc)
    {
        foreach (var number in numbers)
        {
            if (firsts.ContainsKey(number) || !byNumber.TryGetValue(number, out var candidates))
            {
                continue;
            }

            var before = Neighbour(number, firsts, numbers, -1);
            var after = Neighbour(number, firsts, numbers, +1);
            if (after is null)
            {
                continue; // the notes after the last reference found are referred to from what was left out (an annex), or nowhere
            }

            var possible = candidates
                .Where(c => c.First > 0 && c.Before(after) && (before is null || before.Before(c)) && !taken.Contains((c.Segment, c.End)))
                .ToList();
            if (possible.Count == 0)
            {
                continue;
            }

            // Of several, a number split off another where that other is written so elsewhere: "Agenda 21" again, "1/CP.21"
            // in the note. A number after "/" only so, or where the other numbers after "/" there have the digits left
            // ("第23/17号、… 第39/176号": 17, 18, 15 beside 176).
            var likely = possible.Count == 1 && !AfterSlash(texts, possible[0]) ? possible
                : possible.Where(c => !c.Split || WrittenElsewhere(texts, doc.Footnotes.Values, c) || LikeItsNeighbours(texts, c)).ToList();
            var pick = likely.Count == 1 ? likely[0] : null;
            if (pick is null)
            {
                doc.FootnoteDoubts.Add(new FootnoteDoubt(number, ImportConfidence.Medium,
                    $"no reference found; it may be the {number} in " + string.Join(" or ", possible.Take(3).Select(c => $"“{Context(texts, c)}”"))));
                continue;
            }

            firsts[number] = pick;
            chosen.Add(pick);
            taken.Add((pick.Segment, pick.End));
            doc.FootnoteDoubts.Add(new FootnoteDoubt(number, ImportConfidence.Medium, pick.Split
                ? $"guessed at “{Context(texts, pick)}”: the last digits of {texts[pick.Segment][pick.RunStart..pick.End]}, the only place between footnotes {Label(before)} and {after.Number} where it can be"
                : $"guessed at “{Context(texts, pick)}”, the only place between footnotes {Label(before)} and {after.Number} where it can be"));
        }
    }

    private static string Label(Candidate? before) => before is null ? "the start" : before.Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether the number starting at <paramref name="s"/> follows a word that numbers things ("paragraph 21",
    /// "Goal 12", "article 5", "目标12"): such a number is the text's, never a footnote's digits glued to it.
    /// </summary>
    private static bool AfterNumberingWord(string text, int s)
    {
        var end = s;
        while (end > 0 && text[end - 1] is ' ' or '.')
        {
            end--;
        }

        if (end > 0 && TextChars.IsCjk(text[end - 1]))
        {
            foreach (var word in ChineseNumberingWords)
            {
                if (end >= word.Length && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word))
                {
                    return true;
                }
            }

            return false;
        }

        if (end == s)
        {
            return false; // "Goals1": glued to the word, a reference
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && NumberingWords.Contains(text[start..end]);
    }

    /// <summary>The first reference of the nearest note before (<paramref name="direction"/> -1) or after (+1) that has one.</summary>
    private static Candidate? Neighbour(int number, Dictionary<int, Candidate> firsts, List<int> numbers, int direction)
    {
        for (var i = numbers.IndexOf(number) + direction; i >= 0 && i < numbers.Count; i += direction)
        {
            if (firsts.TryGetValue(numbers[i], out var found))
            {
                return found;
            }
        }

        return null;
    }

    private static bool AfterSlash(List<string> texts, Candidate c) => c.Split && c.RunStart > 0 && texts[c.Segment][c.RunStart - 1] == '/';

    /// <summary>
    /// Whether the other numbers after "/" in the same text have as many digits as this one without the note's
    /// ("23/17", "27/18", "33/15" beside "39/176"), and none as many as it has with them; or, where the text lists
    /// numbers of two series ("第66/169号、… 第74/156号决议，以及人权理事会…第33/15号、… 第39/176号和…第45/22号", 75/186),
    /// whether its neighbours in the list, the nearest before and after it, both have those digits.
    /// </summary>
    private static bool LikeItsNeighbours(List<string> texts, Candidate c)
    {
        if (!AfterSlash(texts, c))
        {
            return false;
        }

        var text = texts[c.Segment];
        var others = new List<(int At, int Length)>();
        for (var i = text.IndexOf('/', StringComparison.Ordinal); i >= 0; i = text.IndexOf('/', i + 1))
        {
            var e = i + 1;
            while (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                e++;
            }

            if (e > i + 1 && i + 1 != c.RunStart && i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                others.Add((i, e - i - 1));
            }
        }

        var without = c.Start - c.RunStart;
        if (others.Count >= 2 && others.TrueForAll(o => o.Length == without))
        {
            return true;
        }

        var before = others.LastOrDefault(o => o.At < c.RunStart);
        var after = others.FirstOrDefault(o => o.At > c.RunStart);
        return before.Length == without && after.Length == without;
    }

    /// <summary>Whether the number without the note's digits ("Agenda 21", "CP.21") is written elsewhere, not followed by a digit.</summary>
    private static bool WrittenElsewhere(List<string> texts, IEnumerable<string> notes, Candidate c)
    {
        var text = texts[c.Segment];
        var from = c.RunStart;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]) && !TextChars.IsCjkOrPunctuation(text[from - 1]))
        {
            from--;
        }

        if (from == c.RunStart && from > 1 && text[from - 1] == ' ' && char.IsLetter(text[from - 2]))
        {
            from -= 2; // "Agenda 216": the word before too
            while (from > 0 && char.IsLetter(text[from - 1]))
            {
                from--;
            }
        }

        var key = text[from..c.Start];
        foreach (var other in texts.Concat(notes))
        {
            for (var at = other.IndexOf(key, StringComparison.Ordinal); at >= 0; at = other.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                var end = at + key.Length;
                if ((ReferenceEquals(other, text) && at == from) || (end < other.Length && char.IsAsciiDigit(other[end])))
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Some words around a candidate, for the review.</summary>
    private static string Context(List<string> texts, Candidate c)
    {
        var text = texts[c.Segment];
        var from = Math.Max(0, c.RunStart - 40);
        var to = Math.Min(text.Length, c.End + 25);
        return (from > 0 ? "…" : "") + text[from..to].Trim() + (to < text.Length ? "…" : "");
    }

    private string Rewrite(string text, List<Candidate> chosen)
    {
        var result = new StringBuilder(text.Length + 16);
        var copied = 0;
        foreach (var c in chosen)
        {
            result.Append(text, copied, (c.Spaced ? c.Start - 1 : c.Start) - copied).Append("[^").Append(c.Number).Append(']');
            copied = c.End;
            if (chinese && c.End + 1 < text.Length && text[c.End] == ' ' && TextChars.IsCjkOrPunctuation(text[c.End + 1]))
            {
                copied = c.End + 1; // "》1 的" was a line end: the space is not the text's.
            }
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Every number in <paramref name="text"/> that could be a reference to a note, with how strongly.</summary>
    private void Find(string text, int segment, List<Candidate> found)
    {
        for (var s = 0; s < text.Length; s++)
        {
            if (Domain.Drafts.FootnoteReferences.IsRaisedFigure(text[s]))
            {
                s = Raised(text, segment, s, found) - 1;
                continue;
            }

            if (!char.IsAsciiDigit(text[s]) || (s > 0 && char.IsAsciiDigit(text[s - 1])))
            {
                continue;
            }

            var e = s;
            while (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                e++;
            }

            if (e - s > 3)
            {
                // "17 July 20203", "resolution 59/3008": the number, then the footnote.
                foreach (var start in NumberThenReference(text, s, e))
                {
                    Add(found, new Candidate(segment, start, e, Number(text, start, e), false, Strength.Medium, false, true, s));
                }
            }
            else if (s > 0 && FollowsRightly(text, e))
            {
                var number = Number(text, s, e);
                if (notes.Contains(number))
                {
                    var spaced = text[s - 1] == ' ';
                    var before = spaced ? s - 2 : s - 1;
                    if (before >= 0)
                    {
                        var first = spaced
                            ? SpacedOk(text, before) ? Strength.Medium : AfterYear(text, before) && e + 1 < text.Length && text[e] == ' ' && char.IsLower(text[e + 1]) ? Strength.Weak : (Strength)0
                            : GluedOk(text, before, text.AsSpan(s, e - s), first: true, atEnd: e == text.Length) ? GluedStrength(text, before) : 0;
                        if (first == 0 && ChineseWeak(text, s, e, spaced))
                        {
                            first = Strength.Weak;
                        }

                        var repeat = !spaced && GluedOk(text, before, text.AsSpan(s, e - s), first: false, atEnd: e == text.Length)
                            && !AfterYearInParentheses(text, before); // "resolution (2020)2" of the Council of Europe is a name, not note 2 again
                        if (first > 0 || repeat)
                        {
                            Add(found, new Candidate(segment, s, e, number, spaced, first, repeat, false, s));
                        }
                    }
                }
            }

            if (e - s >= 2 && SplitPossible(text, s, e) && !AfterNumberingWord(text, s))
            {
                // "Agenda 216", "1/CP.2125", "第39/176 号": the note's number glued to the text's own.
                for (var digits = 1; digits <= 3 && digits < e - s; digits++)
                {
                    var start = e - digits;
                    if (text[start] != '0' && !TakenFrom(found, segment, start, e))
                    {
                        Add(found, new Candidate(segment, start, e, Number(text, start, e), false, Strength.Weak, false, true, s));
                    }
                }
            }

            s = e;
        }
    }

    /// <summary>
    /// A run of raised figures from <paramref name="s"/> ("Council,¹", "《公约》¹的"): a reference to the note of its value, first
    /// or later, unless it raises a number's power ("10⁶") or a unit's ("km²"); returns where the run ends.
    /// </summary>
    private int Raised(string text, int segment, int s, List<Candidate> found)
    {
        var e = s;
        while (e < text.Length && Domain.Drafts.FootnoteReferences.IsRaisedFigure(text[e]))
        {
            e++;
        }

        if (e - s <= 3 && s > 0 && !char.IsDigit(text[s - 1]) && !AfterUnit(text, s))
        {
            var spaced = text[s - 1] == ' ' && s > 1 && text[s - 2] != ' ';
            Add(found, new Candidate(segment, s, e, Domain.Drafts.FootnoteReferences.RaisedValue(text.AsSpan(s, e - s)), spaced, Strength.Raised, true, false, s));
        }

        return e;
    }

    /// <summary>Units a raised figure squares or cubes ("5 km²", "m³"): the figure is the unit's power.</summary>
    private static readonly HashSet<string> Units = new(["m", "km", "cm", "mm", "ft", "in", "mi"], StringComparer.Ordinal);

    private static bool AfterUnit(string text, int s)
    {
        var start = s;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return start < s && (start == 0 || !char.IsLetter(text[start - 1])) && Units.Contains(text[start..s])
            && start >= 2 && text[start - 1] == ' ' && char.IsDigit(text[start - 2]);
    }

    /// <summary>Whether the number's digits from <paramref name="start"/> are already a candidate (the last ones found are this number's).</summary>
    private static bool TakenFrom(List<Candidate> found, int segment, int start, int e)
    {
        for (var i = found.Count - 1; i >= 0 && found[i].Segment == segment && found[i].End == e; i--)
        {
            if (found[i].Start == start)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(List<Candidate> found, Candidate candidate)
    {
        if (notes.Contains(candidate.Number) && (candidate.First > 0 || candidate.Repeat))
        {
            found.Add(candidate);
        }
    }

    private static int Number(string text, int s, int e) =>
        int.Parse(text.AsSpan(s, e - s), CultureInfo.InvariantCulture);

    /// <summary>Glued to a lower-case word or closing punctuation: the number cannot be the text's own.</summary>
    private Strength GluedStrength(string text, int before)
    {
        var c = text[before];
        if (AfterYearInParentheses(text, before))
        {
            return Strength.Medium; // "recommendation (2019)1": a year in parentheses may be part of a name the number ends
        }

        return char.IsLower(c) || c is ',' or ';' or ':' or ')' or '”' or '’' or '"' or '»' || (chinese && TextChars.IsCjkPunctuation(c)) ? Strength.Strong : Strength.Medium;
    }

    private static bool AfterYearInParentheses(string text, int before) =>
        text[before] == ')' && before >= 5 && text[before - 5] == '(' && text.AsSpan(before - 4, 4).ToString().All(char.IsAsciiDigit);

    /// <summary>
    /// A number that only a person's eye takes for a reference in Chinese: after a list of years ("2006、2 2011年", a year
    /// list does not go on with "2"), or after another number and a space ("目标11 1所作": not a group of thousands).
    /// </summary>
    private bool ChineseWeak(string text, int s, int e, bool spaced)
    {
        if (!chinese || e - s > 2)
        {
            return false;
        }

        var before = spaced ? s - 2 : s - 1;
        if (before < 1 || !(spaced ? char.IsAsciiDigit(text[before]) : text[before] == '、'))
        {
            return false;
        }

        var end = spaced ? before + 1 : before;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return spaced ? end - start is 1 or 2 : end - start == 4 && text.AsSpan(start, 2) is "19" or "20";
    }

    /// <summary>"of 5 December 1994, 1 in which": a small number after a year and a comma, not a list of years.</summary>
    private static bool AfterYear(string text, int before)
    {
        if (text[before] is not (',' or ';') || before < 4)
        {
            return false;
        }

        var start = before;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return before - start == 4 && (start == 0 || !char.IsAsciiDigit(text[start - 1]) && text[start - 1] != ',') && text.AsSpan(start, 2) is "19" or "20";
    }

    /// <summary>
    /// Whether a note's number may be glued to the end of the number at [s, e): not a year (1900–2099),
    /// not a group of a larger number or a decimal ("1,117,005", "1.25"), not a number opening a Chinese
    /// title ("《21世纪议程》") or after 第, and only where a reference could follow.
    /// </summary>
    private bool SplitPossible(string text, int s, int e)
    {
        // "第39/176号": a resolution's number before the 号 of "第…号" may carry a note's digits too (a guess only,
        // taken where its neighbours in the list have the digits left; see LikeItsNeighbours).
        var numbered = chinese && s > 0 && text[s - 1] == '/' && e < text.Length && text[e] == '号';
        if (e - s > 7 || !(FollowsRightly(text, e) || numbered))
        {
            return false;
        }

        if (e - s == 4 && Number(text, s, e) is >= 1900 and <= 2099)
        {
            return false;
        }

        if (s >= 2 && text[s - 1] is ',' or '.' && char.IsAsciiDigit(text[s - 2]))
        {
            return false;
        }

        if (s > 0 && chinese && (text[s - 1] is '《' or '〈' or '“' || BeforeNumbers.Contains(text[s - 1])))
        {
            return false;
        }

        // Not in a document symbol ("A/75/L.45", "E/CN.6/2020/L.1"), whose numbers are all the symbol's.
        var token = s;
        while (token > 0 && !char.IsWhiteSpace(text[token - 1]) && !TextChars.IsCjkOrPunctuation(text[token - 1]))
        {
            token--;
        }

        var letters = token;
        while (letters < s && char.IsAsciiLetterUpper(text[letters]))
        {
            letters++;
        }

        return !(letters > token && letters < s && text[letters] == '/');
    }

    /// <summary>
    /// Where a note's number may start in a number with it glued to it: a year ("20203" after "17 July",
    /// "2015–203020") or a resolution's number ("59/3008"; a resolution's number has at most three digits,
    /// but "resolution 5/2021" of FAO is numbered by its year).
    /// </summary>
    private List<int> NumberThenReference(string text, int s, int e)
    {
        var starts = new List<int>();
        if (e - s > 7 || !FollowsRightly(text, e))
        {
            return starts;
        }

        if (s > 0 && text[s - 1] == '/')
        {
            if (e - s == 4 && Number(text, s, e) is >= 1945 and <= 2035 && s >= 2 && char.IsAsciiDigit(text[s - 2])
                && (s < 3 || !char.IsAsciiDigit(text[s - 3])))
            {
                return starts;
            }

            for (var digits = 3; digits >= 1; digits--)
            {
                if (NoteAt(text, s + digits, e))
                {
                    starts.Add(s + digits);
                }
            }

            return starts;
        }

        var year = (s == 0 || char.IsWhiteSpace(text[s - 1]) || text[s - 1] is '–' or '-') && e - s >= 5 && text.AsSpan(s, 2) is "19" or "20";
        if (year && NoteAt(text, s + 4, e))
        {
            starts.Add(s + 4);
        }

        return starts;
    }

    private bool NoteAt(string text, int start, int e) =>
        start < e && e - start <= 3 && text[start] != '0' && notes.Contains(Number(text, start, e));

    /// <summary>
    /// Whether the Chinese character at <paramref name="e"/> counts what the number before it
    /// numbers ("5月", "3个", "12人"), so that the number is the text's. Not after a closing title
    /// mark or quotation ("《班吉宣言》14时作出": a count never follows one directly), nor where the
    /// character starts a word of its own ("12人权理事会", "6至关重要", "9名为"). "21世纪" (a century) counts too.
    /// </summary>
    private static bool Counts(string text, int e)
    {
        var s = e;
        while (s > 0 && char.IsAsciiDigit(text[s - 1]))
        {
            s--;
        }

        if (s > 0 && text[s - 1] is '》' or '〉' or '”' or '’' or '）' or '」' or '』')
        {
            return false;
        }

        var next = e + 1 < text.Length ? text[e + 1] : ' ';
        if (text[e] == '世' && next == '纪')
        {
            return true; // "21世纪": the twenty-first century
        }

        return Counters.Contains(text[e]) && !(text[e] == '人' && "权民类口道".Contains(next)) && !(text[e] == '至' && "关今此少".Contains(next))
            && !(text[e] == '名' && "为称义单录".Contains(next)); // "、9名为…": "named", not nine persons

    }

    /// <summary>Whether one to three digits stand before the comma at <paramref name="comma"/>, as in a number's groups.</summary>
    private static bool GroupBefore(string text, int comma)
    {
        var digits = 0;
        while (comma - digits - 1 >= 0 && char.IsAsciiDigit(text[comma - digits - 1]))
        {
            digits++;
        }

        return digits is >= 1 and <= 3;
    }

    private bool FollowsRightly(string text, int e)
    {
        if (e == text.Length)
        {
            return true;
        }

        var c = text[e];
        if (c == '.' || c == ',')
        {
            return e + 1 == text.Length || !char.IsAsciiDigit(text[e + 1]);
        }

        if (c == ' ' && (Following(text, e + 1, "per cent") || Following(text, e + 1, "percent")))
        {
            return false; // "making100 per cent" (76/72, a space lost): a share, not note 100
        }

        if (c == ' ')
        {
            // "1 590 700", "8 800万": a group of thousands follows, so the number is the text's.
            var group = e + 1;
            while (group < text.Length && char.IsAsciiDigit(text[group]))
            {
                group++;
            }

            return group - e - 1 != 3;
        }

        return c is ';' or ':' or ')' or '”' or '’' or '"' || (chinese && TextChars.IsCjkOrPunctuation(c) && !Counts(text, e));
    }

    private static bool Following(string text, int at, string word) =>
        string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    /// <summary>"disarmament, 1 in": a comma or semicolon, one space, the number; not "paragraphs 2, 3", nor "positions: 1 Senior Officer".</summary>
    private static bool SpacedOk(string text, int before) =>
        text[before] is ',' or ';' or '，' or '；' && (before == 0 || !char.IsAsciiDigit(text[before - 1]));

    private bool GluedOk(string text, int before, ReadOnlySpan<char> number, bool first, bool atEnd)
    {
        var c = text[before];
        if (chinese && (c is '《' or '〈' or '（' or '“' or '‘' or '「' or '『' or '【' || (c == '、' && (!first || (before > 0 && char.IsAsciiDigit(text[before - 1]))))))
        {
            return false; // "《21世纪议程》", "目标9、11、16": a number in a list of numbers
        }

        if (chinese && (TextChars.IsCjkPunctuation(c) || (first && TextChars.IsCjk(c) && !BeforeNumbers.Contains(c))))
        {
            return true;
        }

        if (c == ',' && number.Length == 3 && GroupBefore(text, before))
        {
            return false; // "1,117,005": a group of thousands, not "2004,105"
        }

        if (char.IsLower(c) || c is ',' or ';' or ':' or ')' or '”' or '’' or '"' or '»')
        {
            return true;
        }

        if (char.IsUpper(c))
        {
            // "INTERPOL1", "Protocol I4", "HIV/AIDS1": only a first reference, and not in a symbol ("A/C.34", "A/RES/75/1").
            var word = before;
            while (word >= 0 && char.IsLetter(text[word]))
            {
                word--;
            }

            return first && (word < 0 || text[word] == ' ' || (text[word] == '/' && word > 0 && char.IsLetter(text[word - 1])));
        }

        if (c != '.')
        {
            return false;
        }

        if (first && atEnd)
        {
            return true; // "to be held in 2021.9" ends the paragraph: no decimal ends one
        }

        // "session.5", not "Rev.1", "L.6" or "resolution XIII.1" (a word in capitals numbers things).
        var start = before;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return before - start >= 4 && (start == 0 || text[start - 1] == ' ') && char.IsLower(text[before - 1]);
    }

    /// <summary>
    /// A number at [Start, End) of text <see cref="Segment"/> that may refer to note <see cref="Number"/>:
    /// as its first reference with strength <see cref="First"/> (0: not), as a later one
    /// (<see cref="Repeat"/>); <see cref="Spaced"/> when a space before it goes with it; <see cref="Split"/>
    /// when it is the end of a longer number starting at <see cref="RunStart"/>.
    /// </summary>
    private sealed record Candidate(int Segment, int Start, int End, int Number, bool Spaced, Strength First, bool Repeat, bool Split, int RunStart)
    {
        public static readonly Comparison<Candidate> ReadingOrder = (a, b) => a.Segment != b.Segment ? a.Segment.CompareTo(b.Segment) : a.Start.CompareTo(b.Start);

        /// <summary>Whether this one ends before <paramref name="other"/> starts.</summary>
        public bool Before(Candidate other) => Segment < other.Segment || (Segment == other.Segment && End <= other.Start);

    }
}
