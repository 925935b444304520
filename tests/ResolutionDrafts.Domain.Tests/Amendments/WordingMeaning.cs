using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// What a reader does with an amendment's English wording, done by the letter of its sentences and
/// nothing else: the quoted words are found as whole words of the paragraph as it reads (italic marks
/// are not in it; a footnote reference is quoted as [^N]), deleted, replaced or inserted; new words
/// are in roman unless the sentence says which are in italics ("(in italics)", "(“…” in italics)");
/// "italicize" and "remove the italics from" set the italics of the words they name. Only which
/// paragraph an item is about is taken from its structure (paragraph names have tests of their own).
/// The result is each paragraph as it reads, spaces as a reader would tidy them (<see cref="Reading"/>).
/// </summary>
internal static partial class WordingMeaning
{
    private readonly record struct Unit(string Text, bool Italic);

    private sealed record Edit(int Start, int End, List<Unit>? Units, (int From, int To, bool Italic)[] Italics);

    /// <summary>Each paragraph of <paramref name="original"/> (by id) as the wording of its word-edit items makes it read, in English or Chinese ("zh").</summary>
    public static Dictionary<string, string> Apply(Draft original, Amendment amendment, string language = "en")
    {
        var chinese = DraftLanguage.IsChinese(language);
        var texts = original.AllNodes().ToDictionary(n => n.Id, n => Units(n.Text));
        foreach (var item in amendment.Items)
        {
            var first = item.Instructions[0];
            if (first.Kind == AmendmentKind.ReplaceParagraph)
            {
                var sentence = Plain(item.Wording(language));
                var quoted = Quoted().Match(sentence);
                var italics = chinese ? ChineseItalicsAt(sentence, quoted.Index + quoted.Length) : InItalicsAt(sentence, quoted.Index + quoted.Length);
                texts[first.Target!.Id] = WithItalics(Units(quoted.Groups[1].Value), italics);
                continue;
            }

            if (!first.IsWordEdit)
            {
                throw new InvalidOperationException($"Only changes inside paragraphs are read here: {item.Wording("en")}");
            }

            var clauses = chinese ? ChineseClauses(item) : Clauses(item);
            foreach (var id in item.Instructions.Select(i => i.Target!.Id).Distinct())
            {
                texts[id] = Perform(texts[id], clauses, Plain(item.Wording(language)));
            }
        }

        return texts.ToDictionary(p => p.Key, p => Reading(p.Value));
    }

    /// <summary>A paragraph's text as it reads: words, spaces tidied, italic characters other than spaces followed by "⸗".</summary>
    public static string Reading(string modelText) => Reading(Units(modelText));

    // ---- the sentences -------------------------------------------------------------------------

    /// <summary>
    /// A wording with its footnote references written back as the model writes them, so the sentences
    /// below read them as quoted words: raised digits in quotes ("Council,¹") are [^1]; a reference named
    /// alone ("a reference to footnote 9", "delete the reference to footnote 1", 对脚注9的引用) is the quoted “[^9]”.
    /// Nothing else in the test drafts is written in superscript digits.
    /// </summary>
    private static string Plain(string wording)
    {
        var text = Regex.Replace(wording, "[⁰¹²³⁴⁵⁶⁷⁸⁹]+", m => "[^" + string.Concat(m.Value.Select(c => (char)('0' + FootnoteReferences.SuperscriptDigits.IndexOf(c, StringComparison.Ordinal)))) + "]");
        text = Regex.Replace(text, @"\bdelete ((?:the \w+(?:-\w+)? occurrence of )?)the reference to footnote (\d+)", "delete $1“[^$2]”");
        text = Regex.Replace(text, @"\b(?:a|the) reference to footnote (\d+)", "the word “[^$1]”");
        return Regex.Replace(text, "对脚注(\\d+)的引用", "“[^$1]”");
    }

    private static readonly string Q = "“([^”]*)”";
    private static readonly string Occ = @"(?:the (\w+(?:-\w+)?) occurrence of )?";
    private static readonly string Words = "the words? " + Q;

    private sealed record Clause(string Verb, string? Lead, string? AnchorWords, int? AnchorOccurrence, string? Old, int? OldOccurrence, string? New,
        string Italics, List<string> Italicized, List<string> Unitalicized);

