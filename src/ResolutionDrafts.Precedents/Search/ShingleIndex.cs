using System.Buffers;

namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// The postings of one language: shingle → the paragraphs that have it (indexes into the whole
/// corpus).
/// </summary>
internal sealed class ShingleIndex
{
    private readonly Dictionary<int, int[]> postings;
    private readonly int[] members;
    private readonly int count;
    private readonly int size;

    private ShingleIndex(Dictionary<int, int[]> postings, int[] members)
    {
        this.postings = postings;
        this.members = members;
        count = members.Length;
        size = members.Length == 0 ? 0 : members.Max() + 1;
    }

    public static ShingleIndex Build(int[] members, int[][] shingles)
    {
        var lists = new Dictionary<int, List<int>>();
        foreach (var i in members)
        {
            foreach (var s in shingles[i])
            {
                if (!lists.TryGetValue(s, out var list))
                {
                    lists[s] = list = new List<int>(2);
                }

                list.Add(i);
            }
        }

        return new ShingleIndex(lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), members);
    }

    /// <summary>The paragraphs that have every one of the shingles; every paragraph when there are none.</summary>
    public IEnumerable<int> WithAll(int[] shingles)
    {
        if (shingles.Length == 0)
        {
            return members;
        }

        var lists = new List<int[]>(shingles.Length);
        foreach (var s in shingles)
        {
            if (!postings.TryGetValue(s, out var list))
            {
                return [];
            }

            lists.Add(list);
        }

        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        IEnumerable<int> result = lists[0];
        foreach (var list in lists.Skip(1))
        {
            var set = list.ToHashSet();
            result = result.Where(set.Contains).ToList();
        }

        return result;
    }

    /// <summary>
    /// The paragraphs sharing the most (rarity-weighted) shingles with the query. Rare shingles are
    /// read first; the commonest ("of the", "联合") are skipped once enough rarer ones were read, which
    /// bounds the time a query takes whatever it holds.
    /// </summary>
    public int[] Candidates(int[] query, int wanted)
    {
        var lists = query.Select(s => postings.TryGetValue(s, out var list) ? list : null).OfType<int[]>().OrderBy(l => l.Length).ToList();
        var scores = ArrayPool<float>.Shared.Rent(size);
        Array.Clear(scores, 0, size);
        var touched = new List<int>();
        try
        {
            var common = Math.Max(50, count / 20);
            for (var k = 0; k < lists.Count; k++)
            {
                var list = lists[k];
                if (list.Length > common && k >= 8)
                {
                    break;
                }

                var weight = (float)Math.Log(1 + ((double)count / list.Length));
                foreach (var i in list)
                {
                    if (scores[i] == 0)
                    {
                        touched.Add(i);
                    }

                    scores[i] += weight;
                }
            }

            if (touched.Count <= wanted)
            {
                return touched.ToArray();
            }

            var best = new PriorityQueue<int, float>(wanted + 1);
            foreach (var i in touched)
            {
                best.Enqueue(i, scores[i]);
                if (best.Count > wanted)
                {
                    best.Dequeue();
                }
            }

            return best.UnorderedItems.Select(x => x.Element).ToArray();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }
}
