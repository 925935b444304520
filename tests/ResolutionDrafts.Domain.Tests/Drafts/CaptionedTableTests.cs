using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// A run of tables under sub-headings held as one table (ADR 0029, amendment 2; 76/246's four staffing tables under
/// "A." … "D."): caption, note and header rows; the tables of the run as parts; a cell change worded naming which table.
/// </summary>
public sealed class CaptionedTableTests
{
    private static DraftTable Staffing(bool chinese) => new(
    [
        new TableRow("c1", [new TableCell(chinese ? "A. 养恤金联委会秘书处" : "A. Secretariat of the Pension Board", 3)], TableRowKind.Caption),
        new TableRow("h1", [new TableCell(chinese ? "行动" : "Action"), new TableCell(chinese ? "员额职称" : "Title of post"), new TableCell(chinese ? "数目" : "Number")], TableRowKind.Header),
        new TableRow("a1", [new TableCell(chinese ? "改叙" : "Reclassification"), new TableCell(chinese ? "高级方案管理干事" : "Senior Programme Management Officer"), new TableCell("1")]),
        new TableRow("c2", [new TableCell(chinese ? "C. 投资管理厅" : "C. Office of Investment Management", 3)], TableRowKind.Caption),
        new TableRow("h2", [new TableCell(chinese ? "行动" : "Action"), new TableCell(chinese ? "员额职称" : "Title of post"), new TableCell(chinese ? "数目" : "Number")], TableRowKind.Header),
        new TableRow("b1", [new TableCell(chinese ? "副厅长" : "Deputy Director"), new TableCell("D-1"), new TableCell("1")]),
        new TableRow("n1", [new TableCell(chinese ? "缩写：GS (OL)，一般事务人员(其他职等)。" : "Abbreviations: GS (OL), General Service (Other level).", 3)], TableRowKind.Note),
    ]);