    private static List<Clause> Clauses(AmendmentItem item)
    {
        var layout = item.Layout("en");
        if (layout.Lettered.Count > 0)
        {
            return layout.Lettered.Select(l => Plain(char.ToLowerInvariant(l[0]) + l[1..^1])).Select(l => ParseBody(l, item).Single()).ToList();
        }

        var sentence = Plain(layout.Lead);
        var start = Regex.Match(sentence, @"^At the beginning of .*?, insert (" + Words + ")");
        if (start.Success)
        {
            return [new Clause("insert", "at the beginning of the paragraph", null, null, null, null, start.Groups[2].Value, sentence[(start.Index + start.Length)..^1], [], [])];
        }

        var end = Regex.Match(sentence, @"^At the end of .*?, add (" + Words + ")");
        if (end.Success)
        {
            return [new Clause("add", "at the end of the paragraph", null, null, null, null, end.Groups[2].Value, sentence[(end.Index + end.Length)..^1], [], [])];
        }

        var targets = item.Instructions.Select(i => i.Target!).DistinctBy(t => t.Id).ToList();
        var name = targets.Count == 1 ? targets[0].Name(DraftLanguage.English) : ParagraphNames.Names(targets, chinese: false);
        var prefix = $"In {name}, ";
        Assert.StartsWith(prefix, sentence, StringComparison.Ordinal);
        return ParseBody(sentence[prefix.Length..^1], item);
    }

    private static readonly Regex ClauseRegex = new(
        @"\G(?:(?<lead>(?<where>after|before) " + Occ.Replace("(\\w+", "(?<aocc>\\w+", StringComparison.Ordinal) + Words.Replace(Q, "“(?<anchor>[^”]*)”", StringComparison.Ordinal)
        + @"|at the beginning of the paragraph|at the end of the paragraph), )?"
        + "(?:"
        + @"(?<verb>insert|add) the words? “(?<new>[^”]*)”(?<ital> \((?:in italics|[^()]*? in italics)\))?"
        + @"|(?<verb>delete) " + Occ.Replace("(\\w+", "(?<oocc>\\w+", StringComparison.Ordinal) + "“(?<old>[^”]*)”"
        + @"|(?<verb>replace) " + Occ.Replace("(\\w+", "(?<oocc>\\w+", StringComparison.Ordinal) + "the words? “(?<old>[^”]*)” with the words? “(?<new>[^”]*)”(?<ital> \\((?:in italics|[^()]*? in italics)\\))?"
        + @"|(?<verb>italicize) " + Occ.Replace("(\\w+", "(?<oocc>\\w+", StringComparison.Ordinal) + "the words? “(?<old>[^”]*)”"
        + @"|(?<verb>remove the italics from) " + Occ.Replace("(\\w+", "(?<oocc>\\w+", StringComparison.Ordinal) + "the words? “(?<old>[^”]*)”"
        + @"|(?<verb>in) " + Occ.Replace("(\\w+", "(?<oocc>\\w+", StringComparison.Ordinal) + "the words? “(?<old>[^”]*)”, "
        + "(?:italicize (?<on>“[^”]*”(?:(?:, | and )“[^”]*”)*)(?: and remove the italics from (?<off>“[^”]*”(?:(?:, | and )“[^”]*”)*))?"
        + "|remove the italics from (?<off>“[^”]*”(?:(?:, | and )“[^”]*”)*))"
        + ")(?<sep>, | and |$)",
        RegexOptions.CultureInvariant);

    private static List<Clause> ParseBody(string body, AmendmentItem item)
    {
        var clauses = new List<Clause>();
        var at = 0;
        while (at < body.Length)
        {
            var m = ClauseRegex.Match(body, at);
            Assert.True(m.Success && m.Length > 0, $"Cannot read the clause at {at} of: {body}\n({item.Wording("en")})");
            var lead = m.Groups["lead"].Success ? m.Groups["lead"].Value : null;
            clauses.Add(new Clause(
                m.Groups["verb"].Value,
                lead is null ? null : m.Groups["where"].Success ? m.Groups["where"].Value : lead,
                m.Groups["anchor"].Success ? m.Groups["anchor"].Value : null,
                Ordinal(m.Groups["aocc"]),
                m.Groups["old"].Success ? m.Groups["old"].Value : null,
                Ordinal(m.Groups["oocc"]),
                m.Groups["new"].Success ? m.Groups["new"].Value : null,
                m.Groups["ital"].Value,
                QuotedList(m.Groups["on"]),
                QuotedList(m.Groups["off"])));
            at = m.Index + m.Length;
        }

        return clauses;
    }

