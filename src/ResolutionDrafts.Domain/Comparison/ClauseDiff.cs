namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A coarse first pass for long texts (as diff-match-patch diffs lines first): the tokens are
/// grouped into clauses ending at sentence or clause punctuation, the clauses are diffed, and
/// each changed run of clauses is handed back to be diffed token by token.
/// </summary>
internal static class ClauseDiff
{
    /// <summary>Diffs old tokens [aStart, aEnd) against new tokens [bStart, bEnd).</summary>
    public delegate void Refine(int aStart, int aEnd, int bStart, int bEnd);

    /// <summary>Writes the tokens in [aStart, aEnd) and [bStart, bEnd) to <paramref name="output"/>, in token indices.</summary>
    public static void Run(TokenText a, int aStart, int aEnd, TokenText b, int bStart, int bEnd, ITokenSink output, Refine refine)
    {
        var oldClauses = Clauses(a, aStart, aEnd);
        var newClauses = Clauses(b, bStart, bEnd);
        var ids = new TokenIds();
        var sink = new ClauseSink(oldClauses, newClauses, output, refine);
        MyersDiff.Run(Ids(a, oldClauses, ids), Ids(b, newClauses, ids), sink);
        sink.Flush();
    }

    /// <summary>The first token of each clause, then <paramref name="end"/>.</summary>
    private static List<int> Clauses(TokenText text, int start, int end)
    {
        var starts = new List<int> { start };
        for (var t = start; t < end; t++)
        {
            if (t + 1 < end && EndsClause(text.Span(t)))
            {
                starts.Add(t + 1);
            }
        }

        starts.Add(end);
        return starts;
    }

    private static bool EndsClause(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is ',' or ';' or ':' or '.' or '!' or '?' or '\n' or '，' or '。' or '；' or '：' or '、' or '！' or '？';

    private static int[] Ids(TokenText text, List<int> clauses, TokenIds ids)
    {
        var result = new int[clauses.Count - 1];
        for (var c = 0; c < result.Length; c++)
        {
            var start = text.Start(clauses[c]);
            result[c] = ids.Id(text.Text.AsSpan(start, text.Start(clauses[c + 1]) - start));
        }

        return result;
    }

    /// <summary>Passes equal clauses through as tokens; gathers each changed run of clauses for a refine.</summary>
    private sealed class ClauseSink(List<int> oldClauses, List<int> newClauses, ITokenSink output, Refine refine) : ITokenSink
    {
        private int aAt;
        private int bAt;
        private int aChangeStart;
        private int bChangeStart;

        public void Equal(int aStart, int aEnd)
        {
            if (aEnd <= aStart)
            {
                return;
            }

            Flush();
            output.Equal(oldClauses[aStart], oldClauses[aEnd]);
            bAt += aEnd - aStart;
            aAt = aEnd;
            aChangeStart = aAt;
            bChangeStart = bAt;
        }

        public void Delete(int aStart, int aEnd) => aAt = Math.Max(aAt, aEnd);

        public void Insert(int bStart, int bEnd) => bAt = Math.Max(bAt, bEnd);

        public void Flush()
        {
            if (aAt > aChangeStart || bAt > bChangeStart)
            {
                refine(oldClauses[aChangeStart], oldClauses[aAt], newClauses[bChangeStart], newClauses[bAt]);
            }

            aChangeStart = aAt;
            bChangeStart = bAt;
        }
    }
}
