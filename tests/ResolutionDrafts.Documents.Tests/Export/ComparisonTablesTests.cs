using System.Text.Json;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Table changes (ADR 0029) in the comparison's Word download and JSON, not only on the comparison page: a changed
/// cell's words, an added and a removed row, a table added or removed, as tracked changes whose Accept All gives the
/// new draft's own document and Reject All the old one's.
/// </summary>
public sealed class ComparisonTablesTests
{
    private static Draft Scale(string file = "A_RES_76_238-2119693E.xml") =>
        Fixtures.Import("corpus/ga/" + (file.EndsWith("C.xml", StringComparison.Ordinal) ? "76-zh" : "76-en"), file);

    private static (Draft Old, Draft New, ParagraphNode Holder) EditedScale(string file = "A_RES_76_238-2119693E.xml")
    {
        var old = Scale(file);
        var now = old.Clone();
        var holder = now.AllNodes().Single(n => n.Table is not null);
        var rows = holder.Table!.Rows;
        var albania = rows[2];
        Assert.True(now.SetTableCell(holder.Id, albania.Id, 1, "0.009").IsSuccess);
        Assert.True(now.RemoveTableRow(holder.Id, rows[5].Id).IsSuccess);
        Assert.True(now.AddTableRow(holder.Id, 7, new TableRow("new", [new TableCell("Atlantis"), new TableCell("0.001")])).IsSuccess);
        return (old, now, holder);
    }

