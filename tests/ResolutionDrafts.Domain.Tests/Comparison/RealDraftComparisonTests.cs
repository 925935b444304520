using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Comparison.TestDrafts;

namespace ResolutionDrafts.Domain.Tests.Comparison;

/// <summary>The Chinese revised draft CAC/COSP/2017/L.3/Rev.1 against an edited copy of itself.</summary>
public sealed class RealDraftComparisonTests
{
    private const string OldPhrase = "在预算外资源允许的情况下";
    private const string NewPhrase = "在现有资源范围内";

    [Fact]
    public void Fixture_HasElevenPreambularAndEighteenOperativeParagraphs()
    {
        var draft = Cosp7RevisedDraft();

        Assert.Equal(11, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Preambular));
        Assert.Equal(18, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Fact]
    public void Compare_OneRewordedOneDeletedTwoSwapped_ReportsExactlyThoseWithTheirLabels()
    {
        var (old, revised) = Revise();

        var comparison = DraftComparer.Compare(old, revised);

        var changed = comparison.Paragraphs.Where(p => p.Change != ParagraphChange.Unchanged)
            .Select(p => (p.Id, p.Change, p.OldLabel, p.NewLabel, p.IsModified))
            .ToList();
        Assert.Equal(
            [
                ("pp4", ParagraphChange.Deleted, "PP4", null, false),
                ("op5", ParagraphChange.Moved, "OP5", "OP2", false),
                ("op2", ParagraphChange.Moved, "OP2", "OP5", false),
                ("op7", ParagraphChange.Modified, "OP7", "OP7", true),
            ],
            changed);
        Assert.Equal(29, comparison.Paragraphs.Count);
        Assert.False(comparison.Sponsors.HasChanges);
        Assert.Empty(comparison.Metadata);
        Assert.All(comparison.Footnotes, f => Assert.Equal(FootnoteChange.Unchanged, f.Change));
    }

    [Fact]
    public void Compare_DeletedPreambularParagraph_RenumbersTheOnesAfterItWithoutChangingThem()
    {
        var (old, revised) = Revise();

        var comparison = DraftComparer.Compare(old, revised);

        var pp5 = comparison.Paragraphs.Single(p => p.Id == "pp5");
        Assert.Equal((ParagraphChange.Unchanged, "PP5", "PP4", true), (pp5.Change, pp5.OldLabel, pp5.NewLabel, pp5.IsRenumbered));
        var order = comparison.Paragraphs.Select(p => p.Id).ToList();
        Assert.Equal(order.IndexOf("pp3") + 1, order.IndexOf("pp4"));
    }

    [Fact]
    public void Compare_RewordedOperativeParagraph_ShowsTheWholePhraseReplaced()
    {
        var (old, revised) = Revise();

        var op7 = DraftComparer.Compare(old, revised).Paragraphs.Single(p => p.Id == "op7");

        var deleted = Assert.Single(op7.Segments, s => s.Operation == DiffOperation.Delete);
        var inserted = Assert.Single(op7.Segments, s => s.Operation == DiffOperation.Insert);
        Assert.Contains("预算外资源允许的情况下", deleted.Text);
        Assert.Contains("现有资源范围内", inserted.Text);
        Assert.True(deleted.Text.Length <= OldPhrase.Length, deleted.Text);
        Assert.Equal([DiffOperation.Equal, DiffOperation.Delete, DiffOperation.Insert, DiffOperation.Equal], op7.Segments.Select(s => s.Operation));
        Assert.Equal(old.Paragraphs.Single(p => p.Id == "op7").Text, op7.OldText);
        Assert.Equal(revised.Paragraphs.Single(p => p.Id == "op7").Text, op7.NewText);
    }

    [Fact]
    public void Compare_RevisedDraft_SummarisesInEnglishAndChinese()
    {
        var (old, revised) = Revise();

        var summary = DraftComparer.Compare(old, revised).Summary;

        Assert.Equal("1 paragraph changed, 1 deleted, OP5 moved to OP2, OP2 moved to OP5", summary.English);
        Assert.Equal("修改 1 段，删除 1 段，OP5 移至 OP2，OP2 移至 OP5", summary.Chinese);
        Assert.Equal(summary.Chinese, summary.For(DraftLanguage.Chinese));
        Assert.Equal((1, 0, 1, 2), (summary.Modified, summary.Inserted, summary.Deleted, summary.Moved));
    }

    /// <summary>OP7 reworded, PP4 deleted, OP2 and OP5 swapped.</summary>
    private static (Draft Old, Draft Revised) Revise()
    {
        var old = Cosp7RevisedDraft();
        var revised = old.Clone();
        var op7 = revised.Paragraphs.Single(p => p.Id == "op7");
        Assert.Contains(OldPhrase, op7.Text);
        Ok(revised.SetText("op7", op7.Text.Replace(OldPhrase, NewPhrase, StringComparison.Ordinal)));
        Ok(revised.Delete("pp4"));
        int IndexOf(string id) => revised.Paragraphs.ToList().FindIndex(p => p.Id == id);
        var op2At = IndexOf("op2");
        var op5At = IndexOf("op5");
        Ok(revised.Move("op5", op2At));
        Ok(revised.Move("op2", op5At));
        Assert.Equal(["op1", "op5", "op3", "op4", "op2", "op6"], revised.Paragraphs.Skip(10).Take(6).Select(p => p.Id));
        return (old, revised);
    }
}
