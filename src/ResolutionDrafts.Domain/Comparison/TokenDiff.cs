namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// The token-level diff behind <see cref="TextDiffer"/>: tokens become ids and
/// <see cref="MyersDiff"/> runs on them. Myers' algorithm costs O((N+M)·D), which is seconds for
/// two long, wholly different paragraphs; above <see cref="MaxCells"/> the text is first diffed
/// clause by clause (<see cref="ClauseDiff"/>) and only changed clauses are diffed token by token.
/// </summary>
internal static class TokenDiff
{
    /// <summary>Old tokens × new tokens above which the clause pass runs first (about 2,000 × 2,000).</summary>
    public const long MaxCells = 4_000_000;

    public static void Run(TokenText a, TokenText b, SegmentBuilder output)
    {
        var ids = new TokenIds();
        var aIds = ids.Map(a, 0, a.Count);
        var bIds = ids.Map(b, 0, b.Count);
        var sink = new Sink(a, b, output);

        // Trim first: the size that matters for the guard is what is left between the common ends.
        var prefix = aIds.AsSpan().CommonPrefixLength(bIds);
        var suffix = 0;
        while (suffix < aIds.Length - prefix && suffix < bIds.Length - prefix && aIds[^(suffix + 1)] == bIds[^(suffix + 1)])
        {
            suffix++;
        }

        long n = aIds.Length - prefix - suffix, m = bIds.Length - prefix - suffix;
        if (n * m <= MaxCells)
        {
            MyersDiff.Run(aIds, bIds, sink);
            return;
        }

        sink.Equal(0, prefix);
        ClauseDiff.Run(a, prefix, a.Count - suffix, b, prefix, b.Count - suffix, sink, (aS, aE, bS, bE) =>
        {
            if ((long)(aE - aS) * (bE - bS) <= MaxCells)
            {
                MyersDiff.Run(aIds.AsSpan(aS, aE - aS), bIds.AsSpan(bS, bE - bS), new OffsetSink(sink, aS, bS));
            }
            else
            {
                // Still too big after the clause pass: say "replaced" rather than stall.
                sink.Delete(aS, aE);
                sink.Insert(bS, bE);
            }
        });
        sink.Equal(a.Count - suffix, a.Count);
    }

    /// <summary>Turns token ranges into character ranges of the two texts.</summary>
    private sealed class Sink(TokenText a, TokenText b, SegmentBuilder output) : ITokenSink
    {
        public void Equal(int aStart, int aEnd) => output.Equal(a.Start(aStart), a.Start(aEnd));

        public void Delete(int aStart, int aEnd) => output.Delete(a.Start(aStart), a.Start(aEnd));

        public void Insert(int bStart, int bEnd) => output.Insert(b.Start(bStart), b.Start(bEnd));
    }

    private sealed class OffsetSink(ITokenSink inner, int aOffset, int bOffset) : ITokenSink
    {
        public void Equal(int aStart, int aEnd) => inner.Equal(aStart + aOffset, aEnd + aOffset);

        public void Delete(int aStart, int aEnd) => inner.Delete(aStart + aOffset, aEnd + aOffset);

        public void Insert(int bStart, int bEnd) => inner.Insert(bStart + bOffset, bEnd + bOffset);
    }
}
