using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Comparison;

/// <summary>A comparison shows what changed in a paragraph's table (ADR 0029): a cell, a row, the table itself.</summary>
public sealed class TableComparisonTests
{
    private static Draft WithScale()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the report;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale shall be as follows:", id: "op2");
        draft.SetTable("op2", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1));
        return draft;
    }

    [Fact]
    public void AChangedCell_IsAChange_NamedByItsParagraphRowAndColumn()
    {
        var old = WithScale();
        var now = old.Clone();
        Assert.True(new SetTableCell("op2", "r3", 1, "0.009").Apply(now).IsSuccess);

        var comparison = DraftComparer.Compare(old, now);

        Assert.True(comparison.HasChanges);
        var change = Assert.Single(comparison.Tables);
        Assert.Equal((TableChangeKind.CellChanged, "OP2", "Albania", 1, "0.008", "0.009"), (change.Kind, change.Label, change.RowName, change.Column!.Value, change.OldText, change.NewText));
        Assert.Equal("0.008", TextDiffer.OldText(change.Segments));
        Assert.All(comparison.Paragraphs, p => Assert.Equal(ParagraphChange.Unchanged, p.Change));
    }

    [Fact]
    public void ARowMoved_IsAChange_SayingWhereItNowStands_AsTheAmendmentWordsIt()
    {
        var old = WithScale();
        old.AddTableRow("op2", 3, new TableRow("r4", [new TableCell("Algeria"), new TableCell("0.109")]));
        var now = old.Clone();
        // Algeria moved above Afghanistan: the one row moved, as the amendment says ("move the row “Algeria” to after …").
        var rows = now.FindNode("op2")!.Table!.Rows;
        now.SetTable("op2", now.FindNode("op2")!.Table!.WithRows([rows[0], rows[3], rows[1], rows[2]], 1));

        var comparison = DraftComparer.Compare(old, now);

        // The summary line counts it: a table's changes alone are not "No changes".
        Assert.Equal("1 table change", comparison.Summary.For("en"));
        Assert.Equal("表格变更 1 处", comparison.Summary.For("zh"));
        var change = Assert.Single(comparison.Tables);
        Assert.Equal((TableChangeKind.RowMoved, "OP2", "Algeria", (string?)null), (change.Kind, change.Label, change.RowName, change.MovedAfter)); // under the header: the top of the body
        Assert.True(comparison.HasChanges);
    }

    [Theory]
    [InlineData("en", "its cells “Posts” and “3” joined", "its cell “Posts” split in two")]
    [InlineData("zh", "“Posts”和“3”两格合并", "“Posts”一格分为两格")]
    public void CellsOnlyJoinedOrSplit_AreAChange_SaidAsTheAmendmentSaysIt(string language, string joined, string split)
    {
        // ADR 0030, amendment 3: a span change with the same words was no change at all ("No changes").
        var old = Draft.Create(language).Value!;
        old.InsertParagraph(ParagraphKind.Operative, "Approves the posts as follows:", id: "op1");
        old.SetTable("op1", new DraftTable(
        [
            new TableRow("h", [new TableCell("Category"), new TableCell("Posts", 2)]),
            new TableRow("r1", [new TableCell("P-4"), new TableCell("Posts"), new TableCell("3")]),
        ], headerRows: 1));
        var now = old.Clone();
        var rows = now.FindNode("op1")!.Table!.Rows;
        // The body row's two cells joined into one across two columns, the heading "Posts" split in two: words alike.
        now.SetTable("op1", now.FindNode("op1")!.Table!.WithRows(
            [rows[0] with { Cells = [new TableCell("Category"), new TableCell("Posts"), new TableCell("")] }, rows[1] with { Cells = [new TableCell("P-4"), new TableCell("Posts 3", 2)] }], 1));

        var comparison = DraftComparer.Compare(old, now);

        Assert.True(comparison.HasChanges);
        // Each row reshaped is one change, the row as it was and as it is, not its cells compared column by column.
        var reshaped = comparison.Tables.ToList();
        Assert.All(reshaped, c => Assert.Equal(TableChangeKind.RowReshaped, c.Kind));
        Assert.Equal(["h", "r1"], reshaped.Select(c => c.RowId));
        Assert.Equal([split], reshaped[0].Reshaping(language));
        Assert.Equal([joined], reshaped[1].Reshaping(language));
        Assert.Equal([1, 2], reshaped[0].Was!.Cells.Select(c => c.Span));
        Assert.Equal(language == "zh" ? "表格变更 2 处" : "2 table changes", comparison.Summary.For(language));

        // Only the spans changed, no word: still a change, and only that one.
        var spansOnly = old.Clone();
        var kept = spansOnly.FindNode("op1")!.Table!;
        spansOnly.SetTable("op1", kept.WithRows([kept.Rows[0] with { Cells = [new TableCell("Category", 2), new TableCell("Posts")] }, kept.Rows[1]], 1));
        var alone = Assert.Single(DraftComparer.Compare(old, spansOnly).Tables);
        Assert.Equal(TableChangeKind.RowReshaped, alone.Kind);
        Assert.NotEmpty(alone.Reshaping(language));
        Assert.Equal(language == "zh" ? "表格变更 1 处" : "1 table change", DraftComparer.Compare(old, spansOnly).Summary.For(language));
    }

    [Fact]
    public void AChangeInARunOfTables_NamesItsTableBySubHeading()
    {
        var old = Draft.Create("en").Value!;
        old.InsertParagraph(ParagraphKind.Operative, "Approves the changes as set out below:", id: "op1");
        old.SetTable("op1", new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat", 2)], TableRowKind.Caption),
            new TableRow("a1", [new TableCell("Reclassification"), new TableCell("1")]),
            new TableRow("a2", [new TableCell("Redeployment"), new TableCell("1")]),
            new TableRow("c2", [new TableCell("B. Pension Administration", 2)], TableRowKind.Caption),
            new TableRow("b1", [new TableCell("Establishment"), new TableCell("2")]),
        ]));
        var now = old.Clone();
        Assert.True(now.SetTableCell("op1", "b1", 1, "3").IsSuccess);
        Assert.True(now.RemoveTableRow("op1", "a2").IsSuccess);

        var comparison = DraftComparer.Compare(old, now);

        Assert.Equal(
            [(TableChangeKind.CellChanged, "B. Pension Administration"), (TableChangeKind.RowRemoved, "A. Secretariat")],
            comparison.Tables.Select(c => (c.Kind, c.Caption)));
        Assert.Null(DraftComparer.Compare(WithScale(), WithScale().Also(d => d.SetTableCell("op2", "r3", 1, "1"))).Tables[0].Caption);
    }

    [Fact]
    public void RowsAndTables_AddedOrRemoved_AreChanges_AndAnUnchangedTableIsNone()
    {
        var old = WithScale();
        var now = old.Clone();
        new AddTableRow("op2", 3, new TableRow("x", [new TableCell("Algeria"), new TableCell("0.109")])).Apply(now);
        new RemoveTableRow("op2", "r2", 1).Apply(now);
        now.SetTable("op1", DraftTable.Of([["a", "b"]]));

        var comparison = DraftComparer.Compare(old, now);

        Assert.Equal(
            [(TableChangeKind.TableAdded, "OP1", ""), (TableChangeKind.RowAdded, "OP2", "Algeria"), (TableChangeKind.RowRemoved, "OP2", "Afghanistan")],
            comparison.Tables.Select(c => (c.Kind, c.Label, c.RowName)));
        Assert.Empty(DraftComparer.Compare(old, old.Clone()).Tables);
        Assert.False(DraftComparer.Compare(old, old.Clone()).HasChanges);
    }
}

