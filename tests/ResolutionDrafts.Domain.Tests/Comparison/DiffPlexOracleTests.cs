using DiffPlex;
using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Tests.Comparison;

/// <summary>
/// DiffPlex as an oracle for the comparison's own Myers search (ADR 0004): on seeded random English
/// and Chinese edits, the shortest script ours finds must be exactly as short as DiffPlex's, token for
/// token; with the half-match speed-up on (as the product runs it) it may be longer, never shorter,
/// and only by a little in all.
/// </summary>
public sealed class DiffPlexOracleTests
{
    private static readonly string[] English =
    [
        "the", "General", "Assembly", "Recalling", "resolution", "States", "Member", "of", "and", "to", "in",
        "2030", "70/1", "Court's", " ", " ", " ", ",", ";", ".", "(a)", "“", "”", "—",
    ];

    private static readonly string[] Chinese =
    [
        "缔", "约", "国", "技", "术", "援", "助", "的", "和", "在", "公", "《", "》", "，", "。", "；", "、", "2030", "年", "第", "号", "𠀀",
    ];

    [Theory]
    [InlineData("en", 11)]
    [InlineData("zh", 12)]
    public void TheShortestScript_IsAsShortAsDiffPlexs(string language, int seed)
    {
        var random = new Random(seed);
        var pieces = language == "zh" ? Chinese : English;
        for (var i = 0; i < 400; i++)
        {
            var (a, b) = Pair(random, pieces);
            var (ours, theirs) = (Distance(a, b, shortest: true), DiffPlexDistance(a, b));
            Assert.True(ours == theirs, $"case {i}: ours {ours}, DiffPlex {theirs}\nold: {string.Concat(a)}\nnew: {string.Concat(b)}");
        }
    }

    [Theory]
    [InlineData("en", 13)]
    [InlineData("zh", 14)]
    public void WithTheSpeedUp_TheScriptIsNeverShorterThanTheShortest_AndLongerByLittle(string language, int seed)
    {
        var random = new Random(seed);
        var pieces = language == "zh" ? Chinese : English;
        long fast = 0, optimal = 0;
        for (var i = 0; i < 400; i++)
        {
            var (a, b) = Pair(random, pieces);
            var (quick, theirs) = (Distance(a, b, shortest: false), DiffPlexDistance(a, b));
            Assert.True(quick >= theirs, $"case {i}: {quick} is shorter than the shortest, {theirs}: the script is wrong");
            fast += quick;
            optimal += theirs;
        }

        Assert.True(fast <= optimal * 1.05, $"the speed-up costs {100.0 * (fast - optimal) / optimal:F1} % more edits in all");
    }

    private static (string[] A, string[] B) Pair(Random random, string[] pieces)
    {
        var a = Enumerable.Range(0, random.Next(0, 80)).Select(_ => pieces[random.Next(pieces.Length)]).ToList();
        var b = new List<string>(a);
        for (var e = random.Next(0, 8); e > 0; e--)
        {
            var at = random.Next(b.Count + 1);
            var cut = Math.Min(random.Next(0, 6), b.Count - at);
            b.RemoveRange(at, cut);
            b.InsertRange(at, Enumerable.Range(0, random.Next(0, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
        }

        return ([.. a], [.. b]);
    }

    /// <summary>Tokens deleted plus tokens inserted by our search.</summary>
    private static int Distance(string[] a, string[] b, bool shortest)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Map(string[] tokens) => [.. tokens.Select(t => ids.TryGetValue(t, out var id) ? id : ids[t] = ids.Count)];
        var sink = new Counting();
        MyersDiff.Run(Map(a), Map(b), sink, shortest);
        return sink.Edits;
    }

    /// <summary>The same for DiffPlex, given the same tokens (one per line, so its line chunker keeps them whole).</summary>
    private static int DiffPlexDistance(string[] a, string[] b)
    {
        var result = new Differ().CreateDiffs(string.Join('\n', a.Select(Escape)), string.Join('\n', b.Select(Escape)), false, false, new TokenChunker());
        return result.DiffBlocks.Sum(block => block.DeleteCountA + block.InsertCountB);
    }

    // Tokens hold no line breaks here; a space token must stay distinct from an empty line.
    private static string Escape(string token) => "·" + token;

    private sealed class TokenChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }

    private sealed class Counting : ITokenSink
    {
        public int Edits { get; private set; }

        public void Equal(int aStart, int aEnd)
        {
        }

        public void Delete(int aStart, int aEnd) => Edits += aEnd - aStart;

        public void Insert(int bStart, int bEnd) => Edits += bEnd - bStart;
    }
}
