using System.Globalization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>Counts the top-level changes and says them in one line, in English and in Chinese.</summary>
internal static class SummaryWriter
{
    /// <summary>More moves than this are counted ("5 paragraphs moved") rather than listed.</summary>
    private const int MovesListed = 3;

    public static ComparisonSummary Summarize(IReadOnlyList<ParagraphComparison> paragraphs, SponsorComparison sponsors, IReadOnlyList<FieldChange> metadata, IReadOnlyList<FootnoteComparison> footnotes, int tableChanges = 0)
    {
        var moves = paragraphs
            .Where(p => p.IsMoved)
            .Select(p => new ParagraphMove(p.Id, p.OldLabel!, p.NewLabel!))
            .ToList();
        var counts = new Counts(
            Unchanged: paragraphs.Count(p => p.Change == ParagraphChange.Unchanged),
            Modified: paragraphs.Count(p => p.IsModified),
            Inserted: paragraphs.Count(p => p.Change == ParagraphChange.Inserted),
            Deleted: paragraphs.Count(p => p.Change == ParagraphChange.Deleted),
            FootnotesAdded: footnotes.Count(f => f.Change == FootnoteChange.Added),
            FootnotesRemoved: footnotes.Count(f => f.Change == FootnoteChange.Removed),
            FootnotesModified: footnotes.Count(f => f.Change == FootnoteChange.Modified),
            TableChanges: tableChanges);
        return new ComparisonSummary
        {
            Unchanged = counts.Unchanged,
            Modified = counts.Modified,
            Inserted = counts.Inserted,
            Deleted = counts.Deleted,
            Moves = moves,
            FootnotesChanged = counts.FootnotesAdded + counts.FootnotesRemoved + counts.FootnotesModified,
            MetadataChanged = metadata.Count,
            English = English(counts, moves, sponsors, metadata),
            Chinese = Chinese(counts, moves, sponsors, metadata),
        };
    }

    private static string English(Counts c, List<ParagraphMove> moves, SponsorComparison sponsors, IReadOnlyList<FieldChange> metadata)
    {
        var parts = new List<string>();
        var paragraphCounts = new[] { (c.Modified, "changed"), (c.Inserted, "added"), (c.Deleted, "deleted") }.Where(x => x.Item1 > 0).ToList();
        foreach (var (i, (count, what)) in paragraphCounts.Index())
        {
            // The noun goes with the first count only: "3 paragraphs changed, 1 added".
            var noun = i == 0 ? Plural(count, " paragraph") : "";
            parts.Add($"{N(count)}{noun} {what}");
        }

        parts.AddRange(moves.Count <= MovesListed
            ? moves.Select(m => $"{m.OldLabel} moved to {m.NewLabel}")
            : [$"{N(moves.Count)} paragraphs moved"]);
        if (sponsors.HasChanges)
        {
            var items = sponsors.Added.Select(s => "+" + s.Name + (s.Additional ? " (additional)" : ""))
                .Concat(sponsors.Removed.Select(s => "-" + s.Name))
                .Concat(sponsors.Changed.Select(s => s.Name + (s.IsAdditionalChanged ? (s.New.Additional ? " now additional" : " now original") : " changed")));
            parts.Add("sponsors: " + string.Join(" ", items));
        }

        AddFootnotes(parts, c, (n, what) => $"{N(n)}{Plural(n, " footnote")} {what}", "added", "removed", "changed");
        if (c.TableChanges > 0)
        {
            // A table's changes alone are changes too (ADR 0029): the line never says "No changes" over them.
            parts.Add($"{N(c.TableChanges)}{Plural(c.TableChanges, " table change")}");
        }

        if (metadata.Count > 0)
        {
            parts.Add(string.Join(", ", metadata.Select(f => FieldNames.Name(f.Field, DraftLanguage.English))) + " changed");
        }

        return parts.Count == 0 ? "No changes" : string.Join(", ", parts);
    }

    private static string Chinese(Counts c, List<ParagraphMove> moves, SponsorComparison sponsors, IReadOnlyList<FieldChange> metadata)
    {
        var parts = new List<string>();
        foreach (var (count, what) in new[] { (c.Modified, "修改"), (c.Inserted, "新增"), (c.Deleted, "删除") })
        {
            if (count > 0)
            {
                parts.Add($"{what} {N(count)} 段");
            }
        }

        parts.AddRange(moves.Count <= MovesListed
            ? moves.Select(m => $"{m.OldLabel} 移至 {m.NewLabel}")
            : [$"移动 {N(moves.Count)} 段"]);
        if (sponsors.HasChanges)
        {
            var items = sponsors.Added.Select(s => "+" + s.Name + (s.Additional ? "（补充）" : ""))
                .Concat(sponsors.Removed.Select(s => "-" + s.Name))
                .Concat(sponsors.Changed.Select(s => s.Name + (s.IsAdditionalChanged ? (s.New.Additional ? "改为补充提案国" : "改为原提案国") : "有变更")));
            parts.Add("提案国：" + string.Join(" ", items));
        }

        AddFootnotes(parts, c, (n, what) => $"{what}脚注 {N(n)} 条", "新增", "删除", "修改");
        if (c.TableChanges > 0)
        {
            parts.Add($"表格变更 {N(c.TableChanges)} 处");
        }

        if (metadata.Count > 0)
        {
            parts.Add(string.Join("、", metadata.Select(f => FieldNames.Name(f.Field, DraftLanguage.Chinese))) + "已更改");
        }

        return parts.Count == 0 ? "无变更" : string.Join("，", parts);
    }

    private static void AddFootnotes(List<string> parts, Counts c, Func<int, string, string> say, string added, string removed, string changed)
    {
        foreach (var (count, what) in new[] { (c.FootnotesModified, changed), (c.FootnotesAdded, added), (c.FootnotesRemoved, removed) })
        {
            if (count > 0)
            {
                parts.Add(say(count, what));
            }
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";

    private sealed record Counts(int Unchanged, int Modified, int Inserted, int Deleted, int FootnotesAdded, int FootnotesRemoved, int FootnotesModified, int TableChanges);
}
