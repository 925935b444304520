using Bunit;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// From the page (ADR 0030, amendment 2): a row at the head of a table's body, a sub-heading starting a new table of a
/// run, a whole table added to a run — proposed by a delegation behind "Propose" (a refusal keeps what was typed) and
/// added by the secretariat in place. Before, a row could only be added after an existing row (a delegation could not
/// reach the head of a table with a header at all), and a run could not grow from the page. What the page sends is applied
/// here as the page's proposal service applies it, and worded in English and Chinese.
/// </summary>
public sealed class TableRunToolsTests : BunitContext
{
    private static Draft Scale(string language = "en")
    {
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, language == "zh" ? "决定比额表如下：" : "Resolves that the scale shall be as follows:", id: "op1");
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1));
        return draft;
    }

    private static Draft Budget(string language = "en")
    {
        var zh = language == "zh";
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "核可下表所示人员配置表的变动：" : "Approves the changes to the staffing table as set out in the table below:", id: "op1");
        Assert.True(draft.SetTable("op1", new DraftTable(
        [
            new TableRow("c1", [new TableCell(zh ? "A. 养恤金联委会秘书处" : "A. Secretariat of the Pension Board", 3)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell(zh ? "行动" : "Action"), new TableCell(zh ? "员额职称" : "Title of post"), new TableCell(zh ? "数目" : "Number")], TableRowKind.Header),
            new TableRow("a1", [new TableCell(zh ? "改叙" : "Reclassification"), new TableCell(zh ? "高级方案管理干事" : "Senior Programme Management Officer"), new TableCell("1")]),
            new TableRow("a2", [new TableCell(zh ? "新员额" : "New post"), new TableCell(zh ? "会计助理" : "Accounting Assistant"), new TableCell("5")]),
            new TableRow("c2", [new TableCell(zh ? "C. 投资管理厅" : "C. Office of Investment Management", 3)], TableRowKind.Caption),
            new TableRow("h2", [new TableCell(zh ? "行动" : "Action"), new TableCell(zh ? "员额职称" : "Title of post"), new TableCell(zh ? "数目" : "Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell(zh ? "新员额" : "New post"), new TableCell(zh ? "副厅长" : "Deputy Director"), new TableCell("1")]),
        ])).IsSuccess);
        return draft;
    }

    private (IRenderedComponent<DraftTableBlock> Block, List<ParagraphCommand> Sent) Rendered(Draft draft, bool editable, string? refusal = null)
    {
        var sent = new List<ParagraphCommand>();
        var view = new DraftView(draft) { Editable = editable, CanPropose = !editable, Dispatch = c => { sent.Add(c); c.Answered?.Invoke(refusal); return Task.CompletedTask; } };
        var page = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));
        return (page.FindComponent<DraftTableBlock>(), sent);
    }

    /// <summary>What the proposal service does with the command: applies it to a copy, and words the difference.</summary>
    private static (Draft Proposed, string Wording) Proposed(Draft live, ParagraphCommand command, string language)
    {
        var copy = live.Clone();
        var applied = SuggestingEdits.For(command)!(copy);
        Assert.True(applied.IsSuccess, applied.Error);
        var amendment = AmendmentBuilder.Compute(live, copy);
        var applies = AmendmentApplier.Apply(live, amendment);
        Assert.True(applies.IsSuccess, applies.Error);
        Assert.Equal(DraftCanonicalForm.Of(copy), DraftCanonicalForm.Of(applies.Value!));
        return (copy, string.Join(" ", amendment.Wording(language)));
    }

    [Theory]
    [InlineData("en", "In the table in the operative paragraph, at the beginning, insert the following rows: “Aaland | 0.003”; “Abkhazia | 0.001”.")]
    [InlineData("zh", "在执行部分的表格中，在开头插入下列各行：“Aaland | 0.003”；“Abkhazia | 0.001”。")]
    public void ADelegation_ProposesRowsAtTheHeadOfTheBody_TypedInPlaceAboveTheFirstRow(string language, string expected)
    {
        var draft = Scale(language);
        var (block, sent) = Rendered(draft, editable: false);

        block.Find("button[title='Propose a new row at the head of the body of the table in OP1']").Click();
        block.Find("button[title='Propose a new row at the head of the body of the table in OP1']").Click();
        Assert.Empty(sent);
        Assert.Equal(["new", "new", "r2", "r3"], block.FindAll("tbody tr").Select(r => r.GetAttribute("data-row") ?? "new"));
        var added = block.FindAll("tr.proposed-row").Select(r => r.GetAttribute("data-new-row")!).ToList();
        block.Find($"textarea[data-new-cell='{added[0]}:0']").Change("Aaland");
        block.Find($"textarea[data-new-cell='{added[0]}:1']").Change("0.003");
        block.Find($"textarea[data-new-cell='{added[1]}:0']").Change("Abkhazia");
        block.Find($"textarea[data-new-cell='{added[1]}:1']").Change("0.001");
        Assert.Contains("a new row at the head of the table: Aaland | 0.003", block.Find(".table-proposal").TextContent, StringComparison.Ordinal);
        block.Find(".table-proposal button.primary").Click();

        var command = Assert.Single(sent);
        Assert.Equal(TableRowProposed.AtHead, command.NewRows![0].AfterRowId);
        var (proposed, wording) = Proposed(draft, command, language);
        Assert.Equal(expected, wording);
        Assert.Equal(["Member State", "Aaland", "Abkhazia", "Afghanistan", "Albania"], proposed.Paragraphs[0].Table!.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal(1, proposed.Paragraphs[0].Table!.HeaderRows);
        Assert.Empty(block.FindAll("tr.proposed-row"));
    }

    [Theory]
    [InlineData("en", "In the table under “A. Secretariat of the Pension Board” in the operative paragraph, after the row “Reclassification”, insert the sub-heading “B. Pension Administration”, the rows below it becoming a table of their own.")]
    [InlineData("zh", "在执行部分“A. 养恤金联委会秘书处”下的表格中，在“改叙”一行之后插入小标题“B. 养恤金行政管理局”，其下各行成为单独的表格。")]
    public void ADelegation_ProposesASubHeadingAfterABodyRow_StartingANewTableOfTheRun(string language, string expected)
    {
        var draft = Budget(language);
        var (block, sent) = Rendered(draft, editable: false);

        var name = language == "zh" ? "改叙" : "Reclassification";
        block.Find($"tr[data-row='a1'] button[title='Propose a sub-heading after {name}, starting a new table']").Click();
        var caption = block.Find("tr.proposed-row.table-caption");
        Assert.Equal("3", caption.QuerySelector("td")!.GetAttribute("colspan"));
        block.Find($"textarea[data-new-cell='{caption.GetAttribute("data-new-row")}:0']").Change(language == "zh" ? "B. 养恤金行政管理局" : "B. Pension Administration");
        block.Find(".table-proposal button.primary").Click();

        var command = Assert.Single(sent);
        Assert.Equal(TableRowKind.Caption, command.NewRows![0].Kind);
        var (proposed, wording) = Proposed(draft, command, language);
        Assert.Equal(expected, wording);
        var table = proposed.Paragraphs[0].Table!;
        Assert.Equal(3, table.Parts().Count);
        Assert.StartsWith("B.", table.CaptionOf("a2"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "In the operative paragraph, after the table under “C. Office of Investment Management”, insert a new table under the sub-heading “D. Office of Internal Oversight Services”, headed “Action | Title of post | Number”: “Conversion | Auditor | 3”.")]
    [InlineData("zh", "在执行部分“C. 投资管理厅”下的表格之后，插入一个新表，小标题为“D. 内部监督事务厅”，表头为“行动 | 员额职称 | 数目”：“改划 | 审计师 | 3”。")]
    public void ADelegation_ProposesAWholeTableAtTheEndOfTheRun_ItsHeadingsCopied_AndARefusalKeepsWhatWasTyped(string language, string expected)
    {
        var zh = language == "zh";
        var draft = Budget(language);
        var (block, sent) = Rendered(draft, editable: false, refusal: "A new sub-heading is empty: type its words, or drop it.");

        block.Find("button[title='Propose a new table under a new sub-heading at the end of the tables in OP1']").Click();
        var rows = block.FindAll("tr.proposed-row").ToList();
        Assert.Equal(["caption", "header", null], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Equal(zh ? "员额职称" : "Title of post", block.Find($"textarea[data-new-cell='{rows[1].GetAttribute("data-new-row")}:1']").GetAttribute("value"));
        Assert.Contains("a new table at the end of the tables, under the sub-heading", block.Find(".table-proposal").TextContent, StringComparison.Ordinal);
        var body = rows[2].GetAttribute("data-new-row");
        block.Find($"textarea[data-new-cell='{body}:0']").Change(zh ? "改划" : "Conversion");
        block.Find($"textarea[data-new-cell='{body}:1']").Change(zh ? "审计师" : "Auditor");
        block.Find($"textarea[data-new-cell='{body}:2']").Change("3");

        // Proposed before the sub-heading is typed: refused, and everything typed stays.
        block.Find(".table-proposal button.primary").Click();
        Assert.Contains("A new sub-heading is empty", block.Find(".table-proposal [role='alert']").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, block.FindAll("tr.proposed-row").Count);
        Assert.Equal("3", block.Find($"textarea[data-new-cell='{body}:2']").GetAttribute("value"));
        Assert.Equal("A new sub-heading is empty: type its words, or drop it.", SuggestingEdits.For(sent[0])!(draft.Clone()).Error);

        block.Find($"textarea[data-new-cell='{rows[0].GetAttribute("data-new-row")}:0']").Change(zh ? "D. 内部监督事务厅" : "D. Office of Internal Oversight Services");
        block.Find(".table-proposal button.primary").Click();

        Assert.Equal(2, sent.Count);
        var (proposed, wording) = Proposed(draft, sent[1], language);
        Assert.Equal(expected, wording);
        var table = proposed.Paragraphs[0].Table!;
        Assert.Equal(3, table.Parts().Count);
        Assert.Equal([TableRowKind.Caption, TableRowKind.Header, TableRowKind.Body], table.Rows.Skip(7).Select(r => r.Kind));
    }

    [Fact]
    public void TheSecretariat_AddsARowAtTheHead_ASubHeading_AndATableToTheRun_InPlace()
    {
        var draft = Budget();
        var (block, sent) = Rendered(draft, editable: true);

        block.Find("button[title='Add a row at the head of the body of the table in OP1']").Click();
        block.Find("tr[data-row='a1'] button[title='Add a sub-heading after Reclassification, starting a new table']").Click();
        block.Find("button[title='Add a table under a new sub-heading at the end of the tables in OP1']").Click();
        Assert.Empty(block.FindAll("tr[data-row='c1'] button[title^='Add a sub-heading']")); // only after body rows

        Assert.Equal(
            [
                new ParagraphCommand(ParagraphAction.AddTableRowAtHead, "op1"),
                new ParagraphCommand(ParagraphAction.AddTableSubHeading, "op1", Cell: new TableCellAt("a1", 0)),
                new ParagraphCommand(ParagraphAction.AddTableToRun, "op1"),
            ],
            sent);

        // What the page makes of them: a row heading table A's body under its header, a sub-heading splitting A, a new
        // table at the end with C's headings and a row to type.
        Assert.True(TableChanges.AddRowAtHead("op1")(draft).Value!.Apply(draft).IsSuccess);
        var table = draft.Paragraphs[0].Table!;
        Assert.Equal(["c1", "h1"], table.Rows.Take(2).Select(r => r.Id));
        Assert.Equal(["", "", ""], table.Rows[2].Cells.Select(c => c.Text));
        Assert.True(TableChanges.AddSubHeadingAfter("op1", "a1")(draft).Value!.Apply(draft).IsSuccess);
        Assert.True(TableChanges.AddTableToRun("op1")(draft).Value!.Apply(draft).IsSuccess);
        table = draft.Paragraphs[0].Table!;
        Assert.Equal(TableRowKind.Caption, table.Rows[table.IndexOfRow("a1") + 1].Kind);
        Assert.Equal([TableRowKind.Caption, TableRowKind.Header, TableRowKind.Body], table.Rows.TakeLast(3).Select(r => r.Kind));
        Assert.Equal(["Action", "Title of post", "Number"], table.Rows[^2].Cells.Select(c => c.Text));
        Assert.Equal(4, table.Parts().Count);
        Assert.Null(table.Problem());

        // A table without a header and no sub-heading: the head is the top.
        var plain = Draft.Create("en").Value!;
        plain.InsertParagraph(ParagraphKind.Operative, "Decides as follows:", id: "op1");
        plain.SetTable("op1", DraftTable.Of([["General Fund", "1"], ["Reserve", "2"]]));
        Assert.True(TableChanges.AddRowAtHead("op1")(plain).Value!.Apply(plain).IsSuccess);
        Assert.Equal(["", "General Fund", "Reserve"], plain.Paragraphs[0].Table!.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void ATableOfTheRunEmptied_ShowsItsSubHeadingAndHeaderWithTheirTools_AndARowProposedUnderItGoesUnderIt()
    {
        // ADR 0030, amendment 1: table C lost its last row; its sub-heading stays, over its header alone.
        var draft = Budget();
        Assert.True(RemoveTableRow.Of(draft, "op1", "b1").Value!.Apply(draft).IsSuccess);
        var (block, sent) = Rendered(draft, editable: false);

        Assert.Equal(["A. Secretariat of the Pension Board", "C. Office of Investment Management"], block.FindAll("tr.table-caption .cell-input").Select(i => i.GetAttribute("value")));
        Assert.Equal(2, block.FindAll("tr.table-subhead").Count);
        block.Find("tr[data-row='h2'] button[title='Propose a new row after Action']").Click();
        var added = block.Find("tr.proposed-row").GetAttribute("data-new-row");
        block.Find($"textarea[data-new-cell='{added}:0']").Change("New post");
        block.Find($"textarea[data-new-cell='{added}:1']").Change("Risk Officer");
        block.Find($"textarea[data-new-cell='{added}:2']").Change("1");
        block.Find(".table-proposal button.primary").Click();

        var (proposed, wording) = Proposed(draft, Assert.Single(sent), "en");
        Assert.Equal("In the table under “C. Office of Investment Management” in the operative paragraph, at the beginning, insert a row reading: “New post | Risk Officer | 1”.", wording);

        // A row proposed at the head of the run's body is shown where it will go: under "A." and its header, not above "A.".
        block.Find("button[title='Propose a new row at the head of the body of the table in OP1']").Click();
        Assert.Equal(["c1", "h1", "new", "a1"], block.FindAll("tbody tr").Take(4).Select(r => r.GetAttribute("data-row") ?? "new"));
        Assert.Equal("C. Office of Investment Management", proposed.Paragraphs[0].Table!.CaptionOf(added!));
    }

    [Theory]
    [InlineData("en", "In the operative paragraph, delete the table under “C. Office of Investment Management”.")]
    [InlineData("zh", "在执行部分中，删除“C. 投资管理厅”下的表格。")]
    public void ADelegation_ProposesOneTableOfTheRunDeleted_FromItsSubHeading_Confirmed_AndWordedAsOne(string language, string expected)
    {
        // ADR 0030, amendment 3: before, a table of a run could only go row by row, its sub-heading last, each its own proposal.
        var draft = Budget(language);
        var (block, sent) = Rendered(draft, editable: false);
        var caption = language == "zh" ? "C. 投资管理厅" : "C. Office of Investment Management";

        block.Find($"tr[data-row='c2'] button[title='Propose deleting the table under {caption}, its sub-heading with it']").Click();
        Assert.Empty(sent); // confirmed first, as the whole table is
        Assert.DoesNotContain(block.FindAll("tr:not([data-row='c2']) button"), b => b.GetAttribute("title")!.Contains("deleting the table under " + caption, StringComparison.Ordinal));
        block.Find(".table-remove-under button.confirm").Click();

        var command = Assert.Single(sent);
        Assert.Equal((ParagraphAction.ProposeRemoveTableUnder, "c2"), (command.Action, command.Cell!.RowId));
        var (proposed, wording) = Proposed(draft, command, language);
        Assert.Equal(expected, wording);
        Assert.Equal(["c1", "h1", "a1", "a2"], proposed.FindNode("op1")!.Table!.Rows.Select(r => r.Id));
        Assert.Empty(block.FindAll(".table-remove-under"));
    }

    [Fact]
    public void TheSecretariat_RemovesOneTableOfTheRun_AsOneChange_AndKeepItCancels()
    {
        var draft = Budget();
        var (block, sent) = Rendered(draft, editable: true);

        block.Find("tr[data-row='c1'] button[title='Remove the table under A. Secretariat of the Pension Board, its sub-heading with it']").Click();
        block.Find(".table-remove-under button:not(.confirm)").Click();
        Assert.Empty(block.FindAll(".table-remove-under"));
        block.Find("tr[data-row='c1'] button[title='Remove the table under A. Secretariat of the Pension Board, its sub-heading with it']").Click();
        block.Find(".table-remove-under button.confirm").Click();

        var command = Assert.Single(sent);
        Assert.Equal((ParagraphAction.RemoveTableUnder, "c1"), (command.Action, command.Cell!.RowId));
        var change = TableChanges.RemoveTableUnder("op1", "c1")(draft);
        Assert.True(change.IsSuccess, change.Error);
        Assert.True(change.Value!.Apply(draft).IsSuccess);
        Assert.Equal(["c2", "h2", "b1"], draft.FindNode("op1")!.Table!.Rows.Select(r => r.Id));
        // A body row has no such tool; the row tools are icons, each named for a screen reader.
        Assert.Empty(block.FindAll("tr[data-row='b1'] button[title^='Remove the table under']"));
        Assert.All(block.FindAll(".row-tools button"), b => Assert.Equal(b.GetAttribute("title"), b.GetAttribute("aria-label")));
        Assert.All(block.FindAll(".row-tools button"), b => Assert.True(b.TextContent.Trim().Length <= 1, b.TextContent));
    }
}
