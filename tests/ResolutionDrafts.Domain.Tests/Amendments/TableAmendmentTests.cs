using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// A delegation's change to a table (ADR 0029) is an amendment worded the UN way, in English and Chinese: "In the table
/// in operative paragraph 2, in the row “Albania”, replace “0.008” with “0.009”." / 在执行部分第2段的表格中，在“阿尔巴尼亚”一行，
/// 将“0.008”改为“0.009”。 Applied, the instructions give the proposed text: a table added or deleted whole, rows moved,
/// reshaped, inserted and deleted are each worded, and a change no row instruction gives replaces the table whole.
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

    [Theory]
    [InlineData("en", "In the table in operative paragraph 2, in the row “Conversionᵃ”, replace “Conversionᵃ” with “Conversion of postsᵃ”.")]
    [InlineData("zh", "在执行部分第2段的表格中，在“改划ᵃ”一行，将“改划ᵃ”改为“改划员额ᵃ”。")]
    public void ACellWithARaisedNoteLetter_IsWordedAsAReaderSeesIt_NoMarks(string language, string expected)
    {
        // ADR 0035: the letter is a raised mark in the text; the wording quotes it as printed, never "{sup}".
        var chinese = language == "zh";
        var original = Scale(language);
        Assert.True(original.SetTableCell("op2", "r2", 0, (chinese ? "改划" : "Conversion") + "{i}{sup}a{/sup}{/i}").IsSuccess);
        var proposed = original.Clone();
        Assert.True(proposed.SetTableCell("op2", "r2", 0, (chinese ? "改划员额" : "Conversion of posts") + "{i}{sup}a{/sup}{/i}").IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void ALetterRaisedOnly_IsWordedAsTheCharactersAReaderSees()
    {
        var original = Scale("en");
        Assert.True(original.SetTableCell("op2", "r2", 0, "Conversiona").IsSuccess);
        var proposed = original.Clone();
        Assert.True(proposed.SetTableCell("op2", "r2", 0, "Conversion{sup}a{/sup}").IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal("In the table in operative paragraph 2, in the row “Conversiona”, replace “Conversiona” with “Conversionᵃ”.", Assert.Single(amendment.Wording("en")));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    // Issue 16 item 3 (ADR 0035 amendment 1): Unicode has no raised Q; the wording printed "PostsQ" for both texts.
    [Theory]
    [InlineData("en", "Posts", "In the table in operative paragraph 2, in the row “PostsQ”, replace “PostsQ” with “Posts⁽Q⁾”.")]
    [InlineData("zh", "员额", "在执行部分第2段的表格中，在“员额Q”一行，将“员额Q”改为“员额⁽Q⁾”。")]
    public void ALetterUnicodeCannotRaise_RaisedOnly_IsWordedSoAReaderSeesTheChange(string language, string words, string expected)
    {
        var original = Scale(language);
        Assert.True(original.SetTableCell("op2", "r2", 0, words + "Q").IsSuccess);
        var proposed = original.Clone();
        Assert.True(proposed.SetTableCell("op2", "r2", 0, words + "{sup}Q{/sup}").IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "Approves the posts marked Q in the table;", "Approves the Posts{sup}Q{/sup} in the table;", "Posts⁽Q⁾")]
    [InlineData("zh", "核准表中标有Q的员额；", "核准表中员额{sup}Q{/sup}；", "员额⁽Q⁾")]
    public void AParagraphQuotingARaisedQ_IsWordedWithItRaised(string language, string old, string changed, string quoted)
    {
        var original = Scale(language);
        Assert.True(original.SetText("op1", old).IsSuccess);
        var proposed = original.Clone();
        Assert.True(proposed.SetText("op1", changed).IsSuccess);

        var wording = string.Join(" ", AmendmentBuilder.Compute(original, proposed).Wording(language));

        Assert.Contains(quoted, wording, StringComparison.Ordinal);
        Assert.DoesNotContain("{", wording, StringComparison.Ordinal);
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
                // At the head of the body: not "after the row “Member State”", a heading row (ADR 0030, amendment 2).
                "In the table in operative paragraph 2, at the beginning, insert a row reading: “Aaland | 0.003”.",
                "In the table in operative paragraph 2, after the row “Afghanistan”, insert the following rows: “Atlantis | 0.001”; “Avalon | 0.002”.",
            ],
            amendment.Wording("en"));
        Assert.Contains("在执行部分第2段的表格中，删除“Algeria”一行。", amendment.Wording("zh"));
        Assert.Contains("在执行部分第2段的表格中，在开头插入一行：“Aaland | 0.003”。", amendment.Wording("zh"));
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

        Assert.Equal("In the table in the operative paragraph, in the row “P-4”, in the column “2023”, replace “3” with “4”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在执行部分的表格中，在“P-4”一行“2023”栏，将“3”改为“4”。", Assert.Single(amendment.Wording("zh")));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "At the end of operative paragraph 1, insert the following table, headed “Fund | Amount”: “General Fund | 1 200”; “Reserve | 300”.", "In operative paragraph 2, delete the table.")]
    [InlineData("zh", "在执行部分第1段末尾插入下表，表头为“Fund | Amount”：“General Fund | 1 200”；“Reserve | 300”。", "在执行部分第2段中，删除表格。")]
    public void ATableAddedOrDeletedWhole_IsWorded_AndAppliedGivesTheProposal(string language, string insert, string delete)
    {
        var original = Scale(language);
        var proposed = original.Clone();
        Assert.True(proposed.SetTable("op1", DraftTable.Of([["Fund", "Amount"], ["General Fund", "1 200"], ["Reserve", "300"]], headerRows: 1)).IsSuccess);
        Assert.True(proposed.SetTable("op2", null).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Empty(amendment.Unworded);
        Assert.Equal([AmendmentKind.InsertTable, AmendmentKind.DeleteTable], amendment.Instructions.Select(i => i.Kind));
        Assert.Equal([insert, delete], amendment.Wording(language));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "After operative paragraph 1, insert a new paragraph reading: “Approves the posts as follows:”, followed by the table, headed “Category | Posts”: “P-4 | 3”; “P-3 | 2”.")]
    [InlineData("zh", "在执行部分第1段之后插入一个新段落，内容如下：“核准员额如下：”，其后为下表，表头为“Category | Posts”：“P-4 | 3”；“P-3 | 2”。")]
    public void ANewParagraphsTable_IsWordedWithIt_AndAddedWithIt(string language, string expected)
    {
        var original = Scale(language);
        var proposed = original.Clone();
        var added = proposed.InsertParagraph(ParagraphKind.Operative, language == "zh" ? "核准员额如下：" : "Approves the posts as follows:", 1, id: "new");
        Assert.True(added.IsSuccess, added.Error);
        Assert.True(proposed.SetTable("new", DraftTable.Of([["Category", "Posts"], ["P-4", "3"], ["P-3", "2"]], headerRows: 1)).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Empty(amendment.Unworded);
        var instruction = Assert.Single(amendment.Instructions);
        Assert.Equal(AmendmentKind.InsertParagraph, instruction.Kind);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        // Applied (as on acceptance), the new paragraph comes with its table, rows and ids as proposed.
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void ANewSubParagraphsTable_IsWordedAfterItsSubParagraph_AndAddedWithIt()
    {
        var original = Scale("en");
        var proposed = original.Clone();
        Assert.True(proposed.InsertParagraph(ParagraphKind.Operative, "Decides:", 1, id: "new").IsSuccess);
        Assert.True(proposed.AddSubParagraph("new", "To keep the posts;", id: "a").IsSuccess);
        Assert.True(proposed.AddSubParagraph("new", "To approve the following posts:", id: "b").IsSuccess);
        Assert.True(proposed.SetTable("b", DraftTable.Of([["P-4", "3"]])).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(
            "After operative paragraph 1, insert a new paragraph reading: “Decides: (a) To keep the posts; (b) To approve the following posts:”, followed, after subparagraph (b), by the table: “P-4 | 3”.",
            Assert.Single(amendment.Wording("en")));
        Assert.Equal(
            "在执行部分第1段之后插入一个新段落，内容如下：“Decides: (a) To keep the posts; (b) To approve the following posts:”，(b)分段之后为下表：“P-4 | 3”。",
            Assert.Single(amendment.Wording("zh")));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "In the table in operative paragraph 2, move the row “Andorra” to after the row “Afghanistan”.")]
    [InlineData("zh", "在执行部分第2段的表格中，将“安道尔”一行移至“阿富汗”一行之后。")]
    public void ARowMoved_IsWordedAsAMove_AndAppliedGivesTheProposal(string language, string expected)
    {
        var original = Scale(language);
        var proposed = original.Clone();
        var row = proposed.Paragraphs[1].Table!.Rows[4];
        Assert.True(proposed.RemoveTableRow("op2", "r4").IsSuccess);
        Assert.True(proposed.AddTableRow("op2", 2, row).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Empty(amendment.Unworded);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "In the table in operative paragraph 2, move the row “Andorra” to the beginning of the table.")]
    [InlineData("zh", "在执行部分第2段的表格中，将“安道尔”一行移至表格开头。")]
    public void ARowMovedRightUnderTheHeader_IsMovedToTheBeginning_NotAfterTheHeaderRow(string language, string expected)
    {
        // ADR 0030, amendment 3: "to after the row “Member State”" named the column headings as if they were a row.
        var original = Scale(language);
        var proposed = Reordered(original, ["h", "r4", "r1", "r2", "r3"]);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(AmendmentKind.MoveTableRows, Assert.Single(amendment.Instructions).Kind);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);

        // A row moved after the first body row is still moved after that row.
        var second = AmendmentBuilder.Compute(original, Reordered(original, ["h", "r1", "r4", "r2", "r3"]));
        Assert.Contains(language == "zh" ? "移至“阿富汗”一行之后" : "to after the row “Afghanistan”", Assert.Single(second.Wording(language)), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralRowsMovedTogether_AreOneMove_ToTheHeadToo()
    {
        var original = Scale("en");
        var together = Reordered(original, ["h", "r1", "r4", "r3", "r2"]);
        var head = Reordered(original, ["r3", "r4", "h", "r1", "r2"]);

        var a = AmendmentBuilder.Compute(original, together);
        var b = AmendmentBuilder.Compute(original, head);

        Assert.Equal("In the table in operative paragraph 2, move the rows “Andorra” and “Algeria” to after the row “Afghanistan”.", Assert.Single(a.Wording("en")));
        Assert.Equal("在执行部分第2段的表格中，将“Andorra”和“Algeria”各行移至“Afghanistan”一行之后。", Assert.Single(a.Wording("zh")));
        AssertAppliedGivesProposed(original, together, a);
        Assert.Empty(b.Unworded);
        AssertAppliedGivesProposed(original, head, b);
    }

    [Fact]
    public void RowsInsertedJustBeforeARowMovedThere_AreInsertedBeforeIt_SoTheWordingReadsOneWay()
    {
        var original = Scale("en");
        var proposed = Reordered(original, ["h", "r1", "r4", "r2", "r3"]);
        Assert.True(proposed.AddTableRow("op2", 2, new TableRow("n1", [new TableCell("Atlantis"), new TableCell("0.001")])).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(
            [
                "In the table in operative paragraph 2, move the row “Andorra” to after the row “Afghanistan”.",
                "In the table in operative paragraph 2, before the row “Andorra”, insert a row reading: “Atlantis | 0.001”.",
            ],
            amendment.Wording("en").OrderBy(w => w.Contains("move", StringComparison.Ordinal) ? 0 : 1));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "In the table in operative paragraph 2, replace the row “Albania” with the following row: “Albania | 0.008 | 0.009”.")]
    [InlineData("zh", "在执行部分第2段的表格中，将“阿尔巴尼亚”一行改为：“阿尔巴尼亚 | 0.008 | 0.009”。")]
    public void ARowReshaped_IsReplacedWithTheNewRow(string language, string expected)
    {
        var original = Scale(language);
        var proposed = original.Clone();
        var row = proposed.Paragraphs[1].Table!.Rows[2];
        Assert.True(proposed.RemoveTableRow("op2", "r2").IsSuccess);
        Assert.True(proposed.AddTableRow("op2", 2, row with { Cells = [.. row.Cells, new TableCell("0.009")] }).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Empty(amendment.Unworded);
        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    // Cells joined: the words read the same, so the join is said.
    [InlineData("en", "A|0.008|0.009", "A|0.008 0.009:2", "In the table in the operative paragraph, replace the row “A” with the following row, its cells “0.008” and “0.009” joined: “A | 0.008 0.009”.")]
    [InlineData("zh", "A|0.008|0.009", "A|0.008 0.009:2", "在执行部分的表格中，将“A”一行改为下行（其中“0.008”和“0.009”两格合并）：“A | 0.008 0.009”。")]
    // A cell that read nothing is named by its column.
    [InlineData("en", "Posts|3|", "Posts|3:2", "In the table in the operative paragraph, replace the row “Posts” with the following row, its second and third cells joined: “Posts | 3”.")]
    [InlineData("zh", "Posts|3|", "Posts|3:2", "在执行部分的表格中，将“Posts”一行改为下行（其中第二和第三两格合并）：“Posts | 3”。")]
    // Split, and a cell now across two columns.
    [InlineData("en", "Posts|3 4:2", "Posts|3|4", "In the table in the operative paragraph, replace the row “Posts” with the following row, its cell “3 4” split in two: “Posts | 3 | 4”.")]
    [InlineData("zh", "Posts|3 4:2", "Posts|3|4", "在执行部分的表格中，将“Posts”一行改为下行（其中“3 4”一格分为两格）：“Posts | 3 | 4”。")]
    [InlineData("en", "Posts:2|3", "Posts|3:2", "In the table in the operative paragraph, replace the row “Posts” with the following row, “3” across two columns: “Posts | 3”.")]
    public void ARowReshapedOnlyInItsCells_SaysHow(string language, string was, string now, string expected)
    {
        static TableRow Row(string id, string cells) => new(id, cells.Split('|').Select(c => c.Split(':') is [var text, var span] ? new TableCell(text, int.Parse(span, System.Globalization.CultureInfo.InvariantCulture)) : new TableCell(c)).ToList());
        var original = Draft.Create(language).Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Approves the posts as follows:", id: "op1");
        original.SetTable("op1", new DraftTable([new TableRow("h", [new TableCell("Category"), new TableCell("2022"), new TableCell("2023")]), Row("r1", was)], headerRows: 1));
        var proposed = original.Clone();
        proposed.SetTable("op1", new DraftTable([original.Paragraphs[0].Table!.Rows[0], Row("r1", now)], headerRows: 1));

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void ARowMovedIntoTheHeader_ReplacesTheTableWhole_RatherThanLoseIt()
    {
        var original = Scale("en");
        var proposed = original.Clone();
        proposed.SetTable("op2", new DraftTable([.. proposed.Paragraphs[1].Table!.Rows.Reverse()], headerRows: 2));

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Empty(amendment.Unworded);
        Assert.StartsWith("In operative paragraph 2, replace the table with the following table, headed “Andorra | 0.005”; “Algeria | 0.109”: “Albania | 0.008”;", Assert.Single(amendment.Wording("en")), StringComparison.Ordinal);
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Fact]
    public void AnyMixOfBodyRowsDeletedMovedInsertedAndChanged_IsWordedRowByRow_AndAppliedGivesTheProposal()
    {
        var random = new Random(29);
        for (var round = 0; round < 300; round++)
        {
            var original = Draft.Create("en").Value!;
            original.InsertParagraph(ParagraphKind.Operative, "Approves the scale as follows:", id: "op1");
            var count = random.Next(1, 9);
            original.SetTable("op1", new DraftTable([new TableRow("h", [new TableCell("State"), new TableCell("Share")]), .. Enumerable.Range(1, count).Select(k => new TableRow($"r{k}", [new TableCell($"State {k % 4}"), new TableCell($"0.00{k}")]))], headerRows: 1));
            var body = Enumerable.Range(1, count).Select(k => $"r{k}").Where(_ => random.Next(5) > 0).OrderBy(_ => random.Next()).ToList();
            if (body.Count == 0)
            {
                continue;
            }

            var proposed = Reordered(original, ["h", .. body]);
            for (var n = random.Next(3); n > 0; n--)
            {
                proposed.AddTableRow("op1", random.Next(1, proposed.Paragraphs[0].Table!.Rows.Count + 1), new TableRow($"n{n}", [new TableCell($"New {n}"), new TableCell("1")]));
            }

            if (random.Next(2) == 0)
            {
                proposed.SetTableCell("op1", body[0], 1, "0.5");
            }

            var amendment = AmendmentBuilder.Compute(original, proposed);

            Assert.DoesNotContain(amendment.Instructions, i => i.Kind == AmendmentKind.ReplaceTable);
            AssertAppliedGivesProposed(original, proposed, amendment);
        }
    }

    [Theory]
    [InlineData("en", "In the table in the operative paragraph, in the row “Albania” (row 3), replace “0.008” with “0.009”.", "In the table in the operative paragraph, delete row 4.")]
    [InlineData("zh", "在执行部分的表格中，在“Albania”一行（第3行），将“0.008”改为“0.009”。", "在执行部分的表格中，删除第4行。")]
    public void TwoRowsOfOneName_AreToldApartByTheirPlace_OutsideTheQuotationMarks(string language, string cell, string empty)
    {
        var original = Draft.Create(language).Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Approves the scale as follows:", id: "op1");
        original.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Albania", "0.007"], ["Albania", "0.008"], ["", "0.1"]], headerRows: 1));
        var proposed = original.Clone();
        proposed.SetTableCell("op1", "r3", 1, "0.009");
        proposed.RemoveTableRow("op1", "r4");

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal([empty, cell], amendment.Wording(language));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "In the table in the operative paragraph, in the row “Establishment | Finance Officer”, replace “1” with “2”.", "In the table in the operative paragraph, delete the row “Establishment” (row 2).")]
    [InlineData("zh", "在执行部分的表格中，在“设立 | 财务干事”一行，将“1”改为“2”。", "在执行部分的表格中，删除“设立”一行（第2行）。")]
    public void RowsStartingAlike_AreNamedByMoreOfTheRow_AndByTheirPlaceOnlyWhenNothingTellsThemApart(string language, string cell, string twin)
    {
        var chinese = language == "zh";
        var original = Draft.Create(language).Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Approves the changes as follows:", id: "op1");
        // 76/246: many rows start with the same action; the post's title tells them apart, the figure never names a row.
        original.SetTable("op1", DraftTable.Of(
        [
            [chinese ? "行动" : "Action", chinese ? "员额职称" : "Title of post", chinese ? "数目" : "Number"],
            [chinese ? "设立" : "Establishment", chinese ? "法律干事" : "Legal Officer", "1"],
            [chinese ? "设立" : "Establishment", chinese ? "财务干事" : "Finance Officer", "1"],
            [chinese ? "设立" : "Establishment", chinese ? "法律干事" : "Legal Officer", "1"],
        ], headerRows: 1));
        var proposed = original.Clone();
        proposed.SetTableCell("op1", "r3", 2, "2");
        proposed.RemoveTableRow("op1", "r2");

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal([twin, cell], amendment.Wording(language));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    [Theory]
    [InlineData("en", "In the table in operative paragraph 2, replace the column heading “Percentage” with “Share”.")]
    [InlineData("zh", "在执行部分第2段的表格中，将栏目标题“百分比”改为“份额”。")]
    public void AHeaderCell_IsNamedAsTheColumnHeadingItIs(string language, string expected)
    {
        var original = Scale(language);
        var proposed = original.Clone();
        proposed.SetTableCell("op2", "h", 1, language == "zh" ? "份额" : "Share");

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        AssertAppliedGivesProposed(original, proposed, amendment);
    }

    private static Draft Reordered(Draft original, string[] ids)
    {
        var draft = original.Clone();
        var node = draft.Paragraphs.First(p => p.Table is not null);
        var table = node.Table!;
        var header = ids.TakeWhile(id => table.IndexOfRow(id) < table.HeaderRows).Count();
        Assert.True(draft.SetTable(node.Id, new DraftTable([.. ids.Select(id => table.Rows[table.IndexOfRow(id)])], header)).IsSuccess);
        return draft;
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
