using System.Buffers;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Myers' O(ND) diff over token ids, in linear space: find the middle snake by searching from
/// both ends at once, then recurse on each half (the shape of diff-match-patch's diff_bisect).
/// Common prefixes and suffixes are trimmed at every level, and a text contained in the other is
/// answered without a search, which is what makes near-identical paragraphs cheap.
/// </summary>
internal static class MyersDiff
{
    /// <summary>
    /// Steps (diagonals × text length) one search may take before it gives up and reports the two
    /// texts as replaced: a hard bound on time for any input, as diff-match-patch has a deadline.
    /// </summary>
    internal const long MaxSteps = 50_000_000;

    /// <summary>
    /// Steps (as <see cref="MaxSteps"/> counts them: each round of a search costs the length of the two
    /// texts) taken by the searches run on this thread so far: the work a diff cost, counted rather
    /// than timed, so tests can hold the bound without a clock (benchmarks time it).
    /// </summary>
    [ThreadStatic]
    private static long stepsOnThisThread;

    internal static long StepsOnThisThread => stepsOnThisThread;

    /// <param name="shortest">
    /// Skip the half-match speed-up, so the script is a shortest one (within the step bound): what the
    /// property tests hold against DiffPlex, an independent Myers implementation.
    /// </param>
    public static void Run(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ITokenSink sink, bool shortest = false) => Diff(a, 0, b, 0, sink, shortest);

    private static void Diff(ReadOnlySpan<int> a, int aOffset, ReadOnlySpan<int> b, int bOffset, ITokenSink sink, bool shortest)
    {
        var prefix = a.CommonPrefixLength(b);
        sink.Equal(aOffset, aOffset + prefix);
        a = a[prefix..];
        b = b[prefix..];
        aOffset += prefix;
        bOffset += prefix;

        var suffix = CommonSuffixLength(a, b);
        var aTail = aOffset + a.Length - suffix;
        a = a[..^suffix];
        b = b[..^suffix];

        Middle(a, aOffset, b, bOffset, sink, shortest);
        sink.Equal(aTail, aTail + suffix);
    }

