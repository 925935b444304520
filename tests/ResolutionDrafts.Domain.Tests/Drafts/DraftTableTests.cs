using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Domain.Tests.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>A paragraph's table (ADR 0029): what it holds, its operations, how concurrent ones merge, its JSON and canonical form.</summary>
public sealed class DraftTableTests
{
    private static DraftTable Scale() => DraftTable.Of(
    [
        ["{i}Member State{/i}", "{i}Percentage{/i}"],
        ["Afghanistan", "0.006"],
        ["Albania", "0.008"],
        ["Algeria", "0.109"],
    ], headerRows: 1);

    private static Draft DraftWithTable()
    {
        var draft = DraftOperationTests.DraftWith("p1", "p2");
        draft.AddSubParagraph("p2", "The scale shall be as follows:", id: "s1");
        Assert.True(draft.SetTable("p1", Scale()).IsSuccess);
        return draft;
    }

    [Fact]
    public void ATable_IsHeldByItsParagraph_AndKeptByCloneAndCanonicalForm()
    {
        var draft = DraftWithTable();
        var copy = draft.Clone();

        Assert.Equal(4, copy.FindNode("p1")!.Table!.Rows.Count);
        Assert.Equal(1, copy.FindNode("p1")!.Table!.HeaderRows);
        var form = DraftCanonicalForm.Of(draft);
        Assert.Contains("row r3 \"Albania\" \"0.008\"", form, StringComparison.Ordinal);
        Assert.Equal(form, DraftCanonicalForm.Of(copy));
        Assert.NotEqual(form, DraftCanonicalForm.Of(DraftOperationTests.DraftWith("p1", "p2")));
    }

    [Fact]
    public void SetTableCell_ChangesOneCell_AndNeedsARealRowAndCell()
    {
        var draft = DraftWithTable();

        Assert.True(new SetTableCell("p1", "r3", 1, "0.009").Apply(draft).IsSuccess);
        Assert.Equal("0.009", draft.FindNode("p1")!.Table!.Rows[2].Cells[1].Text);
        Assert.Equal("The table has no row 'r9'.", new SetTableCell("p1", "r9", 1, "x").Apply(draft).Error);
        Assert.Equal("Row 'r3' of the table has no cell 3.", new SetTableCell("p1", "r3", 2, "x").Apply(draft).Error);
        Assert.Equal("The paragraph has no table.", new SetTableCell("p2", "r3", 0, "x").Apply(draft).Error);
    }

    [Fact]
    public void Rows_AreAddedAndRemoved_AndAHeaderRowAddedWithinTheHeaderJoinsIt()
    {
        var draft = DraftWithTable();

        Assert.True(new AddTableRow("p1", 2, new TableRow("new", [new TableCell("Andorra"), new TableCell("0.005")])).Apply(draft).IsSuccess);
        Assert.True(RemoveTableRow.Of(draft, "p1", "r2").Value!.Apply(draft).IsSuccess);
        Assert.Equal(["r1", "new", "r3", "r4"], draft.FindNode("p1")!.Table!.Rows.Select(r => r.Id));
        Assert.Equal("The table already has a row with id 'r3'.", new AddTableRow("p1", 0, new TableRow("r3", [new TableCell("x")])).Apply(draft).Error);
        Assert.True(new AddTableRow("p1", 0, new TableRow("h0", [new TableCell("Scale")])).Apply(draft).IsSuccess);
        Assert.Equal(2, draft.FindNode("p1")!.Table!.HeaderRows);
    }

    [Fact]
    public void BadTables_AreRefusedWithTheReason()
    {
        var draft = DraftWithTable();

        Assert.Equal("A table needs at least one row.", new SetTable("p1", new DraftTable([])).Validate().Error);
        Assert.Equal("A table has two rows with id 'r1'.", new SetTable("p1", new DraftTable([new TableRow("r1", [new TableCell("a")]), new TableRow("r1", [new TableCell("b")])])).Validate().Error);
        Assert.Equal("Table row 'r1' has no cells.", new SetTable("p1", new DraftTable([new TableRow("r1", [])])).Validate().Error);
        Assert.StartsWith("A table can have at most 24 columns", new SetTable("p1", DraftTable.Of([Enumerable.Repeat("x", 25)])).Validate().Error, StringComparison.Ordinal);
        Assert.Equal("The table's last row cannot be removed; remove the table instead.",
            draft.SetTable("p2", DraftTable.Of([["only"]])).IsSuccess ? new RemoveTableRow("p2", "r1", 0).Apply(draft).Error : "not set");
        Assert.True(new SetTable("p1", null).Apply(draft).IsSuccess);
        Assert.Null(draft.FindNode("p1")!.Table);
    }

    /// <summary>Every pair of these, made on the same draft concurrently, must leave both replicas alike.</summary>
    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        var n = Operations().Count;
        for (var e = 0; e < n; e++)
        {
            for (var l = 0; l < n; l++)
            {
                data.Add(e, l);
            }
        }

