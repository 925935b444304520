using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Tests.Comparison;

public sealed class MoveDetectorTests
{
    [Fact]
    public void Moved_SameOrder_IsEmpty()
    {
        Assert.Empty(MoveDetector.Moved(["a", "b", "c"], ["a", "b", "c"]));
    }

    [Fact]
    public void Moved_NonAdjacentSwap_ReportsTheTwoSwappedNotTheOnesBetween()
    {
        Assert.Equal(["b", "e"], MoveDetector.Moved(["a", "b", "c", "d", "e", "f"], ["a", "e", "c", "d", "b", "f"]).Order());
    }

    [Fact]
    public void Moved_ThreeReversed_KeepsTheMiddleOne()
    {
        Assert.Equal(["c", "e"], MoveDetector.Moved(["a", "c", "d", "e"], ["a", "e", "d", "c"]).Order());
    }

    [Fact]
    public void Moved_OneItemFromTopToBottom_ReportsOnlyIt()
    {
        Assert.Equal(["a"], MoveDetector.Moved(["a", "b", "c", "d", "e"], ["b", "c", "d", "e", "a"]));
    }

    [Fact]
    public void Moved_RandomShuffles_AreTheFewestThatExplainTheNewOrder()
    {
        var random = new Random(11);
        for (var run = 0; run < 500; run++)
        {
            var old = Enumerable.Range(0, random.Next(0, 40)).Select(i => $"p{i}").ToList();
            var now = old.ToList();
            for (var m = random.Next(0, 5); m > 0 && now.Count > 1; m--)
            {
                var from = random.Next(now.Count);
                var item = now[from];
                now.RemoveAt(from);
                now.Insert(random.Next(now.Count + 1), item);
            }

            var moved = MoveDetector.Moved(old, now);

            // What stays, in both orders, is the same sequence, and it is as long as it can be.
            Assert.Equal(old.Where(id => !moved.Contains(id)), now.Where(id => !moved.Contains(id)));
            Assert.Equal(old.Count - LcsLength(old, now), moved.Count);
        }
    }

    private static int LcsLength(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Count, b.Count];
    }
}
