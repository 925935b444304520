using DiffPlex;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A coarse first pass for long texts (as diff-match-patch diffs lines first): the tokens are
/// grouped into clauses ending at sentence or clause punctuation, the clauses are diffed, and
/// each changed run of clauses is handed back for a token diff.
/// </summary>
internal static class ClauseDiff
{
    public delegate void Refine(int aStart, int aEnd, int bStart, int bEnd);

    public static void Run(TokenText a, int aStart, int aEnd, TokenText b, int bStart, int bEnd, SegmentBuilder output, Refine refine)
    {
        var oldClauses = Clauses(a, aStart, aEnd);
        var newClauses = Clauses(b, bStart, bEnd);
        var result = Differ.Instance.CreateDiffs("a", "b", ignoreWhiteSpace: false, ignoreCase: false,
            new FixedChunker(Texts(a, oldClauses), Texts(b, newClauses)));
        var at = 0;
        foreach (var block in result.DiffBlocks)
        {
            output.Equal(a.Start(oldClauses[at]), a.Start(oldClauses[block.DeleteStartA]));
            refine(
                oldClauses[block.DeleteStartA], oldClauses[block.DeleteStartA + block.DeleteCountA],
                newClauses[block.InsertStartB], newClauses[block.InsertStartB + block.InsertCountB]);
            at = block.DeleteStartA + block.DeleteCountA;
        }

        output.Equal(a.Start(oldClauses[at]), a.Start(oldClauses[^1]));
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

    private static string[] Texts(TokenText text, List<int> clauses)
    {
        var texts = new string[clauses.Count - 1];
        for (var c = 0; c < texts.Length; c++)
        {
            texts[c] = text.Text[text.Start(clauses[c])..text.Start(clauses[c + 1])];
        }

        return texts;
    }
}
