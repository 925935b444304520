using DiffPlex;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// The token-level diff behind <see cref="TextDiffer"/>: trims the common prefix and suffix,
/// then hands the tokens in between to DiffPlex. Myers' algorithm costs O((N+M)·D), which is
/// seconds for two long, wholly different paragraphs; above <see cref="MaxCells"/> the middle is
/// first diffed clause by clause and only the changed clauses are diffed token by token.
/// </summary>
internal static class TokenDiff
{
    /// <summary>Old tokens × new tokens above which the clause pass runs first (about 2,000 × 2,000).</summary>
    public const long MaxCells = 4_000_000;

    public static void Run(TokenText a, TokenText b, SegmentBuilder output) =>
        Run(a, 0, a.Count, b, 0, b.Count, output, allowClauses: true);

    private static void Run(TokenText a, int aStart, int aEnd, TokenText b, int bStart, int bEnd, SegmentBuilder output, bool allowClauses)
    {
        var prefix = 0;
        while (aStart + prefix < aEnd && bStart + prefix < bEnd && a.TokenEquals(aStart + prefix, b, bStart + prefix))
        {
            prefix++;
        }

        var suffix = 0;
        while (aEnd - suffix > aStart + prefix && bEnd - suffix > bStart + prefix && a.TokenEquals(aEnd - suffix - 1, b, bEnd - suffix - 1))
        {
            suffix++;
        }

        output.Equal(a.Start(aStart), a.Start(aStart + prefix));
        Middle(a, aStart + prefix, aEnd - suffix, b, bStart + prefix, bEnd - suffix, output, allowClauses);
        output.Equal(a.Start(aEnd - suffix), a.Start(aEnd));
    }

    private static void Middle(TokenText a, int aStart, int aEnd, TokenText b, int bStart, int bEnd, SegmentBuilder output, bool allowClauses)
    {
        var n = aEnd - aStart;
        var m = bEnd - bStart;
        if (n == 0 || m == 0)
        {
            output.Delete(a.Start(aStart), a.Start(aEnd));
            output.Insert(b.Start(bStart), b.Start(bEnd));
            return;
        }

        if ((long)n * m > MaxCells)
        {
            if (allowClauses)
            {
                ClauseDiff.Run(a, aStart, aEnd, b, bStart, bEnd, output, (aS, aE, bS, bE) => Run(a, aS, aE, b, bS, bE, output, allowClauses: false));
            }
            else
            {
                // Still too big after the clause pass: say "replaced" rather than stall.
                output.Delete(a.Start(aStart), a.Start(aEnd));
                output.Insert(b.Start(bStart), b.Start(bEnd));
            }

            return;
        }

        var oldTokens = Tokens(a, aStart, aEnd);
        var newTokens = Tokens(b, bStart, bEnd);
        var result = Differ.Instance.CreateDiffs("a", "b", ignoreWhiteSpace: false, ignoreCase: false, new FixedChunker(oldTokens, newTokens));
        var at = aStart;
        foreach (var block in result.DiffBlocks)
        {
            var deleteStart = aStart + block.DeleteStartA;
            var insertStart = bStart + block.InsertStartB;
            output.Equal(a.Start(at), a.Start(deleteStart));
            output.Delete(a.Start(deleteStart), a.Start(deleteStart + block.DeleteCountA));
            output.Insert(b.Start(insertStart), b.Start(insertStart + block.InsertCountB));
            at = deleteStart + block.DeleteCountA;
        }

        output.Equal(a.Start(at), a.Start(aEnd));
    }

    private static string[] Tokens(TokenText text, int start, int end)
    {
        var tokens = new string[end - start];
        for (var t = 0; t < tokens.Length; t++)
        {
            tokens[t] = text.Token(start + t);
        }

        return tokens;
    }
}
