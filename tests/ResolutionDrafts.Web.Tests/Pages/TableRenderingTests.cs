using Bunit;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Comparison;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>A paragraph's table on the page (ADR 0029): under its paragraph, cells editable by those who edit, read by the others; a changed cell in a comparison.</summary>
public sealed class TableRenderingTests : BunitContext
{
    private static Draft Scale()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale shall be as follows:", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op2");
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"]], headerRows: 1));
        return draft;
    }

    [Fact]
    public void AReader_SeesTheTableUnderItsParagraph_HeaderAndFiguresAsPrinted_NothingToEdit()
    {
        var draft = Scale();
        var view = new DraftView(draft) { Editable = false };

        var block = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));

        var table = block.Find("[data-testid=table-op1] table");
        Assert.Equal(["Member State", "Percentage"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("0.008", table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("num", table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td")[1].ClassList);
        Assert.Empty(block.FindAll("[data-testid=table-op1] input, [data-testid=table-op1] textarea"));
        Assert.True(block.Find(".para .text").CompareDocumentPosition(table).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the table comes after the paragraph's text");
    }

    [Fact]
    public void AnEditor_ChangesACellInPlace_AsOneCommandForThatCell()
    {
        var draft = Scale();
        ParagraphCommand? sent = null;
        var view = new DraftView(draft) { Editable = true, Dispatch = c => { sent = c; return Task.CompletedTask; } };

        var page = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));
        var block = page.FindComponent<DraftTableBlock>();
        block.Find("textarea[data-cell='r3:1']").Change("0.009");

        Assert.Equal(new ParagraphCommand(ParagraphAction.SetTableCell, "op1", "0.009", Cell: new TableCellAt("r3", 1)), sent);
        Assert.Equal("OP1, row Albania, cell 2", block.Find("textarea[data-cell='r3:1']").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("Senior Programme\r\n Management Officer", "Senior Programme Management Officer")]
    [InlineData("高级方案\n管理干事", "高级方案管理干事")]
    public void AnEditor_PastesALineBreakIntoACellsBox_TheCellIsOneLine(string typed, string set)
    {
        // The box is a textarea that wraps (ADR 0043), which keeps a pasted line break where the one-line input dropped it.
        var draft = Scale();
        ParagraphCommand? sent = null;
        var view = new DraftView(draft) { Editable = true, Dispatch = c => { sent = c; return Task.CompletedTask; } };

        var page = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));
        page.FindComponent<DraftTableBlock>().Find("textarea[data-cell='r3:0']").Change(typed);

        Assert.Equal(new ParagraphCommand(ParagraphAction.SetTableCell, "op1", set, Cell: new TableCellAt("r3", 0)), sent);
    }

    [Fact]
    public void Comparison_AChangedCell_ShowsAsAChange()
    {
        var old = Scale();
        var now = old.Clone();
        Assert.True(new SetTableCell("op1", "r3", 1, "0.009").Apply(now).IsSuccess);

        var view = Render<ComparisonView>(p => p.Add(x => x.Comparison, DraftComparer.Compare(old, now)));

        var change = view.Find("[data-testid=table-changes] .table-change");
        Assert.StartsWith("Table in OP1, row “Albania”, column 2:", change.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("0.008", change.QuerySelector("del")!.TextContent);
        Assert.Equal("0.009", change.QuerySelector("ins")!.TextContent);
    }
}

/// <summary>The reading page prints a paragraph again when its table changes (ADR 0029).</summary>
public sealed class TableReadingKeyTests
{
    [Fact]
    public void AChangedCell_ChangesItsParagraphsReadingKey_AndNothingElseDoes()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale shall be as follows:", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op2");
        draft.SetTable("op1", DraftTable.Of([["Albania", "0.008"]]));
        var changed = draft.Clone();
        Assert.True(new SetTableCell("op1", "r1", 1, "0.009").Apply(changed).IsSuccess);

        string Key(Draft d, int i) => ResolutionDrafts.Web.Reading.ReadingKeys.Of(d.Paragraphs[i], new DraftView(d));

        Assert.NotEqual(Key(draft, 0), Key(changed, 0));
        Assert.Equal(Key(draft, 1), Key(changed, 1));
    }
}
