using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// A delegation's change to a table (ADR 0029) is an amendment worded the UN way, in English and Chinese: "In the table
/// in operative paragraph 2, in the row “Albania”, replace “0.008” with “0.009”." / 在执行部分第2段的表格中，在“阿尔巴尼亚”一行，
/// 将“0.008”改为“0.009”。 Applied, the instructions give the proposed text; a change that cannot be worded (a table added
/// whole, rows moved) is listed with its reason, never dropped.
/// </summary>
public sealed class TableAmendmentTests
{
    private static Draft Scale(string language)
    {
        var chinese = language == "zh";
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定注意到报告；" : "Takes note of the report;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定2022、2023和2024年的分摊比额表如下：" : "Resolves that the scale of assessments for 2022, 2023 and 2024 shall be as follows:", id: "op2");
        draft.SetTable("op2", new DraftTable(
        [
            new TableRow("h", [new TableCell(chinese ? "会员国" : "Member State"), new TableCell(chinese ? "百分比" : "Percentage")]),
            new TableRow("r1", [new TableCell(chinese ? "阿富汗" : "Afghanistan"), new TableCell("0.006")]),
            new TableRow("r2", [new TableCell(chinese ? "阿尔巴尼亚" : "Albania"), new TableCell("0.008")]),
            new TableRow("r3", [new TableCell(chinese ? "阿尔及利亚" : "Algeria"), new TableCell("0.109")]),
            new TableRow("r4", [new TableCell(chinese ? "安道尔" : "Andorra"), new TableCell("0.005")]),
        ], headerRows: 1));
        return draft;
    }

    private static void AssertAppliedGivesProposed(Draft original, Draft proposed, Amendment amendment)
    {
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));
    }

    [Theory]
    [InlineData("en", "In the table in operative paragraph 2, in the row “Albania”, replace “0.008” with “0.009”.")]
    [InlineData("zh", "在执行部分第2段的表格中，在“阿尔巴尼亚”一行，将“0.008”改为“0.009”。")]
    public void ACellChanged_IsWordedInItsRow_AndAppliedGivesTheProposal(string language, string expected)
    {
        var original = Scale(language);
        var proposed = original.Clone();
        Assert.True(proposed.SetTableCell("op2", "r2", 1, "0.009").IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        var instruction = Assert.Single(amendment.Instructions);
        Assert.Equal(AmendmentKind.ReplaceTableCell, instruction.Kind);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        Assert.Empty(amendment.Unworded);
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void RowsAddedAndRemoved_AreWorded_AndAppliedGiveTheProposal()
    {
        var original = Scale("en");
        var proposed = original.Clone();
        Assert.True(proposed.RemoveTableRow("op2", "r3").IsSuccess);
        Assert.True(proposed.AddTableRow("op2", 2, new TableRow("n1", [new TableCell("Atlantis"), new TableCell("0.001")])).IsSuccess);
        Assert.True(proposed.AddTableRow("op2", 3, new TableRow("n2", [new TableCell("Avalon"), new TableCell("0.002")])).IsSuccess);
        Assert.True(proposed.AddTableRow("op2", 1, new TableRow("n0", [new TableCell("Aaland"), new TableCell("0.003")])).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(
            [
                "In the table in operative paragraph 2, delete the row “Algeria”.",
                "In the table in operative paragraph 2, after the row “Member State”, insert a row reading: “Aaland | 0.003”.",
                "In the table in operative paragraph 2, after the row “Afghanistan”, insert the following rows: “Atlantis | 0.001”; “Avalon | 0.002”.",
            ],
            amendment.Wording("en"));
        Assert.Contains("在执行部分第2段的表格中，删除“Algeria”一行。", amendment.Wording("zh"));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void AValueTwiceInTheRow_NamesItsColumn()
    {
        var original = Draft.Create("en").Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Approves the posts as follows:", id: "op1");
        original.SetTable("op1", DraftTable.Of([["Category", "2022", "2023"], ["P-4", "3", "3"]], headerRows: 1));
        var proposed = original.Clone();
        var row = proposed.Paragraphs[0].Table!.Rows[1].Id;
        Assert.True(proposed.SetTableCell("op1", row, 2, "4").IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal("In the table in the operative paragraph, in the row “P-4”, in the third column, replace “3” with “4”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在执行部分的表格中，在“P-4”一行第三栏，将“3”改为“4”。", Assert.Single(amendment.Wording("zh")));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void ATableAddedWholeOrRowsMoved_AreListedAsNotWorded_NeverDropped()
    {
        var original = Scale("en");
        var added = original.Clone();
        added.SetTable("op1", DraftTable.Of([["Fund", "Amount"]]));
        var moved = original.Clone();
        var row = moved.Paragraphs[1].Table!.Rows[4];
        Assert.True(moved.RemoveTableRow("op2", "r4").IsSuccess);
        Assert.True(moved.AddTableRow("op2", 1, row).IsSuccess);

        Assert.Contains("operative paragraph 1 whole cannot be proposed", Assert.Single(AmendmentBuilder.Compute(original, added).Unworded), StringComparison.Ordinal);
        Assert.Contains("rows were moved", Assert.Single(AmendmentBuilder.Compute(original, moved).Unworded), StringComparison.Ordinal);
    }

    [Fact]
    public void AppliedToATextWhoseCellNoLongerReadsSo_FailsWithTheReason()
    {
        var original = Scale("en");
        var proposed = original.Clone();
        proposed.SetTableCell("op2", "r2", 1, "0.009");
        var amendment = AmendmentBuilder.Compute(original, proposed);
        var changed = original.Clone();
        changed.SetTableCell("op2", "r2", 1, "0.010");

        var applied = AmendmentApplier.Apply(changed, amendment);

        Assert.False(applied.IsSuccess);
        Assert.Contains("does not read “0.008”", applied.Error, StringComparison.Ordinal);
    }
}
