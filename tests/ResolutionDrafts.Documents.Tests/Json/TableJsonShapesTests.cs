using System.Text.Json;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Json;

/// <summary>
/// The amendment and comparison JSON carry a table's rows as the draft JSON does (docs/draft-format.md): each row's kind
/// (a sub-heading, a note, a later table's header; ADR 0029, amendment 2) and each cell's span. Before, a row was its
/// cells' texts only ("cells": ["A. …"], or joined by tabs): a sub-heading read as a row and a heading across two columns
/// as one cell of one, so a reader of the JSON could not rebuild what was proposed or changed. Read back here into rows.
/// </summary>
public sealed class TableJsonShapesTests
{
    private static Draft Budget()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Approves the changes to the staffing table as set out in the table below:", id: "op1");
        Assert.True(draft.SetTable("op1", new DraftTable(
        [
            new TableRow("c1", [new TableCell("A. Secretariat of the Pension Board", 3)], TableRowKind.Caption),
            new TableRow("h1", [new TableCell("Action"), new TableCell("Posts", 2)], TableRowKind.Header),
            new TableRow("a1", [new TableCell("Reclassification"), new TableCell("P-4 to P-5"), new TableCell("1")]),
            new TableRow("n1", [new TableCell("a From extrabudgetary funds.", 3)], TableRowKind.Note),
        ])).IsSuccess);
        return draft;
    }

    private static readonly TableRow[] NewTable =
    [
        new("c9", [new TableCell("B. Pension Administration", 3)], TableRowKind.Caption),
        new("h9", [new TableCell("Action"), new TableCell("Posts", 2)], TableRowKind.Header),
        new("b9", [new TableCell("New post"), new TableCell("GS (OL)"), new TableCell("5")]),
        new("n9", [new TableCell("Abbreviations: GS (OL), General Service (Other level).", 3)], TableRowKind.Note),
    ];

    [Fact]
    public void AmendmentJson_ANewTableOfTheRun_ReadsBackWithItsRowKindsAndSpans()
    {
        var old = Budget();
        var now = old.Clone();
        for (var k = 0; k < NewTable.Length; k++)
        {
            Assert.True(now.AddTableRow("op1", 4 + k, NewTable[k]).IsSuccess);
        }

        using var json = JsonDocument.Parse(AmendmentJson.Serialize(AmendmentBuilder.Compute(old, now), "en"));

        var instruction = Assert.Single(Instructions(json));
        var rows = instruction.GetProperty("table").GetProperty("rows").EnumerateArray().Select(ReadRow).ToList();
        Assert.Equal(NewTable.Length, rows.Count);
        Assert.All(NewTable.Zip(rows), p => Assert.True(p.First.SameAs(p.Second), $"{p.First} read back as {p.Second}"));
        Assert.False(rows[2].Cells[0].Text.Length == 0);
    }

    [Fact]
    public void AmendmentJson_ARowWhoseCellsWereJoined_CarriesTheRowAsItWasAndAsProposed()
    {
        var old = Budget();
        var now = old.Clone();
        var joined = new TableRow("a1", [new TableCell("Reclassification"), new TableCell("P-4 to P-5 1", 2)]);
        var rows = now.FindNode("op1")!.Table!.Rows.Select(r => r.Id == "a1" ? joined : r).ToList();
        Assert.True(now.SetTable("op1", new DraftTable(rows)).IsSuccess);

        using var json = JsonDocument.Parse(AmendmentJson.Serialize(AmendmentBuilder.Compute(old, now), "en"));

        var instruction = Assert.Single(Instructions(json), i => i.GetProperty("kind").GetString() == "replaceTableRow");
        var table = instruction.GetProperty("table");
        Assert.True(joined.SameAs(ReadRow(table.GetProperty("rows")[0])));
        Assert.Equal([1, 2], ReadRow(table.GetProperty("rows")[0]).Cells.Select(c => c.Span));
        Assert.True(old.FindNode("op1")!.Table!.Rows[2].SameAs(ReadRow(table.GetProperty("was"))));
    }

    [Fact]
    public void ComparisonJson_RowsAddedRemovedAndMoved_ReadBackWithTheirKindsAndSpans()
    {
        var old = Budget();
        var now = old.Clone();
        for (var k = 0; k < NewTable.Length; k++)
        {
            Assert.True(now.AddTableRow("op1", 4 + k, NewTable[k]).IsSuccess);
        }

        Assert.True(now.RemoveTableRow("op1", "n1").IsSuccess);
        Assert.True(now.SetTableCell("op1", "h1", 1, "Number of posts").IsSuccess);

        using var json = JsonDocument.Parse(ComparisonJson.Serialize(DraftComparer.Compare(old, now)));

        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        var added = tables.Where(t => t.GetProperty("change").GetString() == "rowAdded").Select(t => ReadRow(t.GetProperty("rowId").GetString()!, t)).ToList();
        Assert.Equal(NewTable.Length, added.Count);
        Assert.All(NewTable.Zip(added), p => Assert.True(p.First.SameAs(p.Second), $"{p.First} read back as {p.Second}"));

        var removed = Assert.Single(tables, t => t.GetProperty("change").GetString() == "rowRemoved");
        Assert.True(old.FindNode("op1")!.Table!.Rows[3].SameAs(ReadRow("n1", removed)));

        // A cell change says what kind of row it is in (the header, here), with no cells: its words are in old/new.
        var cell = Assert.Single(tables, t => t.GetProperty("change").GetString() == "cellChanged");
        Assert.Equal("header", cell.GetProperty("rowKind").GetString());
        Assert.False(cell.TryGetProperty("cells", out _));
        // A body row says no kind, as the draft JSON says none.
        Assert.False(tables.Single(t => t.GetProperty("rowId").GetString() == "b9").TryGetProperty("rowKind", out _));
    }

    private static IEnumerable<JsonElement> Instructions(JsonDocument json) =>
        json.RootElement.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("instructions").EnumerateArray());

    private static TableRow ReadRow(JsonElement row) => ReadRow(row.GetProperty("id").GetString()!, row);

    /// <summary>A row as docs/draft-format.md reads one: "kind" absent for a body row, "span" absent for one column.</summary>
    private static TableRow ReadRow(string id, JsonElement row) => new(
        id,
        [.. row.GetProperty("cells").EnumerateArray().Select(c => new TableCell(c.GetProperty("text").GetString()!, c.TryGetProperty("span", out var span) ? span.GetInt32() : 1))],
        row.TryGetProperty("rowKind", out var rowKind) || row.TryGetProperty("kind", out rowKind)
            ? Enum.Parse<TableRowKind>(rowKind.GetString()!, ignoreCase: true)
            : TableRowKind.Body);
}
