namespace ResolutionDrafts.Domain.Comparison;

/// <summary>The token-level diff behind <see cref="TextDiffer"/>: tokens become ids and <see cref="MyersDiff"/> runs on them.</summary>
internal static class TokenDiff
{
    public static void Run(TokenText a, TokenText b, SegmentBuilder output)
    {
        var ids = new TokenIds();
        MyersDiff.Run(ids.Map(a), ids.Map(b), new Sink(a, b, output));
    }

    /// <summary>Turns token ranges into character ranges of the two texts.</summary>
    private sealed class Sink(TokenText a, TokenText b, SegmentBuilder output) : ITokenSink
    {
        public void Equal(int aStart, int aEnd) => output.Equal(a.Start(aStart), a.Start(aEnd));

        public void Delete(int aStart, int aEnd) => output.Delete(a.Start(aStart), a.Start(aEnd));

        public void Insert(int bStart, int bEnd) => output.Insert(b.Start(bStart), b.Start(bEnd));
    }
}
