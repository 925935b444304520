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

        Assert.Equal("In operative paragraph 1, italicize the words “Official Records of the General Assembly”.", Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void TakingItalicsAway_IsWordedAsRemoveTheItalics()
    {
        var original = English("OP Recalls the report of the Secretary-General, {i}ibid.{/i}, and the note by the Secretariat;");
        var proposed = Proposed(original, d => Replace(d, "op1", "{i}ibid.{/i}", "ibid."));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("In operative paragraph 1, remove the italics from the word “ibid.”.", Assert.Single(amendment.Wording("en")));
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

        Assert.Equal("在执行部分第1段中，将“大会正式记录”改为斜体。", Assert.Single(RoundTrip(original, italic).Wording("zh")));

        var roman = Proposed(italic, d => Replace(d, "op1", "{i}大会正式记录{/i}", "大会正式记录"));
        Assert.Equal("在执行部分第1段中，取消“大会正式记录”的斜体。", Assert.Single(RoundTrip(italic, roman).Wording("zh")));
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