    private static void Middle(ReadOnlySpan<int> a, int aOffset, ReadOnlySpan<int> b, int bOffset, ITokenSink sink, bool shortest)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            sink.Delete(aOffset, aOffset + a.Length);
            sink.Insert(bOffset, bOffset + b.Length);
            return;
        }

        // One text inside the other: a pure insertion (or deletion) on both sides of it.
        var aLonger = a.Length > b.Length;
        var longer = aLonger ? a : b;
        var shorter = aLonger ? b : a;
        var at = longer.IndexOf(shorter);
        if (at >= 0)
        {
            if (aLonger)
            {
                sink.Delete(aOffset, aOffset + at);
                sink.Equal(aOffset + at, aOffset + at + b.Length);
                sink.Delete(aOffset + at + b.Length, aOffset + a.Length);
            }
            else
            {
                sink.Insert(bOffset, bOffset + at);
                sink.Equal(aOffset, aOffset + a.Length);
                sink.Insert(bOffset + at + a.Length, bOffset + b.Length);
            }

            return;
        }

        if (shorter.Length == 1)
        {
            // A single token not found in the other text: nothing in common.
            sink.Delete(aOffset, aOffset + a.Length);
            sink.Insert(bOffset, bOffset + b.Length);
            return;
        }

        if (!shortest && HalfMatch(a, b, out var aCommon, out var bCommon, out var common))
        {
            Diff(a[..aCommon], aOffset, b[..bCommon], bOffset, sink, shortest);
            sink.Equal(aOffset + aCommon, aOffset + aCommon + common);
            Diff(a[(aCommon + common)..], aOffset + aCommon + common, b[(bCommon + common)..], bOffset + bCommon + common, sink, shortest);
            return;
        }

        var (x, y) = Bisect(a, b);
        if (x < 0)
        {
            sink.Delete(aOffset, aOffset + a.Length);
            sink.Insert(bOffset, bOffset + b.Length);
            return;
        }

        Diff(a[..x], aOffset, b[..y], bOffset, sink, shortest);
        Diff(a[x..], aOffset + x, b[y..], bOffset + y, sink, shortest);
    }

    /// <summary>
    /// diff-match-patch's half-match speed-up: a common run at least half as long as the longer
    /// text splits the problem in two without a search. A revised paragraph with edits at both
    /// ends of a long unchanged middle is the common case. It may miss the shortest script by a
    /// little, which the semantic clean-up would blur anyway.
    /// </summary>
    private static bool HalfMatch(ReadOnlySpan<int> a, ReadOnlySpan<int> b, out int aStart, out int bStart, out int length)
    {
        aStart = bStart = length = 0;
        var aLonger = a.Length > b.Length;
        var longer = aLonger ? a : b;
        var shorter = aLonger ? b : a;
        if (longer.Length < 8 || shorter.Length * 2 < longer.Length)
        {
            return false;
        }

        // Any run of half the longer text contains one of these two quarter-long seeds.
        int bestLonger = 0, bestShorter = 0, best = 0;
        foreach (var seedStart in (ReadOnlySpan<int>)[(longer.Length + 3) / 4, (longer.Length + 1) / 2])
        {
            var seed = longer.Slice(seedStart, longer.Length / 4);
            var from = 0;

            // A few occurrences are enough; repetitive text could otherwise make this quadratic.
            for (var tries = 0; tries < 8 && from <= shorter.Length - seed.Length; tries++)
            {
                var found = shorter[from..].IndexOf(seed);
                if (found < 0)
                {
                    break;
                }

                var at = from + found;
                var after = longer[seedStart..].CommonPrefixLength(shorter[at..]);
                var before = CommonSuffixLength(longer[..seedStart], shorter[..at]);
                if (before + after > best)
                {
                    best = before + after;
                    bestLonger = seedStart - before;
                    bestShorter = at - before;
                }

                from = at + 1;
            }
        }

        if (best * 2 < longer.Length)
        {
            return false;
        }

        (aStart, bStart, length) = aLonger ? (bestLonger, bestShorter, best) : (bestShorter, bestLonger, best);
        return true;
    }

    /// <summary>A point (x, y) on a middle snake of an optimal path, or (-1, -1) when the texts share nothing.</summary>
    private static (int X, int Y) Bisect(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int n = a.Length, m = b.Length;
        var maxD = (n + m + 1) / 2;
        var searchD = (int)Math.Min(maxD, Math.Max(64, MaxSteps / (n + m)));
        var vOffset = maxD;
        var vLength = (2 * maxD) + 2;
        var pool = ArrayPool<int>.Shared;
        var v1 = pool.Rent(vLength);
        var v2 = pool.Rent(vLength);
        try
        {
            v1.AsSpan(0, vLength).Fill(-1);
            v2.AsSpan(0, vLength).Fill(-1);
            v1[vOffset + 1] = 0;
            v2[vOffset + 1] = 0;
            var delta = n - m;

            // When delta is odd the forward search meets the reverse one; when even, the reverse meets the forward.
            var front = (delta & 1) != 0;
            int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
            for (var d = 0; d < searchD; d++)
            {
                stepsOnThisThread += n + m;
                for (var k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
                {
                    var k1Offset = vOffset + k1;
                    var x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                    var y1 = x1 - k1;
                    while (x1 < n && y1 < m && a[x1] == b[y1])
                    {
                        x1++;
                        y1++;
                    }

                    v1[k1Offset] = x1;
                    if (x1 > n)
                    {
                        k1End += 2; // Ran off the right of the graph.
                    }
                    else if (y1 > m)
                    {
                        k1Start += 2; // Ran off the bottom.
                    }
                    else if (front)
                    {
                        var k2Offset = vOffset + delta - k1;
                        if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset])
                        {
                            return (x1, y1);
                        }
                    }
                }

                for (var k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
                {
                    var k2Offset = vOffset + k2;
                    var x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                    var y2 = x2 - k2;
                    while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1])
                    {
                        x2++;
                        y2++;
                    }

                    v2[k2Offset] = x2;
                    if (x2 > n)
                    {
                        k2End += 2;
                    }
                    else if (y2 > m)
                    {
                        k2Start += 2;
                    }
                    else if (!front)
                    {
                        var k1Offset = vOffset + delta - k2;
                        if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1)
                        {
                            var x1 = v1[k1Offset];
                            var y1 = vOffset + x1 - k1Offset;
                            if (x1 >= n - x2)
                            {
                                return (x1, y1);
                            }
                        }
                    }
                }
            }

            return (-1, -1);
        }
        finally
        {
            pool.Return(v1);
            pool.Return(v2);
        }
    }

    private static int CommonSuffixLength(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var max = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < max && a[a.Length - 1 - i] == b[b.Length - 1 - i])
        {
            i++;
        }

        return i;
    }
}
