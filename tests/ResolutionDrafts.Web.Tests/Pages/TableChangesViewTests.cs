using Bunit;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Comparison;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// The comparison page's table changes (ADR 0029): a row moved says where it now stands, and a change in a run of tables
/// under sub-headings names its table by the sub-heading, as amendments name it — in English and Chinese.
/// </summary>
public sealed class TableChangesViewTests : BunitContext
{
    private static Draft Run(string language)
    {
        var chinese = language == "zh";
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "核可下表所示变动：" : "Approves the changes as set out below:", id: "op1");
        draft.SetTable("op1", new DraftTable(
        [
            new TableRow("c1", [new TableCell(chinese ? "A. 秘书处" : "A. Secretariat", 2)], TableRowKind.Caption),
            new TableRow("a1", [new TableCell(chinese ? "改叙" : "Reclassification"), new TableCell("1")]),
            new TableRow("a2", [new TableCell(chinese ? "调动" : "Redeployment"), new TableCell("1")]),
            new TableRow("c2", [new TableCell(chinese ? "B. 养恤金行政管理局" : "B. Pension Administration", 2)], TableRowKind.Caption),
            new TableRow("b1", [new TableCell(chinese ? "设立" : "Establishment"), new TableCell("2")]),
        ]));
        return draft;
    }

    [Theory]
    [InlineData("en", "Table under “A. Secretariat” in OP1, row “Redeployment”: ↕ moved to the top of the table", "Table under “B. Pension Administration” in OP1, row “Establishment”, column 2: ")]
    [InlineData("zh", "OP1“A. 秘书处”下的表格，“调动”行：↕ 移至表格开头", "OP1“B. 养恤金行政管理局”下的表格，“设立”行，第2列：")]
    public void ARowMovedAndACellChanged_InARun_AreNamedByTheirTable(string language, string moved, string cell)
    {
        var old = Run(language);
        var now = old.Clone();
        var rows = now.FindNode("op1")!.Table!.Rows;
        now.SetTable("op1", now.FindNode("op1")!.Table!.WithRows([rows[0], rows[2], rows[1], rows[3], rows[4]], 0));
        Assert.True(now.SetTableCell("op1", "b1", 1, "3").IsSuccess);

        var view = Render<TableChangesView>(p => p.Add(x => x.Changes, DraftComparer.Compare(old, now).Tables).Add(x => x.Language, language));

        var changes = view.FindAll(".table-change").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains(moved, changes);
        Assert.Contains(changes, c => c.StartsWith(cell, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Table under “B. Pension Administration” in OP1, row “Establishment”: ⊞ its cells “Establishment” and “2” joined: ")]
    [InlineData("zh", "OP1“B. 养恤金行政管理局”下的表格，“设立”行：⊞ “设立”和“2”两格合并：")]
    public void CellsOnlyJoined_AreShown_WithTheRowAsItWasAndIs(string language, string said)
    {
        // ADR 0030, amendment 3: a join with the same words showed nothing on the comparison page.
        var old = Run(language);
        var now = old.Clone();
        var table = now.FindNode("op1")!.Table!;
        var b1 = table.Rows[4];
        now.SetTable("op1", table.WithRows([.. table.Rows.Take(4), b1 with { Cells = [new TableCell(b1.Cells[0].Text + " 2", 2)] }], 0));

        var view = Render<TableChangesView>(p => p.Add(x => x.Changes, DraftComparer.Compare(old, now).Tables).Add(x => x.Language, language));

        var reshaped = view.FindAll(".table-change").Single(c => c.QuerySelector(".reshaped") is not null);
        Assert.StartsWith(said, reshaped.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(language == "zh" ? "［跨2栏］" : "[2 columns]", reshaped.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(language == "zh" ? "设立 | 2" : "Establishment | 2", reshaped.QuerySelector("del")!.TextContent);
    }
}
