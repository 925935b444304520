using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>Every pair of list edits on every list of up to six items: both orders end with the same list.</summary>
public sealed class ListEditsTests
{
    [Fact]
    public void Transform_EveryPairOnSmallLists_Converges()
    {
        var checkedPairs = 0;
        for (var n = 0; n <= 6; n++)
        {
            var list = Enumerable.Range(0, n).Select(i => (char)('a' + i)).ToList();
            var edits = AllEdits(n).ToList();
            foreach (var e in edits)
            {
                foreach (var l in edits)
                {
                    var (ePrime, lPrime) = ListEdits.Transform(e, l);
                    var viaEarlier = Apply(Apply(list, e, 'E'), lPrime, 'L');
                    var viaLater = Apply(Apply(list, l, 'L'), ePrime, 'E');
                    Assert.True(viaEarlier == viaLater, $"n={n} {e} vs {l}: {viaEarlier} != {viaLater} ({ePrime}, {lPrime})");
                    checkedPairs++;
                }
            }
        }

        Assert.True(checkedPairs > 4_000, $"only {checkedPairs} pairs");
    }

    [Fact]
    public void Transform_InsertsAtSameIndex_EarlierFirst()
    {
        var (e, l) = ListEdits.Transform(ListEdit.Insert(1), ListEdit.Insert(1));

        Assert.Equal("aELb", Apply(Apply(['a', 'b'], ListEdit.Insert(1), 'E'), l, 'L'));
        Assert.Equal("aELb", Apply(Apply(['a', 'b'], ListEdit.Insert(1), 'L'), e, 'E'));
    }

    [Fact]
    public void Transform_TwoMovesOfOneItem_LaterDecides()
    {
        var (e, l) = ListEdits.Transform(ListEdit.Move(0, 2), ListEdit.Move(0, 1));

        Assert.Null(e);
        Assert.Equal("bac", Apply(Apply(['a', 'b', 'c'], ListEdit.Move(0, 2), 'E'), l, 'L'));
    }

    private static IEnumerable<ListEdit> AllEdits(int n)
    {
        for (var i = 0; i <= n; i++)
        {
            yield return ListEdit.Insert(i);
        }

        for (var i = 0; i < n; i++)
        {
            yield return ListEdit.Delete(i);
            for (var j = 0; j < n; j++)
            {
                yield return ListEdit.Move(i, j);
            }
        }
    }

    private static string Apply(IEnumerable<char> items, ListEdit? edit, char inserted)
    {
        var list = items.ToList();
        switch (edit)
        {
            case null:
                break;
            case { Kind: ListEditKind.Insert } e:
                Assert.InRange(e.To, 0, list.Count);
                list.Insert(e.To, inserted);
                break;
            case { Kind: ListEditKind.Delete } e:
                Assert.InRange(e.From, 0, list.Count - 1);
                list.RemoveAt(e.From);
                break;
            case { } e:
                Assert.InRange(e.From, 0, list.Count - 1);
                Assert.InRange(e.To, 0, list.Count - 1);
                var item = list[e.From];
                list.RemoveAt(e.From);
                list.Insert(e.To, item);
                break;
        }

        return new string([.. list]);
    }
}
