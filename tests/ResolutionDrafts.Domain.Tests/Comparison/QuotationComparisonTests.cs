using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Tests.Drafts;

namespace ResolutionDrafts.Domain.Tests.Comparison;

/// <summary>A changed quoted line shows as a change in that line, under its paragraph (ADR 0028).</summary>
public sealed class QuotationComparisonTests
{
    [Fact]
    public void AChangedQuotedLine_IsModifiedInThatLine_AndItsParagraphIsModified()
    {
        var old = QuotationTests.Quoting();
        var now = QuotationTests.Quoting();
        now.SetText("op1-q2", "1. The Conference shall elect a Chair.");

        var op1 = DraftComparer.Compare(old, now).Paragraphs.Single(p => p.Id == "op1");

        Assert.Equal(ParagraphChange.Modified, op1.Change);
        Assert.False(op1.IsTextChanged); // the paragraph's own words did not change
        var line = op1.Quotation.Single(l => l.Id == "op1-q2");
        Assert.Equal(ParagraphChange.Modified, line.Change);
        Assert.Equal("OP1, quoted line 2", line.NewLabel);
        Assert.Contains(line.Segments, s => s.Operation == DiffOperation.Insert && s.Text.Contains("Chair", StringComparison.Ordinal));
        Assert.Contains(line.Segments, s => s.Operation == DiffOperation.Delete && s.Text.Contains("President", StringComparison.Ordinal));
        Assert.All(op1.Quotation.Where(l => l.Id != "op1-q2"), l => Assert.Equal(ParagraphChange.Unchanged, l.Change));
    }

    [Fact]
    public void AddedAndRemovedLines_AreInsertedAndDeleted_WhereTheyStand()
    {
        var old = QuotationTests.Quoting();
        var now = QuotationTests.Quoting();
        now.RemoveQuotedLine("op1-q2");
        now.AddQuotedLine("op1", "3. A third rule.”", id: "op1-q9");

        var lines = DraftComparer.Compare(old, now).Paragraphs.Single(p => p.Id == "op1").Quotation;

        Assert.Equal(["op1-q1", "op1-q2", "op1-q3", "op1-q9"], lines.Select(l => l.Id));
        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Deleted, ParagraphChange.Unchanged, ParagraphChange.Inserted], lines.Select(l => l.Change));
    }

    [Fact]
    public void AnUnchangedQuotation_LeavesItsParagraphUnchanged()
    {
        var comparison = DraftComparer.Compare(QuotationTests.Quoting(), QuotationTests.Quoting());

        Assert.All(comparison.Paragraphs, p => Assert.Equal(ParagraphChange.Unchanged, p.Change));
    }
}
