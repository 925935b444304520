using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Tests.Comparison;

/// <summary>
/// Random pairs of texts (seeded, so a failure repeats): the segments must rebuild both texts
/// exactly, and no segment may begin or end inside a surrogate pair.
/// </summary>
public sealed class TextDifferPropertyTests
{
    private static readonly string[] EnglishPieces =
    [
        "the", "General", "Assembly", "Recalling", "resolution", "States", "Member", "of", "and", "to", "in",
        "2030", "70/1", "3.5", "1,000", "2015", "Court's", "naïve", " ", " ", " ", "  ", "\n", ",", ";", ".", ":",
        "(a)", "“", "”", "-", "—", "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "e\u0301",
    ];

    private static readonly string[] ChinesePieces =
    [
        "缔", "约", "国", "技", "术", "援", "助", "的", "和", "在", "公", "约", "《", "》", "，", "。", "；", "、",
        "2030", "年", "第", "3/1", "号", " ", "𠀀", "𠀁", "𠀂", "𪚥", "😀", "👍🏽", "「", "」", "（a）", "·", "Ａ", "２",
    ];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Diff_RandomEditsOfEnglishText_RebuildBothTexts(int seed, bool withLoneSurrogates) =>
        Check(new Random(seed), EnglishPieces, cases: 3_000, withLoneSurrogates);

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Diff_RandomEditsOfChineseText_RebuildBothTexts(int seed, bool withLoneSurrogates) =>
        Check(new Random(seed), ChinesePieces, cases: 3_000, withLoneSurrogates);

    [Fact]
    public void Diff_RandomMixedScriptsUnrelatedTexts_RebuildBothTexts()
    {
        var random = new Random(5);
        var pieces = EnglishPieces.Concat(ChinesePieces).ToArray();
        for (var i = 0; i < 2_000; i++)
        {
            AssertExact(RandomText(random, pieces, random.Next(0, 60)), RandomText(random, pieces, random.Next(0, 60)));
        }
    }

    [Fact]
    public void Diff_RandomLongChineseTexts_RebuildBothTextsThroughTheClausePass()
    {
        var random = new Random(6);
        for (var i = 0; i < 6; i++)
        {
            var oldText = RandomText(random, ChinesePieces, 3_000);
            AssertExact(oldText, Mutate(random, oldText, ChinesePieces, edits: 200));
        }
    }

    [Fact]
    public void Diff_RandomLongTextsOfManyLines_RebuildBothTextsThroughTheLinePass()
    {
        var random = new Random(9);
        string[] pieces = [.. ChinesePieces, .. EnglishPieces, "\n", "\n", "\n"];
        for (var i = 0; i < 6; i++)
        {
            var oldText = RandomText(random, pieces, 4_000);
            AssertExact(oldText, Mutate(random, oldText, pieces, edits: 150));
        }
    }

    private static void Check(Random random, string[] pieces, int cases, bool withLoneSurrogates)
    {
        var all = withLoneSurrogates ? [.. pieces, "\uD83D", "\uDE00"] : pieces;
        for (var i = 0; i < cases; i++)
        {
            var oldText = RandomText(random, all, random.Next(0, 80));
            var newText = Mutate(random, oldText, all, edits: random.Next(0, 8));
            AssertExact(oldText, newText);
        }
    }

    private static void AssertExact(string oldText, string newText)
    {
        var segments = TextDiffer.Diff(oldText, newText);
        Assert.Equal(oldText, TextDiffer.OldText(segments));
        Assert.Equal(newText, TextDiffer.NewText(segments));
        Assert.DoesNotContain(segments, s => s.Text.Length == 0);
        AssertNoPairSplit(oldText, segments, DiffOperation.Delete);
        AssertNoPairSplit(newText, segments, DiffOperation.Insert);
        for (var s = 1; s < segments.Count; s++)
        {
            Assert.NotEqual(segments[s - 1].Operation, segments[s].Operation);
        }
    }

    /// <summary>Every place where one segment of this side ends and the next begins is between code points.</summary>
    private static void AssertNoPairSplit(string text, IReadOnlyList<TextSegment> segments, DiffOperation side)
    {
        var at = 0;
        foreach (var segment in segments.Where(s => s.Operation == DiffOperation.Equal || s.Operation == side))
        {
            at += segment.Text.Length;
            Assert.False(
                at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]),
                $"a segment boundary at {at} splits a surrogate pair in \"{text}\"");
        }
    }

    private static string RandomText(Random random, string[] pieces, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => pieces[random.Next(pieces.Length)]));

    /// <summary>Inserts, deletes and replaces runs of pieces, as an editor would.</summary>
    private static string Mutate(Random random, string text, string[] pieces, int edits)
    {
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            var length = Math.Min(random.Next(0, 12), text.Length - at);
            text = random.Next(3) switch
            {
                0 => text.Insert(at, RandomText(random, pieces, random.Next(1, 6))),
                1 => text.Remove(at, length),
                _ => text.Remove(at, length).Insert(at, RandomText(random, pieces, random.Next(1, 6))),
            };
        }

        return text;
    }
}