    // ---- the Chinese sentences (ChineseWording), read into the same clauses -----------------------

    private static readonly string ZhOcc = "(?:第(?<{0}>[一二三四五六七八九十百]+)处)?";
    private static readonly string ZhItal = "(?<ital>（(?:斜体|其中[^（）]*?为斜体)）)?";
    private static readonly string ZhList = "“[^”]*”(?:(?:、|和|以及)“[^”]*”)*";

    private static readonly Regex ChineseClause = new(
        @"\G(?:"
        + "在" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "aocc") + "“(?<anchor>[^”]*)”之(?<where>后|前)插入“(?<new>[^”]*)”" + ZhItal + "(?<verb>)"
        + "|在段(?<edge>首)插入“(?<new>[^”]*)”" + ZhItal
        + "|在段(?<edge>末)添加“(?<new>[^”]*)”" + ZhItal
        + "|(?<verb>删除)" + "(?<place>)" + "(?:" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "aocc") + "“(?<anchor>[^”]*)”之(?<where>后|前)的|段(?<edge>首|末)的|" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "oocc") + ")“(?<old>[^”]*)”"
        + "|(?<verb>将)(?:" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "aocc") + "“(?<anchor>[^”]*)”之(?<where>后|前)的|段(?<edge>首|末)的|" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "oocc") + ")“(?<old>[^”]*)”改为(?:(?<italic>斜体)|“(?<new>[^”]*)”" + ZhItal + ")"
        + "|(?<verb>取消)(?:" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "aocc") + "“(?<anchor>[^”]*)”之(?<where>后|前)的|段(?<edge>首|末)的|" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "oocc") + ")“(?<old>[^”]*)”的斜体"
        + "|(?<verb>在)(?:" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "aocc") + "“(?<anchor>[^”]*)”之(?<where>后|前)的|段(?<edge>首|末)的|" + string.Format(CultureInfo.InvariantCulture, ZhOcc, "oocc") + ")“(?<old>[^”]*)”中，"
        + "(?:将(?<on>" + ZhList + ")改为斜体(?:，并取消(?<off>" + ZhList + ")的斜体)?|取消(?<off>" + ZhList + ")的斜体)"
        + ")(?<sep>，并|，|$)",
        RegexOptions.CultureInvariant);

    private static List<Clause> ChineseClauses(AmendmentItem item)
    {
        var layout = item.Layout("zh");
        if (layout.Lettered.Count > 0)
        {
            return layout.Lettered.Select(l => ParseChinese(Plain(l)[..^1], item).Single()).ToList();
        }

        var sentence = Plain(layout.Lead);
        var targets = item.Instructions.Select(i => i.Target!).DistinctBy(t => t.Id).ToList();
        var name = targets.Count == 1 ? targets[0].Name(DraftLanguage.Chinese) : ParagraphNames.Names(targets, chinese: true);
        foreach (var (prefix, edge, verb) in new[] { ($"在{name}开头插入", "首", "插入"), ($"在{name}末尾添加", "末", "添加") })
        {
            if (sentence.StartsWith(prefix, StringComparison.Ordinal))
            {
                return ParseChinese($"在段{edge}{verb}" + sentence[prefix.Length..^1], item);
            }
        }

        Assert.StartsWith($"在{name}中，", sentence, StringComparison.Ordinal);
        return ParseChinese(sentence[$"在{name}中，".Length..^1], item);
    }

    private static List<Clause> ParseChinese(string body, AmendmentItem item)
    {
        var clauses = new List<Clause>();
        var at = 0;
        while (at < body.Length)
        {
            var m = ChineseClause.Match(body, at);
            Assert.True(m.Success && m.Length > 0, $"Cannot read the clause at {at} of: {body}\n({item.Wording("zh")})");
            var edge = m.Groups["edge"].Success ? m.Groups["edge"].Value : null;
            var lead = m.Groups["where"].Success ? (m.Groups["where"].Value == "后" ? "after" : "before")
                : edge == "首" ? "at the beginning of the paragraph" : edge == "末" ? "at the end of the paragraph" : null;
            var verb = m.Groups["verb"].Value switch
            {
                "删除" => "delete",
                "将" when m.Groups["italic"].Success => "italicize",
                "将" => "replace",
                "取消" => "remove the italics from",
                "在" => "in",
                _ => "insert",
            };
            clauses.Add(new Clause(
                verb,
                lead,
                m.Groups["anchor"].Success ? m.Groups["anchor"].Value : null,
                ChineseOrdinal(m.Groups["aocc"]),
                m.Groups["old"].Success ? m.Groups["old"].Value : null,
                ChineseOrdinal(m.Groups["oocc"]),
                m.Groups["new"].Success ? m.Groups["new"].Value : null,
                m.Groups["ital"].Value,
                QuotedList(m.Groups["on"]),
                QuotedList(m.Groups["off"])));
            at = m.Index + m.Length;
        }

        return clauses;
    }

    private static int? ChineseOrdinal(Group group)
    {
        if (!group.Success || group.Value.Length == 0)
        {
            return null;
        }

        for (var n = 1; n < 200; n++)
        {
            if (Ordinals.ChineseNumber(n) == group.Value)
            {
                return n;
            }
        }

        throw new InvalidOperationException($"Not a Chinese number: {group.Value}");
    }

    /// <summary>（斜体） or （其中“…”和第二处“…”为斜体） at <paramref name="at"/>: null for all the new words.</summary>
    private static List<(string Words, int? Occurrence)>? ChineseItalicsAt(string sentence, int at)
    {
        var m = Regex.Match(sentence[at..], "^（(?:(?<all>斜体)|其中(?<some>[^（）]*?)为斜体)）");
        if (!m.Success)
        {
            return [];
        }

        return m.Groups["all"].Success ? null
            : Regex.Matches(m.Groups["some"].Value, "(?:第([一二三四五六七八九十百]+)处)?“([^”]*)”").Select(x => (x.Groups[2].Value, ChineseOrdinal(x.Groups[1]))).ToList();
    }

    private static List<string> QuotedList(Group group) =>
        group.Success ? Quoted().Matches(group.Value).Select(m => m.Groups[1].Value).ToList() : [];

    private static int? Ordinal(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        for (var n = 1; n < 100; n++)
        {
            if (Ordinals.English(n) == group.Value)
            {
                return n;
            }
        }

        throw new InvalidOperationException($"Not an ordinal: {group.Value}");
    }

    // Quotations print inner “ ” as ‘ ’: the paragraph is searched the same way.
    private static string Searchable(string text) => text.Replace('“', '‘').Replace('”', '’');

    /// <summary>The stretches that " (in italics)" or " (“a” and the second “b” in italics)" at <paramref name="at"/> name; null for all the words.</summary>
    private static List<(string Words, int? Occurrence)>? InItalicsAt(string sentence, int at)
    {
        var m = Regex.Match(sentence[at..], @"^ \((?:(?<all>in italics)|(?<some>[^()]*?) in italics)\)");
        if (!m.Success)
        {
            return [];
        }

        return m.Groups["all"].Success ? null : Stretches(m.Groups["some"].Value);
    }

    private static List<(string Words, int? Occurrence)> Stretches(string list) =>
        Regex.Matches(list, @"(?:the (\w+(?:-\w+)?) )?“([^”]*)”").Select(m => (m.Groups[2].Value, Ordinal(m.Groups[1]))).ToList();

    // ---- doing it ------------------------------------------------------------------------------

    private static List<Unit> Perform(List<Unit> units, List<Clause> clauses, string wording)
    {
        var text = Searchable(Text(units));
        var edits = clauses.Select(c => Locate(units, text, c, wording)).OrderByDescending(e => e.Start).ToList();
        var result = units.ToList();
        foreach (var edit in edits)
        {
            foreach (var (from, to, italic) in edit.Italics)
            {
                for (var k = from; k < to; k++)
                {
                    result[k] = result[k] with { Italic = italic };
                }
            }

            if (edit.Units is not null)
            {
                result.RemoveRange(edit.Start, edit.End - edit.Start);
                result.InsertRange(edit.Start, edit.Units);
            }
        }

        return result;
    }

    private static Edit Locate(List<Unit> units, string text, Clause c, string wording)
    {
        var offsets = Offsets(units);
        int UnitAt(int offset)
        {
            var index = Array.IndexOf(offsets, offset);
            Assert.True(index >= 0, $"A quotation cuts a footnote reference in: {wording}");
            return index;
        }

        var (start, end) = (-1, -1);
        if (c.Lead is "after" or "before")
        {
            var anchor = Find(text, c.AnchorWords!, c.AnchorOccurrence, wording);
            var p = c.Lead == "after" ? anchor + c.AnchorWords!.Length : anchor;
            if (c.Old is null)
            {
                (start, end) = (p, p);
            }
            else if (c.Lead == "after")
            {
                start = p + (text.Length - p - text[p..].TrimStart().Length);
                Assert.True(text[start..].StartsWith(c.Old, StringComparison.Ordinal), $"“{c.Old}” does not follow “{c.AnchorWords}” in: {wording}");
                end = start + c.Old.Length;
            }
            else
            {
                end = text[..p].TrimEnd().Length;
                Assert.True(text[..end].EndsWith(c.Old, StringComparison.Ordinal), $"“{c.Old}” does not precede “{c.AnchorWords}” in: {wording}");
                start = end - c.Old.Length;
            }
        }
        else if (c.Lead == "at the beginning of the paragraph")
        {
            start = text.Length - text.TrimStart().Length;
            end = c.Old is null ? start : start + c.Old.Length;
        }
        else if (c.Lead == "at the end of the paragraph")
        {
            end = text.TrimEnd().Length;
            start = c.Old is null ? end : end - c.Old.Length;
        }
        else
        {
            start = Find(text, c.Old!, c.OldOccurrence, wording);
            end = start + c.Old!.Length;
        }

        var (from, to) = (UnitAt(start), UnitAt(end));
        switch (c.Verb)
        {
            case "insert" or "add":
                return new Edit(from, from, [new Unit(" ", false), .. WithItalics(Units(c.New!), StatedItalics(c.Italics)), new Unit(" ", false)], []);
            case "delete":
                return new Edit(from, to, [], []);
            case "replace":
                return new Edit(from, to, [new Unit(" ", false), .. WithItalics(Units(c.New!), StatedItalics(c.Italics)), new Unit(" ", false)], []);
            case "italicize":
                return new Edit(from, to, null, [(from, to, true)]);
            case "remove the italics from":
                return new Edit(from, to, null, [(from, to, false)]);
            default:
                var words = text[start..end];
                var italics = c.Italicized.Select(w => Within(words, w, true)).Concat(c.Unitalicized.Select(w => Within(words, w, false)))
                    .Select(x => (UnitAt(start + x.At), UnitAt(start + x.At + x.Length), x.Italic)).ToArray();
                return new Edit(from, to, null, italics);
        }

        (int At, int Length, bool Italic) Within(string words, string key, bool italic)
        {
            var found = Matches(words, key);
            Assert.True(found.Count == 1, $"“{key}” occurs {found.Count} times in “{words}”: {wording}");
            return (found[0], key.Length, italic);
        }
    }

    private static List<(string Words, int? Occurrence)>? StatedItalics(string italics) =>
        italics.Length == 0 ? [] : italics.StartsWith('（') ? ChineseItalicsAt(italics, 0) : InItalicsAt(italics, 0);

    private static int Find(string text, string key, int? occurrence, string wording)
    {
        var found = Matches(text, key);
        if (occurrence is { } n)
        {
            Assert.True(found.Count >= n, $"no occurrence {n} of “{key}”: {wording}");
            return found[n - 1];
        }

        Assert.True(found.Count == 1, $"“{key}” occurs {found.Count} times: {wording}");
        return found[0];
    }

    /// <summary>Whole words where the text is written with spaces, anywhere in Chinese (the domain's own rule, docs/amendments.md).</summary>
    private static List<int> Matches(string text, string key) => TextMatches.Find(text, key);

    private static List<Unit> WithItalics(List<Unit> units, List<(string Words, int? Occurrence)>? stretches)
    {
        if (stretches is null)
        {
            return units.Select(u => u with { Italic = true }).ToList();
        }

        var text = Searchable(Text(units)).Trim();
        var lead = Text(units).Length - Text(units).TrimStart().Length;
        var offsets = Offsets(units);
        foreach (var (words, occurrence) in stretches)
        {
            var found = Matches(text, words);
            if (found.Count == 0)
            {
                found = [];
                for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
                {
                    found.Add(at);
                }
            }

            Assert.True(occurrence is null ? found.Count == 1 : found.Count >= occurrence, $"“{words}” is not named unambiguously in “{text}”");
            var at0 = lead + found[(occurrence ?? 1) - 1];
            var (from, to) = (Array.IndexOf(offsets, at0), Array.IndexOf(offsets, at0 + words.Length));
            for (var k = from; k < to; k++)
            {
                units[k] = units[k] with { Italic = true };
            }
        }

        return units;
    }

    // ---- texts as units ------------------------------------------------------------------------

    /// <summary>The text as it reads: characters with their italics, a footnote reference as one unit "[^N]".</summary>
    private static List<Unit> Units(string modelText)
    {
        var units = new List<Unit>();
        foreach (var run in InlineItalics.Runs(modelText))
        {
            foreach (var piece in FootnoteReferences.Split(run.Text))
            {
                if (piece.Footnote is not null)
                {
                    units.Add(new Unit(piece.Text, false));
                    continue;
                }

                var elements = StringInfo.GetTextElementEnumerator(piece.Text);
                while (elements.MoveNext())
                {
                    units.Add(new Unit(elements.GetTextElement(), run.Italic));
                }
            }
        }

        return units;
    }

    private static string Text(List<Unit> units) => string.Concat(units.Select(u => u.Text));

    /// <summary>Where each unit starts in <see cref="Text"/>, and the text's end.</summary>
    private static int[] Offsets(List<Unit> units)
    {
        var offsets = new int[units.Count + 1];
        for (var k = 0; k < units.Count; k++)
        {
            offsets[k + 1] = offsets[k] + units[k].Text.Length;
        }

        return offsets;
    }

    private static bool IsSpace(Unit u) => u.Text.Length == 1 && char.IsWhiteSpace(u.Text[0]);

    private static bool IsHan(Unit u) => u.Text.Length > 0 && u.Text[0] is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3000' and <= '\u303F');

    /// <summary>
    /// Spaces as a reader leaves them after deleting or inserting words: one between words, none at the
    /// ends, none before , ; : . ) ’ ” , none after ( ‘ “, none beside a footnote reference or a Chinese character.
    /// </summary>
    private static string Reading(List<Unit> units)
    {
        var kept = new List<Unit>();
        for (var k = 0; k < units.Count; k++)
        {
            var u = units[k];
            if (!IsSpace(u))
            {
                kept.Add(u);
                continue;
            }

            var next = units.Skip(k + 1).FirstOrDefault(x => !IsSpace(x));
            var previous = kept.Count > 0 ? kept[^1] : default;
            if (kept.Count == 0 || next.Text is null || IsSpace(previous)
                || IsHan(previous) || IsHan(next)
                || next.Text[0] is ',' or ';' or ':' or '.' or ')' or '’' or '”' or '!' or '?' || next.Text.StartsWith("[^", StringComparison.Ordinal)
                || previous.Text[^1] is '(' or '‘' or '“' || previous.Text.StartsWith("[^", StringComparison.Ordinal))
            {
                continue;
            }

            kept.Add(new Unit(" ", false));
        }

        var reading = new StringBuilder();
        foreach (var u in kept)
        {
            reading.Append(Searchable(u.Text));
            if (u.Italic && !IsSpace(u) && !u.Text.StartsWith("[^", StringComparison.Ordinal))
            {
                reading.Append('⸗');
            }
        }

        return reading.ToString();
    }

    [GeneratedRegex("“([^”]*)”")]
    private static partial Regex Quoted();
}
