namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A coarse pass for long texts, as diff-match-patch diffs lines first: both texts are cut into
/// lines, or into clauses after clause punctuation ("，", "；", ", ", "; "), the pieces are diffed
/// as units, and only each changed run of pieces is handed on to be diffed finer. The cuts are
/// where every tokenization has a boundary, so the result is still a token diff, at a fraction of
/// the cost.
/// </summary>
internal static class ClauseDiff
{
    /// <summary>Diffs old characters [aStart, aEnd) against new characters [bStart, bEnd).</summary>
    public delegate void Refine(int aStart, int aEnd, int bStart, int bEnd);

    [ThreadStatic]
    private static int runsOnThisThread;

    /// <summary>How many times the pass ran on this thread: tests see that a long text took it, without timing.</summary>
    internal static int RunsOnThisThread => runsOnThisThread;

    /// <param name="lines">Cut after line breaks only; otherwise after clause punctuation and line breaks.</param>
    public static void Run(string a, int aStart, int aEnd, string b, int bStart, int bEnd, bool lines, SegmentBuilder output, Refine refine)
    {
        runsOnThisThread++;
        var oldClauses = Clauses(a, aStart, aEnd, lines);
        var newClauses = Clauses(b, bStart, bEnd, lines);
        if (oldClauses.Count == 2 && newClauses.Count == 2)
        {
            // Nothing to cut at: no need to compare the texts whole.
            refine(aStart, aEnd, bStart, bEnd);
            return;
        }

        var ids = new TokenIds();
        var sink = new ClauseSink(oldClauses, newClauses, output, refine);
        MyersDiff.Run(Ids(a, oldClauses, ids), Ids(b, newClauses, ids), sink);
        sink.Flush();
    }

    /// <summary>The start of each clause, then <paramref name="end"/>.</summary>
    private static List<int> Clauses(string text, int start, int end, bool lines)
    {
        var starts = new List<int> { start };
        for (var i = start; i + 1 < end; i++)
        {
            if ((lines ? text[i] == '\n' && EndsClauseBefore('\n', text[i + 1]) : EndsClauseBefore(text[i], text[i + 1])))
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
