using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Tables (ADR 0029) read from the UN's AKN and printed again: held by the paragraph that introduces them, as a Word
/// table in the UN's layout, as the AKN container the UN writes, read back identical.
/// </summary>
public sealed class TableExportTests
{
    private const string Scale = "A_RES_76_238-2119693E.xml";

    private static Draft ScaleOfAssessments(string file = Scale) =>
        Fixtures.Import("corpus/ga/" + (file.EndsWith("C.xml", StringComparison.Ordinal) ? "76-zh" : "76-en"), file);

    [Fact]
    public void Akn_TheScaleOfAssessments_IsHeldByTheParagraphThatIntroducesIt_NotLeftOut()
    {
        var result = DraftImporter.Import(Fixtures.Bytes("corpus/ga/76-en", Scale));

        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("table", StringComparison.OrdinalIgnoreCase));
        var holder = Assert.Single(result.Draft!.AllNodes(), n => n.Table is not null);
        Assert.EndsWith("as follows:", holder.Text.TrimEnd(), StringComparison.Ordinal);
        var table = holder.Table!;
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["Member State", "Percentage"], table.Rows[0].Cells.Select(c => c.Text)); // italic as every header is printed
        Assert.Equal(["Albania", "0.008"], table.Rows.Single(r => r.Cells[0].Text == "Albania").Cells.Select(c => c.Text));
        Assert.Equal(195, table.Rows.Count); // the header, 193 Member States and the total; the file's empty rule row is not a row
        Assert.Equal(["Total", "100.000"], table.Rows[^1].Cells.Select(c => c.Text));
        Assert.DoesNotContain(result.Review!.UnreadLines, l => l.Contains("Albania", StringComparison.Ordinal));
    }

    [Fact]
    public void Akn_ChineseTables_AreHeld_AndARunOfTablesUnderSubHeadingsIsNotLeftOut()
    {
        var chinese = ScaleOfAssessments("A_RES_76_238-2119693C.xml");
        var budget = DraftImporter.Import(Fixtures.Bytes("corpus/ga/76-en", "A_RES_76_246-2119713E.xml"));

        Assert.Single(chinese.AllNodes(), n => n.Table is not null);
        // 76/246 OP27: four tables under the sub-headings "A." to "D." (ADR 0029, amendment 2) are one table of the
        // paragraph; before, three were left out with a warning.
        Assert.Equal("Approves the changes to the staffing table as set out in the table below:", InlineItalics.Strip(budget.Draft!.AllNodes().Single(n => n.Table is not null).Text));
        Assert.DoesNotContain(budget.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_238-2119693E.xml")]
    [InlineData("76-zh", "A_RES_76_238-2119693C.xml")]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml")]
    [InlineData("75-en", "75_254_E.xml")]
    [InlineData("76-en", "A_RES_76_271-2210325E.xml")]
    public void Akn_ExportedTables_ReadBackIdentical(string folder, string file)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);

        var again = DraftImporter.Import(AknExporter.ExportBytes(draft));

        Assert.True(again.IsSuccess, again.Error);
        Assert.NotEmpty(Tables(draft));
        Assert.Equal(Tables(draft), Tables(again.Draft!));
        Assert.Contains("<container name=\"table\"", AknExporter.ToXml(draft).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_PrintsTheTableUnderItsParagraph_AsTheUnDoes()
    {
        var draft = ScaleOfAssessments();
        var holder = draft.AllNodes().Single(n => n.Table is not null);

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(docx.ValidationErrors);
        var body = docx.Document.Root!.Element(DocxFile.W + "body")!;
        var table = body.Elements(DocxFile.W + "tbl").Single(t => Text(t).Contains("Albania", StringComparison.Ordinal));
        var before = table.ElementsBeforeSelf(DocxFile.W + "p").Last();
        Assert.EndsWith("as follows:", Text(before).TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(Text(before).Split('\t').Last()[..20], holder.Text, StringComparison.Ordinal);

        var rows = table.Elements(DocxFile.W + "tr").ToList();
        Assert.Equal(195, rows.Count);
        Assert.NotNull(rows[0].Element(DocxFile.W + "trPr")?.Element(DocxFile.W + "tblHeader"));
        Assert.All(rows[0].Descendants(DocxFile.W + "r"), r => Assert.NotNull(r.Element(DocxFile.W + "rPr")?.Element(DocxFile.W + "i")));
        var albania = rows.Single(r => Text(r).StartsWith("Albania", StringComparison.Ordinal));
        var cells = albania.Elements(DocxFile.W + "tc").ToList();
        Assert.Equal("0.008", Text(cells[1]));
        Assert.Equal("right", (string?)cells[1].Descendants(DocxFile.W + "jc").Single().Attribute(DocxFile.W + "val"));
        Assert.Empty(cells[0].Descendants(DocxFile.W + "jc"));
        Assert.Null(table.Descendants(DocxFile.W + "insideV").FirstOrDefault());
    }

    [Fact]
    public void Docx_AMergedCellSpansItsColumns_AndAFootnoteInACellIsARealFootnote()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Decides that the contributions shall be as follows:", id: "op1");
        draft.AddFootnote(1, "Including the reserve.");
        draft.SetTable("op1", new DraftTable(
        [
            new TableRow("h", [new TableCell("{i}Biennium{/i}", 2)]),
            new TableRow("r1", [new TableCell("Fund[^1]"), new TableCell("1 234 500")]),
        ], headerRows: 1));

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(docx.ValidationErrors);
        var table = docx.Document.Descendants(DocxFile.W + "tbl").Single(t => Text(t).Contains("Fund", StringComparison.Ordinal));
        Assert.Equal("2", (string?)table.Descendants(DocxFile.W + "gridSpan").Single().Attribute(DocxFile.W + "val"));
        Assert.Single(table.Descendants(DocxFile.W + "footnoteReference"));
        Assert.Contains(docx.Footnotes.Descendants(DocxFile.W + "t"), t => t.Value.Contains("Including the reserve", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ATableRoundTripsThroughTheDraftsJsonForm()
    {
        var draft = ScaleOfAssessments();

        var json = Documents.Json.DraftJson.Serialize(draft);
        var back = Documents.Json.DraftJson.Deserialize(json);

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(DraftCanonicalForm.Of(draft), DraftCanonicalForm.Of(back.Value!));
        Assert.Contains("\"table\"", json, StringComparison.Ordinal);
    }

    private static List<string> Tables(Draft draft) =>
        [.. draft.AllNodes().Where(n => n.Table is not null).Select(n => n.Id + " " + n.Table!.HeaderRows + " " + string.Join(" | ", n.Table.Rows.Select(r => string.Join("\t", r.Cells.Select(c => c.Span == 1 ? c.Text : $"{c.Text}*{c.Span}")))))];

    private static string Text(XElement element) => string.Concat(element.Descendants().Where(e => e.Name == DocxFile.W + "t" || e.Name == DocxFile.W + "tab").Select(e => e.Name == DocxFile.W + "tab" ? "\t" : e.Value));
}