    [Theory]
    [InlineData("A_RES_76_238-2119693E.xml")]
    [InlineData("A_RES_76_238-2119693C.xml")]
    public void Docx_AChangedCellAndRowsAddedAndRemoved_AreTrackedChanges_AcceptAllGivesTheNewTable(string file)
    {
        var (old, now, holder) = EditedScale(file);

        var comparison = new DocxFile(ComparisonDocxExporter.Export(old, now));

        Assert.Empty(comparison.ValidationErrors);
        var table = comparison.Body.Descendants(DocxFile.W + "tbl").Single(t => t.Descendants(DocxFile.W + "tr").Count() > 100);
        var rows = table.Elements(DocxFile.W + "tr").ToList();
        Assert.Equal(holder.Table!.Rows.Count + 1, rows.Count); // the removed row stays, tracked
        var changed = rows.Single(r => r.Element(DocxFile.W + "trPr")!.Elements().All(e => e.Name.LocalName is not ("ins" or "del")) && r.Descendants(DocxFile.W + "ins").Any());
        Assert.Equal(old.FindNode(holder.Id)!.Table!.Rows[2].Cells[1].Text, string.Concat(changed.Descendants(DocxFile.W + "delText").Select(t => t.Value)));
        Assert.Equal("0.009", string.Concat(changed.Descendants(DocxFile.W + "ins").Descendants(DocxFile.W + "t").Select(t => t.Value)));
        var added = Assert.Single(rows, r => r.Element(DocxFile.W + "trPr")?.Element(DocxFile.W + "ins") is not null);
        Assert.Equal("Atlantis0.001", string.Concat(added.Descendants(DocxFile.W + "ins").Descendants(DocxFile.W + "t").Select(t => t.Value)));
        var removed = Assert.Single(rows, r => r.Element(DocxFile.W + "trPr")?.Element(DocxFile.W + "del") is not null);
        Assert.Equal(string.Concat(old.FindNode(holder.Id)!.Table!.Rows[5].Cells.Select(c => c.Text)), string.Concat(removed.Descendants(DocxFile.W + "delText").Select(t => t.Value)));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(now))), TrackedChanges.AcceptAll(comparison));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(old))), TrackedChanges.RejectAll(comparison));
    }

    [Fact]
    public void Docx_ATableAddedAndATableRemoved_AreWholeTrackedTables()
    {
        var old = Draft.Create("en").Value!;
        old.InsertParagraph(ParagraphKind.Operative, "Decides that the contributions shall be as follows:", id: "op1");
        old.InsertParagraph(ParagraphKind.Operative, "Decides also that the reserve shall be as follows:", id: "op2");
        old.SetTable("op1", DraftTable.Of([["Fund", "Amount"], ["General", "1 000"]], headerRows: 1));
        var now = old.Clone();
        now.SetTable("op1", null);
        now.SetTable("op2", DraftTable.Of([["Reserve", "Amount"], ["Working Capital", "250"]], headerRows: 1));

        var comparison = new DocxFile(ComparisonDocxExporter.Export(old, now));

        Assert.Empty(comparison.ValidationErrors);
        var tables = comparison.Body.Descendants(DocxFile.W + "tbl").Where(t => t.Descendants(DocxFile.W + "trPr").Any(p => p.Element(DocxFile.W + "ins") is not null || p.Element(DocxFile.W + "del") is not null)).ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables[0].Elements(DocxFile.W + "tr"), r => Assert.NotNull(r.Element(DocxFile.W + "trPr")!.Element(DocxFile.W + "del")));
        Assert.All(tables[1].Elements(DocxFile.W + "tr"), r => Assert.NotNull(r.Element(DocxFile.W + "trPr")!.Element(DocxFile.W + "ins")));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(now))), TrackedChanges.AcceptAll(comparison));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(old))), TrackedChanges.RejectAll(comparison));
    }

    [Theory]
    [InlineData("A_RES_76_238-2119693E.xml")]
    [InlineData("A_RES_76_238-2119693C.xml")]
    public void ARowMoved_IsReported_InTheJson_AndTrackedInTheDocx_AsDeletedThereAndInsertedHere(string file)
    {
        var old = Scale(file);
        var now = old.Clone();
        var holder = now.AllNodes().Single(n => n.Table is not null);
        var rows = holder.Table!.Rows.ToList();
        var moving = rows[10];
        rows.RemoveAt(10);
        rows.Insert(2, moving);
        Assert.True(now.SetTable(holder.Id, holder.Table.WithRows(rows, holder.Table.HeaderRows)).IsSuccess);

        using var json = JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, now)));
        var change = Assert.Single(json.RootElement.GetProperty("tables").EnumerateArray());
        Assert.Equal("rowMoved", change.GetProperty("change").GetString());
        Assert.Equal(moving.Id, change.GetProperty("rowId").GetString());
        Assert.Equal(rows[1].Cells[0].Text, change.GetProperty("after").GetString());

        var comparison = new DocxFile(ComparisonDocxExporter.Export(old, now));
        Assert.Empty(comparison.ValidationErrors);
        var table = comparison.Body.Descendants(DocxFile.W + "tbl").Single(t => t.Descendants(DocxFile.W + "tr").Count() > 100);
        var tracked = table.Elements(DocxFile.W + "tr").Where(r => r.Element(DocxFile.W + "trPr")?.Elements().Any(e => e.Name.LocalName is "ins" or "del") == true).ToList();
        Assert.Equal(["ins", "del"], tracked.Select(r => r.Element(DocxFile.W + "trPr")!.Elements().First(e => e.Name.LocalName is "ins" or "del").Name.LocalName));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(now))), TrackedChanges.AcceptAll(comparison));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(old))), TrackedChanges.RejectAll(comparison));
    }

    [Fact]
    public void CellsOnlyJoined_AreReported_InTheJson_AndTrackedInTheDocx_TheOldShapeDeletedTheNewInserted()
    {
        // ADR 0030, amendment 3: the words the same, only the cells joined: before, neither the JSON nor the DOCX said it.
        var old = Draft.Create("en").Value!;
        old.InsertParagraph(ParagraphKind.Operative, "Approves the posts as follows:", id: "op1");
        old.SetTable("op1", new DraftTable(
        [
            new TableRow("h", [new TableCell("Category"), new TableCell("Posts"), new TableCell("Grade")]),
            new TableRow("r1", [new TableCell("Programme Officer"), new TableCell(""), new TableCell("P-4")]),
        ], headerRows: 1));
        var now = old.Clone();
        var table = now.FindNode("op1")!.Table!;
        now.SetTable("op1", table.WithRows([table.Rows[0], table.Rows[1] with { Cells = [new TableCell("Programme Officer", 2), new TableCell("P-4")] }], 1));

        using var json = JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, now)));
        var change = Assert.Single(json.RootElement.GetProperty("tables").EnumerateArray());
        Assert.Equal("rowReshaped", change.GetProperty("change").GetString());
        Assert.Equal(2, change.GetProperty("cells")[0].GetProperty("span").GetInt32());
        Assert.Equal(3, change.GetProperty("was").GetArrayLength());

        var comparison = new DocxFile(ComparisonDocxExporter.Export(old, now));
        Assert.Empty(comparison.ValidationErrors);
        var printed = comparison.Body.Descendants(DocxFile.W + "tbl").Single(t => t.Value.Contains("Programme Officer", StringComparison.Ordinal));
        var tracked = printed.Elements(DocxFile.W + "tr").Where(r => r.Element(DocxFile.W + "trPr")?.Elements().Any(e => e.Name.LocalName is "ins" or "del") == true).ToList();
        Assert.Equal(["del", "ins"], tracked.Select(r => r.Element(DocxFile.W + "trPr")!.Elements().First(e => e.Name.LocalName is "ins" or "del").Name.LocalName));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(now))), TrackedChanges.AcceptAll(comparison));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(old))), TrackedChanges.RejectAll(comparison));
    }

    [Fact]
    public void Json_NamesTheTableOfARunAChangeIsIn()
    {
        var old = Draft.Create("en").Value!;
        old.InsertParagraph(ParagraphKind.Operative, "Approves the changes as set out below:", id: "op1");
        old.SetTable("op1", new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat", 2)], TableRowKind.Caption),
            new TableRow("a1", [new TableCell("Reclassification"), new TableCell("1")]),
            new TableRow("c2", [new TableCell("B. Pension Administration", 2)], TableRowKind.Caption),
            new TableRow("b1", [new TableCell("Establishment"), new TableCell("2")]),
        ]));
        var now = old.Clone();
        Assert.True(now.SetTableCell("op1", "b1", 1, "3").IsSuccess);

        using var json = JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, now)));

        Assert.Equal("B. Pension Administration", Assert.Single(json.RootElement.GetProperty("tables").EnumerateArray()).GetProperty("table").GetString());
    }

    [Fact]
    public void Json_CarriesEveryTableChange_WithItsRowCellAndWords()
    {
        var (old, now, holder) = EditedScale();

        using var json = JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, now)));

        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(3, tables.Count);
        var cell = tables.Single(t => t.GetProperty("change").GetString() == "cellChanged");
        Assert.Equal(holder.Id, cell.GetProperty("nodeId").GetString());
        Assert.Equal("Albania", cell.GetProperty("row").GetString());
        Assert.Equal(1, cell.GetProperty("column").GetInt32());
        Assert.Equal("0.008", cell.GetProperty("old").GetString());
        Assert.Equal("0.009", cell.GetProperty("new").GetString());
        Assert.Contains(cell.GetProperty("segments").EnumerateArray(), s => s.GetProperty("op").GetString() == "insert");
        Assert.Equal("Atlantis\t0.001", tables.Single(t => t.GetProperty("change").GetString() == "rowAdded").GetProperty("new").GetString());
        Assert.Equal(JsonValueKind.Null, tables.Single(t => t.GetProperty("change").GetString() == "rowRemoved").GetProperty("new").ValueKind);
        Assert.Empty(JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, old.Clone()))).RootElement.GetProperty("tables").EnumerateArray());
    }

    [Fact]
    public void AmendmentJson_NamesTheRowAndColumnOfACellChange()
    {
        var (old, now, holder) = EditedScale();

        using var json = JsonDocument.Parse(AmendmentJson.Serialize(Domain.Amendments.AmendmentBuilder.Compute(old, now), "en"));

        var instructions = json.RootElement.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("instructions").EnumerateArray()).ToList();
        var cell = instructions.Single(i => i.GetProperty("kind").GetString() == "replaceTableCell");
        Assert.Equal(holder.Id, cell.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal("Albania", cell.GetProperty("table").GetProperty("row").GetString());
        Assert.Equal(1, cell.GetProperty("table").GetProperty("column").GetInt32());
        Assert.Equal("0.009", cell.GetProperty("newText").GetString());
        var rows = instructions.Single(i => i.GetProperty("kind").GetString() == "insertTableRows");
        Assert.Equal("Atlantis", rows.GetProperty("table").GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("text").GetString());
    }
}
