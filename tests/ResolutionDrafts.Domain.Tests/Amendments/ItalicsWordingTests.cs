using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Tests.Comparison;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Issue 17: a proposal that only sets or takes away italics (ADR 0015) is worded by the words it
/// changes — "italicize the words “…”", "remove the italics from …", 将“……”改为斜体 — never with empty
/// quotes; a mark that changes nothing a reader sees is no amendment.
/// </summary>
public sealed partial class ItalicsWordingTests
{
    private const string Records = "OP Takes note of the report contained in the Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53;";

    [Fact]
    public void Italicizing_Words_IsWordedAsItalicize()
    {
        var original = English(Records);
        var proposed = Proposed(original, d => Replace(d, "op1", "Official Records of the General Assembly", "{i}Official Records of the General Assembly{/i}"));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("In the operative paragraph, italicize the words “Official Records of the General Assembly”.", Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void TakingItalicsAway_IsWordedAsRemoveTheItalics()
    {
        var original = English("OP Recalls the report of the Secretary-General, {i}ibid.{/i}, and the note by the Secretariat;");
        var proposed = Proposed(original, d => Replace(d, "op1", "{i}ibid.{/i}", "ibid."));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("In the operative paragraph, remove the italics from the word “ibid.”.", Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void TakingItalicsAwayFromPartOfATitle_NamesThoseWords()
    {
        var original = English("OP Takes note of the report contained in the {i}Official Records of the General Assembly{/i}, Seventy-ninth Session;");
        var proposed = Proposed(original, d => Replace(d, "op1", "{i}Official Records of the General Assembly{/i}", "{i}Official Records{/i} of the General Assembly"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.Contains("remove the italics from", wording, StringComparison.Ordinal);
        Assert.Contains("“of the General Assembly”", wording, StringComparison.Ordinal);
        NoEmptyQuotes(wording);
    }

    [Fact]
    public void Chinese_ItalicsAreWordedInChinese()
    {
        var original = Chinese("OP 注意到《大会正式记录》所载的报告；");
        var italic = Proposed(original, d => Replace(d, "op1", "大会正式记录", "{i}大会正式记录{/i}"));

        Assert.Equal("在执行部分中，将“大会正式记录”改为斜体。", Assert.Single(RoundTrip(original, italic).Wording("zh")));

        var roman = Proposed(italic, d => Replace(d, "op1", "{i}大会正式记录{/i}", "大会正式记录"));
        Assert.Equal("在执行部分中，取消“大会正式记录”的斜体。", Assert.Single(RoundTrip(italic, roman).Wording("zh")));
    }

    [Fact]
    public void ItalicsBesideAChangeOfWords_TheWordsAreQuotedWithoutMarks()
    {
        var original = English(Records);
        var proposed = Proposed(original, d => Replace(d, "op1", "Supplement No. 53;", "Supplement No. 53, {i}ibid.{/i};"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.Contains("ibid.”", wording, StringComparison.Ordinal);
        Assert.DoesNotContain("{i}", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsReplacedByWordsInItalics_SayWhichAreInItalics()
    {
        var original = English(Records);
        var all = Proposed(original, d => Replace(d, "op1", "the report contained in the Official Records", "the {i}ibid.{/i} Official Records"));
        var some = Proposed(original, d => Replace(d, "op1", "report contained in the Official Records of the General Assembly", "report contained in the {i}Official Records of the General Assembly{/i} and {i}ibid.{/i}"));

        Assert.Equal("In the operative paragraph, replace the words “report contained in the” with the word “ibid.” (in italics).", Assert.Single(RoundTrip(original, all).Wording("en")));
        Assert.Equal("In the operative paragraph, replace the words “Official Records of the General Assembly” with the words “Official Records of the General Assembly and ibid.” (“Official Records of the General Assembly” and “ibid.” in italics).",
            Assert.Single(RoundTrip(original, some).Wording("en")));
        Assert.Equal("在执行部分中，将“Official Records of the General Assembly”改为“Official Records of the General Assembly and ibid.”（其中“Official Records of the General Assembly”和“ibid.”为斜体）。",
            Assert.Single(RoundTrip(original, some).Wording("zh")));
    }

    [Fact]
    public void WordsInsertedInItalics_AreSaidToBe_InEnglishAndChinese()
    {
        var original = Chinese("OP 注意到大会正式记录所载的报告；");
        var proposed = Proposed(original, d => Replace(d, "op1", "所载的报告", "所载的报告和{i}同上{/i}"));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("在执行部分中，在“报告”之后插入“和同上”（其中“同上”为斜体）。", Assert.Single(amendment.Wording("zh")));
        var english = English(Records);
        var inserted = Proposed(english, d => Replace(d, "op1", "Supplement No. 53;", "Supplement No. 53, {i}ibid.{/i};"));
        Assert.Equal("In the operative paragraph, after the word “53”, insert the words “, ibid.” (“ibid.” in italics).", Assert.Single(RoundTrip(english, inserted).Wording("en")));
    }

    [Fact]
    public void AQuotationThatOnlyAMarkMadeUnique_IsNotTakenForUnique()
    {
        // "the" occurs three times as the paragraph reads; only one is followed by an italic mark.
        var original = English("OP Takes note of the {i}Official Records{/i} and the report of the Council;");
        var proposed = Proposed(original, d => Replace(d, "op1", "the {i}Official", "the {i}General Assembly Official"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.Equal(WordingMeaning.Reading(proposed.FindNode("op1")!.Text), WordingMeaning.Apply(original, AmendmentBuilder.Compute(original, proposed))["op1"]);
        Assert.DoesNotContain("after the word “the”", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeletionThatMovesAMark_SaysWhatTheMarkNowDoes()
    {
        // The words go, their italics stay on the word that follows them: "Records" is italic now.
        var original = English("OP Takes note of the {i}Official{/i} Records of the General Assembly;");
        var proposed = Proposed(original, d => Replace(d, "op1", "{i}Official{/i} Records", "{i}Records{/i}"));
        // The reference that followed the deleted words now follows the word before them.
        var footnoted = English("OP Takes note of the report of the Human Rights Council,[^1] and its recommendations;");
        var moved = Proposed(footnoted, d => Replace(d, "op1", "report of the Human Rights Council,[^1]", "report,[^1]"));

        foreach (var (from, to) in new[] { (original, proposed), (footnoted, moved) })
        {
            var amendment = RoundTrip(from, to);
            Assert.Equal(WordingMeaning.Reading(to.FindNode("op1")!.Text), WordingMeaning.Apply(from, amendment)["op1"]);
        }

        Assert.Equal("In the operative paragraph, replace the words “Official Records” with the word “Records” (in italics).", Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void AMarkThatChangesNothing_IsNoAmendment()
    {
        var original = English(Records);
        var proposed = Proposed(original, d => Replace(d, "op1", "report contained", "report{i}{/i} contained{/i}"));

        Assert.True(AmendmentBuilder.Compute(original, proposed).IsEmpty);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void English_RandomChangesOfMarks_AreWordedWithoutEmptyQuotes_AndApplyToTheSameReading(int seed, bool withWords) =>
        Check(English(
            "PP Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011 on the review of the Council,",
            "PP Having considered the recommendations contained in the report of the Human Rights Council,[^1]",
            "OP Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations;",
            Records), new Random(seed), 300, withWords);

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void Chinese_RandomChangesOfMarks_AreWordedWithoutEmptyQuotes_AndApplyToTheSameReading(int seed, bool withWords) =>
        Check(TestDrafts.Cosp7RevisedDraft(), new Random(seed), 150, withWords);

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void English_RandomChangesOfWordsAndItalics_TheWordingSaysAllThatChanges(int seed) =>
        CheckMeaning(English(
            "PP Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011 on the review of the Council,",
            "PP Having considered the recommendations contained in the report of the Human Rights Council,[^1] and the {i}Official Records{/i} thereof,[^2]",
            "OP Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations;",
            Records), new Random(seed), 250);

    [Theory]
    [InlineData(24)]
    public void Chinese_RandomChangesOfWordsAndItalics_TheWordingSaysAllThatChanges(int seed) =>
        CheckMeaning(TestDrafts.Cosp7RevisedDraft(), new Random(seed), 120);

    /// <summary>
    /// The wording read by the letter, in English and in Chinese (<see cref="WordingMeaning"/>), makes the original read as the proposal does,
    /// italics and footnote references included: a change of words and italics in one place, a deletion that
    /// moves an italic boundary or a footnote reference, new words partly in italics.
    /// </summary>
    private static void CheckMeaning(Draft start, Random random, int cases)
    {
        var said = 0;
        for (var i = 0; i < cases; i++)
        {
            var original = Marked(start, random, 0.5);
            var proposed = original.Clone();
            var nodes = proposed.AllNodes().ToList();
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                var node = nodes[random.Next(nodes.Count)];
                proposed.SetTextAsTyped(node.Id, Rewrite(proposed.FindNode(node.Id)!.Text, random, DraftLanguage.IsChinese(start.Language)));
            }

            var amendment = AmendmentBuilder.Compute(original, proposed);
            foreach (var language in new[] { "en", "zh" })
            {
                var meaning = WordingMeaning.Apply(original, amendment, language);
                foreach (var node in proposed.AllNodes())
                {
                    var expected = WordingMeaning.Reading(node.Text);
                    Assert.True(expected == meaning[node.Id],
                        $"{node.Id}: the {language} wording makes\n  {meaning[node.Id]}\nbut the proposal reads\n  {expected}\n"
                        + $"original: {original.FindNode(node.Id)!.Text}\nproposed: {node.Text}\n" + string.Join("\n", amendment.Wording(language)));
                }
            }

            said += amendment.Wording("en").Count(w => w.Contains("italics", StringComparison.Ordinal));
        }

        Assert.True(said > cases / 4, $"only {said} wordings of italics in {cases} cases");
    }

    private static readonly string[] NewWords = ["Official Records", "ibid.", "mutatis mutandis", "the report", "and", "General Assembly", "Supplement No. 7", "inter alia"];

    private static readonly string[] NewChinese = ["大会正式记录", "同上", "报告", "和", "秘书长"];

    /// <summary>One change in a paragraph: words replaced or inserted partly in italics, words deleted across an italic boundary or beside a footnote reference, a reference moved.</summary>
    private static string Rewrite(string text, Random random, bool chinese)
    {
        var tokens = Token().Matches(text).Select(m => (m.Index, End: m.Index + m.Length, m.Value)).ToList();
        bool Free(int p) => !tokens.Any(t => t.Index < p && p < t.End);
        var spaced = !chinese;
        var starts = Enumerable.Range(0, text.Length).Where(p => Free(p) && !char.IsWhiteSpace(text[p]) && (!spaced || p == 0 || text[p - 1] == ' ')).ToList();
        var ends = Enumerable.Range(1, text.Length).Where(p => Free(p) && !char.IsWhiteSpace(text[p - 1]) && (!spaced || p == text.Length || text[p] == ' ')).ToList();
        if (starts.Count == 0)
        {
            return text;
        }

        var a = starts[random.Next(starts.Count)];
        var after = ends.Where(e => e > a && e - a < 40).ToList();
        var b = after.Count == 0 ? a : after[random.Next(Math.Min(after.Count, 4))];
        string Words()
        {
            var pool = chinese ? NewChinese : NewWords;
            var parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => pool[random.Next(pool.Length)]).ToList();
            var italic = random.Next(parts.Count + 1);
            return string.Join(chinese ? "" : " ", parts.Select((w, k) => k == italic || (italic == parts.Count && random.Next(2) == 0) ? InlineItalics.Wrap(w) : w));
        }

        string Marks(string piece) => string.Concat(Token().Matches(piece).Select(m => m.Value));
        switch (random.Next(5))
        {
            case 0: // words and italics changed in one place
                return text[..a] + Words() + text[b..];
            case 1: // words put in, partly in italics
                return text[..a] + Words() + (spaced ? " " : "") + text[a..];
            case 2: // words deleted, the marks among them kept: an italic boundary or a reference moves to the next word
                return text[..a] + Marks(text[a..b]) + text[b..].TrimStart();
            case 3: // words deleted with their marks
                return text[..a] + text[b..].TrimStart();
            default: // a footnote reference moved to another word, or words and a reference beside them deleted
                var reference = tokens.FirstOrDefault(t => t.Value.StartsWith("[^", StringComparison.Ordinal));
                if (reference.Value is null)
                {
                    return text[..b] + "[^9]" + text[b..];
                }

                var without = text[..reference.Index] + text[reference.End..];
                var to = b >= reference.End ? b - reference.Value.Length : Math.Min(b, reference.Index);
                return without[..to] + reference.Value + without[to..];
        }
    }

    private static void Check(Draft start, Random random, int cases, bool withWords)
    {
        var words = new RandomProposals(random);
        var italicWordings = 0;
        for (var i = 0; i < cases; i++)
        {
            // The text the amendment is made to has italics of its own, which the proposal may take away.
            var original = Marked(start, random, 0.5);
            var proposed = Marked(withWords && random.Next(2) == 0 ? words.Propose(original, 1, structure: false) : original, random, 0.7);

            var amendment = AmendmentBuilder.Compute(original, proposed);
            var applied = AmendmentApplier.Apply(original, amendment.Instructions);

            Assert.True(applied.IsSuccess, applied.Error + "\n" + amendment.Text("en"));
            Assert.Equal(Reading(proposed), Reading(applied.Value!));
            foreach (var language in new[] { "en", "zh" })
            {
                foreach (var wording in amendment.Wording(language))
                {
                    Assert.False(EmptyQuote().IsMatch(wording), $"empty quotes in: {wording}\n{Changed(original, proposed)}\n" + string.Join("\n", amendment.Instructions.Select(x => $"{x.Kind} [{x.OldText}] → [{x.NewText}] {x.Anchor} [{x.AnchorText}]")));
                    Assert.DoesNotContain("{i}", wording, StringComparison.Ordinal);
                    Assert.DoesNotContain("{/i}", wording, StringComparison.Ordinal);
                    Assert.DoesNotMatch(@"\[\^\d+\]", wording); // a footnote reference reads as printed (ADR 0026)
                    italicWordings += wording.Contains("italic", StringComparison.Ordinal) || wording.Contains("斜体", StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        Assert.True(italicWordings > cases / 4, $"only {italicWordings} wordings of italics in {cases} cases");
    }

    private static string Changed(Draft original, Draft proposed) =>
        string.Join("\n", proposed.AllNodes().Where(n => original.FindNode(n.Id)?.Text != n.Text).Select(n => $"{original.FindNode(n.Id)?.Text}\n→ {n.Text}"));

    private static void NoEmptyQuotes(string wording) =>
        Assert.False(EmptyQuote().IsMatch(wording), $"empty quotes in: {wording}");

    /// <summary>Each paragraph as a reader sees it: its words and which are italic, however the marks are written.</summary>
    private static string Reading(Draft draft) =>
        string.Join("\n", draft.AllNodes().Select(n => n.Id + " " + InlineItalics.Normalise(n.Text)));

    /// <summary>A copy with marks changed in some paragraphs: a stretch set in italics, a pair taken away, or a mark that does nothing.</summary>
    private static Draft Marked(Draft draft, Random random, double share)
    {
        var copy = draft.Clone();
        foreach (var node in copy.AllNodes().ToList())
        {
            if (random.NextDouble() < share)
            {
                copy.SetTextAsTyped(node.Id, Toggle(node.Text, random));
            }
        }

        return copy;
    }

    private static string Toggle(string text, Random random)
    {
        var tokens = Token().Matches(text).Select(m => (m.Index, End: m.Index + m.Length, m.Value)).ToList();
        bool Free(int p) => !tokens.Any(t => t.Index < p && p < t.End);
        var spaced = text.Contains(' ', StringComparison.Ordinal);
        var starts = Enumerable.Range(0, text.Length).Where(p => Free(p) && !char.IsWhiteSpace(text[p]) && (!spaced || p == 0 || text[p - 1] == ' ')).ToList();
        var ends = Enumerable.Range(1, text.Length).Where(p => Free(p) && !char.IsWhiteSpace(text[p - 1]) && (!spaced || p == text.Length || text[p] == ' ')).ToList();
        var marks = tokens.Where(t => t.Value is InlineItalics.Open or InlineItalics.Close).ToList();
        switch (random.Next(4))
        {
            case 0 or 1 when starts.Count > 0:
                var a = starts[random.Next(starts.Count)];
                var after = ends.Where(e => e > a && e - a < 60).ToList();
                if (after.Count == 0)
                {
                    return text;
                }

                var b = after[random.Next(Math.Min(after.Count, 6))];
                return text[..a] + InlineItalics.Open + text[a..b] + InlineItalics.Close + text[b..];
            case 2 when marks.Count > 0:
                var mark = marks[random.Next(marks.Count)];
                return text[..mark.Index] + text[mark.End..];
            default:
                var at = starts.Count > 0 ? starts[random.Next(starts.Count)] : 0;
                return text[..at] + (random.Next(2) == 0 ? InlineItalics.Close : InlineItalics.Open + InlineItalics.Close) + text[at..];
        }
    }

    [GeneratedRegex(@"\[\^\d+\]|\{i\}|\{/i\}")]
    private static partial Regex Token();

    [GeneratedRegex(@"“\s*”")]
    private static partial Regex EmptyQuote();
}
