namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A coarse first pass for long texts, as diff-match-patch diffs lines first: both texts are cut
/// into clauses after clause punctuation ("，", "；", ", ", "; ", a line break), the clauses are
/// diffed as units, and only each changed run of clauses is tokenized and diffed token by token.
/// The cuts are where every tokenization has a boundary, so the result equals a token diff's in
/// kind, at a fraction of the cost.
/// </summary>
internal static class ClauseDiff
{
    /// <summary>Diffs old characters [aStart, aEnd) against new characters [bStart, bEnd).</summary>
    public delegate void Refine(int aStart, int aEnd, int bStart, int bEnd);

    public static void Run(string a, int aStart, int aEnd, string b, int bStart, int bEnd, SegmentBuilder output, Refine refine)
    {
        var oldClauses = Clauses(a, aStart, aEnd);
        var newClauses = Clauses(b, bStart, bEnd);
        var ids = new TokenIds();
        var sink = new ClauseSink(oldClauses, newClauses, output, refine);
        MyersDiff.Run(Ids(a, oldClauses, ids), Ids(b, newClauses, ids), sink);
        sink.Flush();
    }

    /// <summary>The start of each clause, then <paramref name="end"/>.</summary>
    private static List<int> Clauses(string text, int start, int end)
    {
        var starts = new List<int> { start };
        for (var i = start; i + 1 < end; i++)
        {
            if (EndsClauseBefore(text[i], text[i + 1]))
            {
                starts.Add(i + 1);
            }
        }

        starts.Add(end);
        return starts;
    }

    private static bool EndsClauseBefore(char c, char next) => c switch
    {
        '，' or '。' or '；' or '：' or '、' or '！' or '？' => TextTokenizer.StandsAlone(next),
        // Not inside "1,000" or "3.5": the mark is followed by a space.
        ',' or ';' or ':' or '.' or '!' or '?' => next == ' ',
        '\n' => next is > ' ' and < (char)0x300 || (next is >= '\u4E00' and <= '\u9FFF'),
        _ => false,
    };

    private static int[] Ids(string text, List<int> clauses, TokenIds ids)
    {
        var result = new int[clauses.Count - 1];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = ids.Id(text.AsSpan(clauses[c], clauses[c + 1] - clauses[c]));
        }

        return result;
    }

    /// <summary>Passes equal clauses through; gathers each changed run of clauses for a refine.</summary>
    private sealed class ClauseSink(List<int> oldClauses, List<int> newClauses, SegmentBuilder output, Refine refine) : ITokenSink
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