    private static Draft Budget(string language)
    {
        var chinese = language == "zh";
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "核可下表所示人员配置表的变动：" : "Approves the changes to the staffing table as set out in the table below:", id: "op1");
        Assert.True(draft.SetTable("op1", Staffing(chinese)).IsSuccess);
        return draft;
    }

    [Fact]
    public void TheRun_HasItsTablesAsParts_EachRowKnowsItsCaption()
    {
        var table = Staffing(chinese: false);

        Assert.Null(table.Problem());
        Assert.True(table.HasCaptions);
        Assert.Equal([(0, 3), (3, 4)], table.Parts());
        Assert.Equal("C. Office of Investment Management", table.CaptionOf("b1"));
        Assert.Equal("A. Secretariat of the Pension Board", table.CaptionOf("a1"));
        Assert.True(table.IsHeader(4));
        Assert.False(table.IsHeader(5));
        Assert.Null(DraftTable.Of([["a", "b"]]).CaptionOf("r1"));
        Assert.Equal([(0, 1)], DraftTable.Of([["a", "b"]]).Parts());
    }

    [Fact]
    public void ACaptionOrNote_IsOneCellAcross_AndItsKindIsInTheCanonicalForm()
    {
        var bad = new DraftTable([new TableRow("c1", [new TableCell("A."), new TableCell("Secretariat")], TableRowKind.Caption)]);
        Assert.Equal("Table row 'c1' is a sub-heading: it has one cell across the table.", bad.Problem());

        var draft = Budget("en");
        var canonical = DraftCanonicalForm.Of(draft);
        Assert.Contains("row c1 caption", canonical, StringComparison.Ordinal);
        Assert.Contains("row n1 note", canonical, StringComparison.Ordinal);
        Assert.Contains("row h2 header", canonical, StringComparison.Ordinal);

        // A caption's words are edited as any cell's.
        Assert.True(new SetTableCell("op1", "c2", 0, "C. Office of Investment Management (OIM)").Apply(draft).IsSuccess);
        Assert.Equal("C. Office of Investment Management (OIM)", draft.FindNode("op1")!.Table!.CaptionOf("b1"));
    }

    [Theory]
    [InlineData("en", "In the table under “C. Office of Investment Management” in the operative paragraph, in the row “Deputy Director”, replace “1” with “2”.")]
    [InlineData("zh", "在执行部分“C. 投资管理厅”下的表格中，在“副厅长”一行，将“1”改为“2”。")]
    public void ACellInOneTableOfTheRun_IsWordedNamingItsTable_AndAppliedGivesTheProposal(string language, string expected)
    {
        var original = Budget(language);
        var proposed = original.Clone();
        Assert.True(proposed.SetTableCell("op1", "b1", 2, "2").IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));
    }

    [Theory]
    [InlineData("en", "a1",
        "In the operative paragraph, after the table under “A. Secretariat of the Pension Board”, insert a new table under the sub-heading “B. Pension Administration”, headed “Action | Title of post | Number”: “Establishment | Pension Officer | 1”, with the note “a From extrabudgetary funds.”.")]
    [InlineData("zh", "a1",
        "在执行部分“A. 养恤金联委会秘书处”下的表格之后，插入一个新表，小标题为“B. 养恤金行政管理局”，表头为“行动 | 员额职称 | 数目”：“设立 | 养恤金干事 | 1”，附注为“a 预算外资金。”。")]
    [InlineData("en", "n1",
        "In the operative paragraph, after the table under “C. Office of Investment Management”, insert a new table under the sub-heading “B. Pension Administration”, headed “Action | Title of post | Number”: “Establishment | Pension Officer | 1”, with the note “a From extrabudgetary funds.”.")]
    public void ANewTableUnderASubHeading_IsWordedAsATable_NotAsRows_AndAppliedGivesTheProposal(string language, string after, string expected)
    {
        var chinese = language == "zh";
        var original = Budget(language);
        var proposed = original.Clone();
        var at = proposed.FindNode("op1")!.Table!.IndexOfRow(after) + 1;
        TableRow[] added =
        [
            new("c9", [new TableCell(chinese ? "B. 养恤金行政管理局" : "B. Pension Administration", 3)], TableRowKind.Caption),
            new("h9", [new TableCell(chinese ? "行动" : "Action"), new TableCell(chinese ? "员额职称" : "Title of post"), new TableCell(chinese ? "数目" : "Number")], TableRowKind.Header),
            new("b9", [new TableCell(chinese ? "设立" : "Establishment"), new TableCell(chinese ? "养恤金干事" : "Pension Officer"), new TableCell("1")]),
            new("n9", [new TableCell(chinese ? "a 预算外资金。" : "a From extrabudgetary funds.", 3)], TableRowKind.Note),
        ];
        for (var k = 0; k < added.Length; k++)
        {
            Assert.True(proposed.AddTableRow("op1", at + k, added[k]).IsSuccess);
        }

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));
    }

    /// <summary>
    /// A run whose tables have no header (ADR 0030, amendment 1): table C holds one row, so deleting it leaves the
    /// sub-heading "C." right before "D." — the case where the sub-headings merged into one heading of two lines.
    /// </summary>
    private static Draft Headless()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Approves the changes to the staffing table as set out in the table below:", id: "op1");
        Assert.True(draft.SetTable("op1", new DraftTable(
        [
            new TableRow("ca", [new TableCell("A. Secretariat of the Pension Board", 2)], TableRowKind.Caption),
            new TableRow("a1", [new TableCell("Reclassification"), new TableCell("1")]),
            new TableRow("cc", [new TableCell("C. Office of Investment Management", 2)], TableRowKind.Caption),
            new TableRow("c1", [new TableCell("Deputy Director"), new TableCell("1")]),
            new TableRow("cd", [new TableCell("D. Office of Internal Oversight Services", 2)], TableRowKind.Caption),
            new TableRow("d1", [new TableCell("Auditor"), new TableCell("3")]),
        ])).IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData("en", "In the operative paragraph, delete the table under “C. Office of Investment Management”.")]
    [InlineData("zh", "在执行部分中，删除“C. 投资管理厅”下的表格。")]
    public void ATableOfTheRunDeletedWhole_IsOneInstructionNamingItsSubHeading_AndAppliedGivesTheProposal(string language, string expected)
    {
        // ADR 0030, amendment 3: the sub-heading, its header, rows and notes go together, worded as the table they are.
        var original = Budget(language);
        var proposed = original.Clone();
        Assert.True(proposed.RemoveTableUnder("op1", "c2").IsSuccess);
        Assert.Equal(["c1", "h1", "a1"], proposed.FindNode("op1")!.Table!.Rows.Select(r => r.Id));

        var amendment = AmendmentBuilder.Compute(original, proposed);

        var instruction = Assert.Single(amendment.Instructions);
        Assert.Equal(AmendmentKind.DeleteTable, instruction.Kind);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));

        // Applied to a text whose table C is gone already, it says why.
        var failed = AmendmentApplier.Apply(proposed, amendment);
        Assert.False(failed.IsSuccess);
        Assert.Contains("C. ", failed.Error, StringComparison.Ordinal);

        // The first table of the run goes as well; a row that is no sub-heading heads no table.
        var first = original.Clone();
        Assert.True(first.RemoveTableUnder("op1", "c1").IsSuccess);
        Assert.Equal(language == "zh" ? "C. 投资管理厅" : "C. Office of Investment Management", first.FindNode("op1")!.Table!.CaptionOf("b1"));
        Assert.Contains(language == "zh" ? "删除“A. 养恤金联委会秘书处”下的表格" : "delete the table under “A. Secretariat of the Pension Board”",
            Assert.Single(AmendmentBuilder.Compute(original, first).Wording(language)), StringComparison.Ordinal);
        Assert.False(original.Clone().RemoveTableUnder("op1", "b1").IsSuccess);
    }

    [Fact]
    public void TheRunsOnlyTableLeftDeleted_IsTheParagraphsTableDeleted()
    {
        var draft = Budget("en");
        Assert.True(draft.RemoveTableUnder("op1", "c2").IsSuccess);
        var original = draft.Clone();

        var removal = RemoveTableUnder.Of(draft, "op1", "c1");
        Assert.True(removal.IsSuccess, removal.Error);
        Assert.IsType<SetTable>(removal.Value);
        Assert.True(removal.Value!.Apply(draft).IsSuccess);

        Assert.Null(draft.FindNode("op1")!.Table);
        Assert.Equal("In the operative paragraph, delete the table.", Assert.Single(AmendmentBuilder.Compute(original, draft).Wording("en")));
    }

    public static TheoryData<int> ConcurrentWithATableRemoved => new() { 0, 1, 2, 3, 4 };

    private static DraftOperation[] AgainstTableC(Draft draft) =>
    [
        new SetTableCell("op1", "b1", 2, "2"),
        new AddTableRow("op1", 6, new TableRow("b2", [new TableCell("Risk Officer"), new TableCell("P-4"), new TableCell("1")])),
        new AddTableRow("op1", 3, new TableRow("a2", [new TableCell("Establishment"), new TableCell("Finance Officer"), new TableCell("1")])),
        RemoveTableRow.Of(draft, "op1", "b1").Value!,
        new SetTableCell("op1", "a1", 2, "3"),
    ];

    [Theory]
    [MemberData(nameof(ConcurrentWithATableRemoved))]
    public void ATableOfTheRunRemoved_ConvergesWithAConcurrentChange_InEitherOrder(int k)
    {
        // The removal is a batch of row removals: a cell edited in table C is dropped, a row added into table C meanwhile
        // is kept (at the end of the table before it, for the room to see and mend: nothing typed is lost), table A's
        // changes stand; both replicas agree whichever reached the server first.
        foreach (var removalFirst in new[] { true, false })
        {
            var server = Budget("en");
            var client = server.Clone();
            var removal = RemoveTableUnder.Of(server, "op1", "c2").Value!;
            var other = AgainstTableC(server)[k];
            var (earlier, later) = removalFirst ? (removal, other) : (other, removal);
            var (e, l) = DraftOperation.Transform(earlier, later).Value;

            Assert.True(earlier.Apply(server).IsSuccess);
            Assert.True(l.Apply(server).IsSuccess);
            Assert.True(later.Apply(client).IsSuccess);
            Assert.True(e.Apply(client).IsSuccess);

            Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of(client));
            var table = server.FindNode("op1")!.Table!;
            Assert.Null(table.Problem());
            Assert.DoesNotContain(table.Rows, r => r.Id is "c2" or "h2" or "b1" or "n1");
            Assert.Equal(["c1", "h1", "a1"], table.Rows.Select(r => r.Id).Where(id => id is "c1" or "h1" or "a1"));
        }
    }

    [Theory]
    [InlineData("en", "In the table under “C. Office of Investment Management” in the operative paragraph, delete the row “Deputy Director”.")]
    [InlineData("zh", "在执行部分“C. Office of Investment Management”下的表格中，删除“Deputy Director”一行。")]
    public void ATableOfTheRunLosingItsLastRow_KeepsItsSubHeadingOverAnEmptyTable_NeverMergedWithTheNext(string language, string expected)
    {
        // Deleting the last row of table C says "delete the row …", not "delete the table under “C. …”": the sub-heading
        // stays, over an empty table, until a row is added under it or the sub-heading itself is deleted (ADR 0030, amendment 1).
        var original = Headless();
        if (language == "zh")
        {
            original = Draft.Create("zh").Value!;
            original.InsertParagraph(ParagraphKind.Operative, "核可下表所示人员配置表的变动：", id: "op1");
            Assert.True(original.SetTable("op1", Headless().FindNode("op1")!.Table).IsSuccess);
        }

        var proposed = original.Clone();
        Assert.True(RemoveTableRow.Of(proposed, "op1", "c1").Value!.Apply(proposed).IsSuccess);

        var table = proposed.FindNode("op1")!.Table!;
        Assert.Equal([(0, 2), (2, 1), (3, 2)], table.Parts());
        Assert.Equal("D. Office of Internal Oversight Services", table.CaptionOf("d1"));
        Assert.Null(table.Problem());

        var amendment = AmendmentBuilder.Compute(original, proposed);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));

        // A row added under the sub-heading again heads table C, and is worded so.
        var refilled = proposed.Clone();
        Assert.True(new AddTableRow("op1", 3, new TableRow("c2", [new TableCell("Risk Officer"), new TableCell("1")])).Apply(refilled).IsSuccess);
        Assert.Equal("C. Office of Investment Management", refilled.FindNode("op1")!.Table!.CaptionOf("c2"));
        var again = AmendmentBuilder.Compute(proposed, refilled);
        var wording = Assert.Single(again.Wording(language));
        Assert.Contains("C. Office of Investment Management", wording, StringComparison.Ordinal);
        Assert.Contains("Risk Officer", wording, StringComparison.Ordinal);
        Assert.Equal(DraftCanonicalForm.Of(refilled), DraftCanonicalForm.Of(AmendmentApplier.Apply(proposed, again).Value!));
    }

    public static TheoryData<int, int> EmptyingPairs()
    {
        var data = new TheoryData<int, int>();
        for (var e = 0; e < EmptyingOperations().Count; e++)
        {
            for (var l = 0; l < EmptyingOperations().Count; l++)
            {
                data.Add(e, l);
            }
        }

        return data;
    }

    /// <summary>Operations on table C of <see cref="Headless"/>, made concurrently with its last row's removal and each other.</summary>
    private static List<DraftOperation> EmptyingOperations() =>
    [
        new RemoveTableRow("op1", "c1", 3),
        new AddTableRow("op1", 4, new TableRow("n1", [new TableCell("Risk Officer"), new TableCell("1")])),
        new AddTableRow("op1", 3, new TableRow("n2", [new TableCell("Compliance Officer"), new TableCell("2")])),
        new SetTableCell("op1", "c1", 1, "2"),
        new SetTableCell("op1", "cc", 0, "C. Office of Investment Management (OIM)"),
        new RemoveTableRow("op1", "cc", 2),
        new RemoveTableRow("op1", "d1", 5),
        new AddTableRow("op1", 4, new TableRow("cb", [new TableCell("C bis. Ethics Office", 2)], TableRowKind.Caption)),
    ];

    [Theory]
    [MemberData(nameof(EmptyingPairs))]
    public void LastRowOfATableRemovedConcurrently_Converges_AndEverySubHeadingStillBeginsItsOwnTable(int earlierAt, int laterAt)
    {
        var (earlier, later) = (EmptyingOperations()[earlierAt], EmptyingOperations()[laterAt]);
        if (earlierAt == laterAt && earlier is AddTableRow)
        {
            return; // one row added twice is not a concurrent pair
        }

        var server = Headless();
        var client = server.Clone();
        var (e, l) = DraftOperation.Transform(earlier, later).Value;

        Assert.True(earlier.Apply(server).IsSuccess);
        Assert.True(l.Apply(server).IsSuccess);
        Assert.True(later.Apply(client).IsSuccess);
        Assert.True(e.Apply(client).IsSuccess);

        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of(client));
        var table = server.FindNode("op1")!.Table!;
        Assert.Equal(table.Rows.Count(r => r.Kind == TableRowKind.Caption), table.Parts().Count);
        // A row added under "C." stays under it while that sub-heading stands, whatever else was removed (a sub-heading
        // added at the same place concurrently may come first: which of two inserts at one place goes first is the order's).
        foreach (var id in new[] { "n1", "n2" }.Where(id => table.IndexOfRow(id) >= 0 && table.IndexOfRow("cc") >= 0 && table.IndexOfRow("cb") < 0))
        {
            Assert.StartsWith("C. Office of Investment Management", table.CaptionOf(id), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "In the table under “C. Office of Investment Management” in the operative paragraph, at the beginning, insert a row reading: “New post | Risk Officer | 1”.")]
    [InlineData("zh", "在执行部分“C. 投资管理厅”下的表格中，在开头插入一行：“新员额 | 风险干事 | 1”。")]
    public void ARowAtTheHeadOfATablesBody_IsWordedAtTheBeginningOfThatTable_NotAfterItsHeadingRow(string language, string expected)
    {
        var chinese = language == "zh";
        var original = Budget(language);
        var proposed = original.Clone();
        Assert.True(proposed.AddTableRow("op1", 5, new TableRow("n5", [new TableCell(chinese ? "新员额" : "New post"), new TableCell(chinese ? "风险干事" : "Risk Officer"), new TableCell("1")])).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(AmendmentApplier.Apply(original, amendment).Value!));
    }

    [Theory]
    [InlineData("en", true, "In the table under “A. Secretariat of the Pension Board” in the operative paragraph, after the row “Reclassification”, insert the sub-heading “B. Pension Administration”, the rows below it becoming a table of their own.")]
    [InlineData("zh", true, "在执行部分“A. 养恤金联委会秘书处”下的表格中，在“改叙”一行之后插入小标题“B. 养恤金行政管理局”，其下各行成为单独的表格。")]
    [InlineData("en", false, "In the operative paragraph, after the table under “A. Secretariat of the Pension Board”, insert the sub-heading “B. Pension Administration”, over a table with no rows yet.")]
    [InlineData("zh", false, "在执行部分“A. 养恤金联委会秘书处”下的表格之后，插入小标题“B. 养恤金行政管理局”，其下暂无表格行。")]
    public void ASubHeadingAloneInserted_SplitsTheTable_OrStandsOverAnEmptyOne_AndIsWordedSo(string language, bool split, string expected)
    {
        var chinese = language == "zh";
        var original = Budget(language);
        if (split)
        {
            Assert.True(original.AddTableRow("op1", 3, new TableRow("a2", [new TableCell(chinese ? "设立" : "Establishment"), new TableCell(chinese ? "养恤金干事" : "Pension Officer"), new TableCell("1")])).IsSuccess);
        }

        var proposed = original.Clone();
        Assert.True(proposed.AddTableRow("op1", 3, new TableRow("cb", [new TableCell(chinese ? "B. 养恤金行政管理局" : "B. Pension Administration", 3)], TableRowKind.Caption)).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(AmendmentApplier.Apply(original, amendment).Value!));
        Assert.Equal(split ? 3 : 3, proposed.FindNode("op1")!.Table!.Parts().Count);
    }
}
