using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Which node of a paragraph holds the tables printed after it (ADR 0029), one rule for every importer: the
/// nodes that introduce something (their text ends with a colon, "… shall be as follows:"), the last ones in
/// reading order, one table each; a single table after a paragraph with no such node is the paragraph's. The
/// exporters print a paragraph's tables after it in reading order, so a table comes back to its node.
/// </summary>
internal static class TableHolders
{
    /// <summary>Gives <paramref name="paragraph"/>'s nodes the <paramref name="tables"/> printed after it; returns how many found no holder.</summary>
    public static int Attach(ParsedNode paragraph, IReadOnlyList<DraftTable> tables)
    {
        if (tables.Count == 0)
        {
            return 0;
        }

        var nodes = Walk(paragraph).Where(n => n.Table is null).ToList();
        var introducing = nodes.Where(n => Introduces(n.Text.ToString())).ToList();
        List<ParsedNode> holders = introducing.Count >= tables.Count
            ? introducing[^tables.Count..]
            : tables.Count == 1 && paragraph.Table is null ? [paragraph] : introducing;
        for (var i = 0; i < holders.Count && i < tables.Count; i++)
        {
            holders[i].Table = tables[i];
        }

        return Math.Max(0, tables.Count - holders.Count);
    }

    /// <summary>A text that ends as one that introduces what follows: a colon, after any footnote reference.</summary>
    public static bool Introduces(string text)
    {
        return ParsedNode.EndsAsLeadIn(Text.Closers.WithoutTrailingRefs(InlineItalics.Strip(text).TrimEnd()));
    }

    private static IEnumerable<ParsedNode> Walk(ParsedNode node)
    {
        yield return node;
        foreach (var child in node.Children.SelectMany(Walk))
        {
            yield return child;
        }
    }
}