internal static class DraftTestExtensions
{
    public static Draft Also(this Draft draft, Action<Draft> change)
    {
        change(draft);
        return draft;
    }
}

/// <summary>The style check and tables (ADR 0029).</summary>
public sealed class TableStyleTests
{
    [Theory]
    [InlineData("en", "Approves the posts set out in the table below", "An operative paragraph that introduces a table should end with \":\".")]
    [InlineData("zh", "核准下表所示员额", "An operative paragraph that introduces a table should end with \"：\".")]
    public void AParagraphIntroducingATable_IsAskedForTheColon_AndMayEndAsTheUNPrintsIt(string language, string bare, string expected)
    {
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, bare, id: "op1");
        // 76/271 (zh): "核准下表所示新设的8个一般临时人员职位，为期18个月；" over its table — the paragraph's own ending.
        draft.InsertParagraph(ParagraphKind.Operative, bare + (language == "zh" ? "；" : ";"), id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, language == "zh" ? "决定继续处理此案。" : "Decides to remain seized of the matter.", id: "op3");
        draft.SetTable("op1", DraftTable.Of([["P-4", "3"]]));
        draft.SetTable("op2", DraftTable.Of([["P-3", "2"]]));

        var warnings = ResolutionDrafts.Domain.Style.StyleChecker.Check(draft);

        Assert.Equal(expected, Assert.Single(warnings, w => w.ParagraphId == "op1").Message);
        Assert.DoesNotContain(warnings, w => w.ParagraphId == "op2");
    }

    [Fact]
    public void AParagraphThatIntroducesItsTable_MayEndWithAColon()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale shall be as follows:", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides that the rates shall be as follows:", id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op3");
        draft.SetTable("op1", DraftTable.Of([["Albania", "0.008"]]));

        var warnings = ResolutionDrafts.Domain.Style.StyleChecker.Check(draft);

        Assert.DoesNotContain(warnings, w => w.ParagraphId == "op1");
        Assert.Contains(warnings, w => w.ParagraphId == "op2" && w.Code == "lead-in-alone"); // no table (nor anything else) after its colon
    }
}