        return data;
    }

    private static List<DraftOperation> Operations() =>
    [
        new SetTableCell("p1", "r3", 1, "0.009"),
        new SetTableCell("p1", "r3", 1, "0.010"),
        new SetTableCell("p1", "r2", 0, "Afghanistan (Islamic Republic of)"),
        new AddTableRow("p1", 2, new TableRow("a1", [new TableCell("Andorra"), new TableCell("0.005")])),
        new AddTableRow("p1", 2, new TableRow("a2", [new TableCell("Angola"), new TableCell("0.010")])),
        new AddTableRow("p1", 4, new TableRow("a3", [new TableCell("Argentina"), new TableCell("0.719")])),
        new RemoveTableRow("p1", "r3", 2),
        new RemoveTableRow("p1", "r2", 1),
        new SetTable("p1", DraftTable.Of([["Member State", "Percentage"], ["Zambia", "0.008"]], 1)),
        new SetTable("p1", null),
        new SetTable("s1", DraftTable.Of([["a", "b"]])),
        DeleteParagraph.Of(DraftWithTable(), "p1").Value!,
        new SetTableCell("s1", "r1", 0, "x"),

        // A run of tables under sub-headings (ADR 0029, amendment 2): caption and note rows are rows like any other.
        new AddTableRow("p1", 1, new TableRow("c1", [new TableCell("B. Pension Administration", 2)], TableRowKind.Caption)),
        new AddTableRow("p1", 4, new TableRow("n1", [new TableCell("a From extrabudgetary funds.", 2)], TableRowKind.Note)),
        new SetTable("p1", new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat", 2)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Action"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell("New post"), new TableCell("1")]),
        ])),
    ];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ConcurrentTableOperations_Converge(int earlierAt, int laterAt)
    {
        var operations = Operations();
        var (earlier, later) = (operations[earlierAt], operations[laterAt]);
        var server = DraftWithTable();
        server.SetTable("s1", DraftTable.Of([["c", "d"]]));
        var client = server.Clone();
        if (earlierAt == laterAt && earlier is AddTableRow or SetTable { Table: not null } or DeleteParagraph)
        {
            return; // one operation twice (the same row id, the same paragraph) is not a concurrent pair
        }

        var transformed = DraftOperation.Transform(earlier, later);
        Assert.True(transformed.IsSuccess, transformed.Error);
        var (e, l) = transformed.Value;

        var onServer = earlier.Apply(server);
        var then = l.Apply(server);
        var onClient = later.Apply(client);
        var thenClient = e.Apply(client);

        Assert.True(onServer.IsSuccess && then.IsSuccess && onClient.IsSuccess && thenClient.IsSuccess,
            $"{onServer.Error} / {then.Error} / {onClient.Error} / {thenClient.Error}");
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of(client));
    }

    [Fact]
    public void TwoEditsOfOneCell_TheLaterInServerOrderStands()
    {
        var server = DraftWithTable();
        var (e, l) = DraftOperation.Transform(new SetTableCell("p1", "r3", 1, "0.009"), new SetTableCell("p1", "r3", 1, "0.010")).Value;

        new SetTableCell("p1", "r3", 1, "0.009").Apply(server);
        l.Apply(server);

        Assert.IsType<NoOp>(e);
        Assert.Equal("0.010", server.FindNode("p1")!.Table!.Rows[2].Cells[1].Text);
    }

    [Fact]
    public void EditsOfTwoCells_BothApply()
    {
        var server = DraftWithTable();
        var (_, l) = DraftOperation.Transform(new SetTableCell("p1", "r3", 1, "0.009"), new SetTableCell("p1", "r2", 1, "0.007")).Value;

        new SetTableCell("p1", "r3", 1, "0.009").Apply(server);
        l.Apply(server);

        Assert.Equal(["0.007", "0.009"], server.FindNode("p1")!.Table!.Rows.Skip(1).Take(2).Select(r => r.Cells[1].Text));
    }

    [Fact]
    public void ACellOfARemovedRow_IsDroppedWithAReason()
    {
        var (_, l) = DraftOperation.Transform(new RemoveTableRow("p1", "r3", 2), new SetTableCell("p1", "r3", 1, "0.009")).Value;

        Assert.Equal(["dropped: table row removed"], l.DroppedReasons());
    }

    [Fact]
    public void TableOperations_RoundTripThroughTheirJson()
    {
        foreach (var operation in Operations())
        {
            var json = DraftOperationJson.Serialize(operation);
            var parsed = DraftOperationJson.Parse(json);

            Assert.True(parsed.IsSuccess, $"{json}: {parsed.Error}");
            Assert.Equal(json, DraftOperationJson.Serialize(parsed.Value!));
        }

        Assert.Contains("\"type\":\"setTableCell\"", DraftOperationJson.Serialize(Operations()[0]), StringComparison.Ordinal);
        Assert.False(DraftOperationJson.Parse("""{"type":"setTableCell","nodeId":"p1","rowId":"r1","column":-1,"text":"x"}""").IsSuccess);
    }

    [Theory]
    [InlineData("0.008", true)]
    [InlineData("1 234 500", true)]
    [InlineData("(12.5)", true)]
    [InlineData("–", true)]
    [InlineData("Albania", false)]
    [InlineData("2022–2024", true)]
    [InlineData("Resolution 76/238", false)]
    [InlineData("", false)]
    public void AFigure_IsKnownSoItCanBeRightAligned(string text, bool figure) => Assert.Equal(figure, TableCell.IsFigure(text));
}
