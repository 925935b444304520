using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// A run of tables under sub-headings on the page (ADR 0029, amendment 2; 76/246 OP27): each sub-heading and note stands
/// across the table, each table's own header is a header; editors and the secretariat edit a sub-heading's and a note's
/// words as any cell's, readers read them; a row added after a sub-heading is a body row shaped as the table's.
/// </summary>
public sealed class CaptionedTableBlockTests : BunitContext
{
    private static Draft Budget()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Approves the changes to the staffing table as set out in the table below:", id: "op1");
        Assert.True(draft.SetTable("op1", new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat of the Pension Board", 3)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("a1", [new TableCell("Reclassification"), new TableCell("Senior Programme Management Officer"), new TableCell("1")]),
            new TableRow("c2", [new TableCell("B. Pension Administration", 3)], TableRowKind.Caption),
            new TableRow("h2", [new TableCell("Action"), new TableCell("Title of post"), new TableCell("Number")], TableRowKind.Header),
            new TableRow("b1", [new TableCell("New post"), new TableCell("Accounting Assistant"), new TableCell("5")]),
            new TableRow("n1", [new TableCell("a From extrabudgetary funds.", 3)], TableRowKind.Note),
        ])).IsSuccess);
        return draft;
    }

    private (IRenderedComponent<DraftTableBlock> Block, List<ParagraphCommand> Sent) Rendered(Draft draft, bool editable)
    {
        var sent = new List<ParagraphCommand>();
        var view = new DraftView(draft) { Editable = editable, Dispatch = c => { sent.Add(c); return Task.CompletedTask; } };
        var page = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));
        return (page.FindComponent<DraftTableBlock>(), sent);
    }

    [Fact]
    public void AReader_SeesEachSubHeadingAndNoteAcrossTheTable_AndEachTablesHeader()
    {
        var (block, _) = Rendered(Budget(), editable: false);

        var captions = block.FindAll("tr.table-caption td");
        Assert.Equal(["A. Secretariat of the Pension Board", "B. Pension Administration"], captions.Select(c => c.TextContent.Trim()));
        Assert.All(captions, c => Assert.Equal("3", c.GetAttribute("colspan")));
        Assert.Equal("a From extrabudgetary funds.", block.Find("tr.table-note td").TextContent.Trim());
        Assert.Equal(2, block.FindAll("tr.table-subhead th").Count / 3);
        Assert.Empty(block.FindAll("input, textarea"));
    }

    [Fact]
    public void AnEditor_EditsASubHeadingsWords_AndARowAddedAfterItIsABodyRow()
    {
        var draft = Budget();
        var (block, sent) = Rendered(draft, editable: true);

        block.Find("tr[data-row='c2'] .cell-input").Change("B. Pension Administration (Geneva)");
        block.Find("tr[data-row='c2'] button[title='Add a row after sub-heading B. Pension Administration']").Click();

        Assert.Equal(new ParagraphCommand(ParagraphAction.SetTableCell, "op1", "B. Pension Administration (Geneva)", Cell: new TableCellAt("c2", 0)), sent[0]);
        var add = TableChanges.AddRowAfter("op1", "c2")(draft);
        Assert.True(add.IsSuccess, add.Error);
        Assert.True(add.Value!.Apply(draft).IsSuccess);
        var added = draft.Paragraphs[0].Table!.Rows[5]; // under table B's own header
        Assert.Equal("h2", draft.Paragraphs[0].Table!.Rows[4].Id);
        Assert.Equal(TableRowKind.Body, added.Kind);
        Assert.Equal(3, added.Cells.Count);
    }
}
