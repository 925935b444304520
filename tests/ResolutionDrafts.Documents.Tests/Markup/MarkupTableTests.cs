using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// A marked-up Word file's tracked changes inside a table (ADR 0029) become proposals worded as table amendments —
/// before, they were only reported. The file here is the app's own comparison DOCX of 76/238 with Cuba's changes to the
/// scale (a cell, a row added, a row removed): read back against the old text, Cuba's proposals give Cuba's table.
/// </summary>
public sealed class MarkupTableTests
{
    [Fact]
    public void TrackedChangesInTheScale_BecomeTableAmendments_ThatGiveTheMarkedUpTable()
    {
        var old = Fixtures.Import("corpus/ga/76-en", "A_RES_76_238-2119693E.xml");
        var now = old.Clone();
        var holder = now.AllNodes().Single(n => n.Table is not null);
        var rows = holder.Table!.Rows;
        Assert.True(now.SetTableCell(holder.Id, rows[2].Id, 1, "0.009").IsSuccess); // Albania
        Assert.True(now.RemoveTableRow(holder.Id, rows[5].Id).IsSuccess);
        Assert.True(now.AddTableRow(holder.Id, 7, new TableRow("n1", [new TableCell("Atlantis"), new TableCell("0.001")])).IsSuccess);
        var file = ComparisonDocxExporter.Export(old, now, new ComparisonDocxOptions { Author = "Cuba" });

        var result = MarkupAmendments.Read(old, file);

        Assert.True(result.IsSuccess, result.Error);
        var cuba = Assert.Single(result.Authors);
        Assert.Empty(cuba.Skipped);
        var wording = cuba.Proposals.Select(p => p.Wording("en")).ToList();
        Assert.Contains("In the table in operative paragraph 12, in the row “Albania”, replace “0.008” with “0.009”.", wording);
        Assert.Contains(wording, w => w.StartsWith("In the table in operative paragraph 12, delete the row", StringComparison.Ordinal));
        Assert.Contains(wording, w => w.Contains("insert a row reading: “Atlantis | 0.001”", StringComparison.Ordinal));
        var accepted = MarkupAmendmentsTests.AcceptAll(old, result);
        var table = accepted.FindNode(holder.Id)!.Table!;
        Assert.Equal(now.FindNode(holder.Id)!.Table!.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))),
            table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "en", "In the table under “C. Office of Investment Management” in ")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "zh", "“C. 投资管理厅”下的表格中，")]
    public void ATrackedChangeInOneTableOfARun_IsWordedNamingThatTable_AndGivesTheMarkedUpTable(string folder, string file, string language, string naming)
    {
        // 76/246's OP27 (ADR 0029, amendment 2): four Word tables under sub-headings; a "New post" row of table C changed
        // (tables B and C both have "New post" rows, several each: the row is found in its own table by all its cells).
        var old = Fixtures.Import("corpus/ga/" + folder, file);
        var holder = old.AllNodes().Single(n => n.Table?.HasCaptions == true);
        var table = holder.Table!;
        var row = table.Rows.Where(r => r.Kind == TableRowKind.Body && table.CaptionOf(r.Id)!.StartsWith("C.", StringComparison.Ordinal)).ElementAt(2);
        var now = old.Clone();
        Assert.True(now.SetTableCell(holder.Id, row.Id, 3, "4").IsSuccess);
        var markedUp = ComparisonDocxExporter.Export(old, now, new ComparisonDocxOptions { Author = "Cuba" });

        var result = MarkupAmendments.Read(old, markedUp);

        Assert.True(result.IsSuccess, result.Error);
        var cuba = Assert.Single(result.Authors);
        Assert.Empty(cuba.Skipped);
        var wording = Assert.Single(cuba.Proposals).Wording(language);
        Assert.Contains(naming, wording, StringComparison.Ordinal);
        var accepted = MarkupAmendmentsTests.AcceptAll(old, result);
        Assert.Equal(DraftCanonicalForm.Of(now), DraftCanonicalForm.Of(accepted));
    }

    [Fact]
    public void AChangeToACellThatNoLongerReadsSo_IsSkippedWithTheReason()
    {
        var old = Fixtures.Import("corpus/ga/76-en", "A_RES_76_238-2119693E.xml");
        var holder = old.AllNodes().Single(n => n.Table is not null);
        var albania = holder.Table!.Rows[2].Id;
        var now = old.Clone();
        now.SetTableCell(holder.Id, albania, 1, "0.009");
        var file = ComparisonDocxExporter.Export(old, now, new ComparisonDocxOptions { Author = "Cuba" });
        var live = old.Clone();
        live.SetTableCell(holder.Id, albania, 1, "0.010");

        var result = MarkupAmendments.Read(live, file);

        var skipped = Assert.Single(Assert.Single(result.Authors).Skipped);
        Assert.Contains("does not read “0.008”", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowDeletedAndInsertedElsewhereReadingTheSame_IsAMove_AndATableWhollyDeletedIsDeleted()
    {
        var old = Fixtures.Import("corpus/ga/76-en", "A_RES_76_238-2119693E.xml");
        var holder = old.AllNodes().Single(n => n.Table is not null);
        var albania = holder.Table!.Rows[2];
        var moved = old.Clone();
        Assert.True(moved.RemoveTableRow(holder.Id, albania.Id).IsSuccess);
        Assert.True(moved.AddTableRow(holder.Id, 6, albania with { Id = "copy" }).IsSuccess); // as Word tracks a move: deleted here, inserted there
        var gone = old.Clone();
        Assert.True(gone.SetTable(holder.Id, null).IsSuccess);

        var move = MarkupAmendments.Read(old, ComparisonDocxExporter.Export(old, moved, new ComparisonDocxOptions { Author = "Cuba" }));
        var delete = MarkupAmendments.Read(old, ComparisonDocxExporter.Export(old, gone, new ComparisonDocxOptions { Author = "Cuba" }));

        var cuba = Assert.Single(move.Authors);
        Assert.Empty(cuba.Skipped);
        var wording = Assert.Single(cuba.Proposals).Wording("en");
        Assert.StartsWith("In the table in operative paragraph 12, move the row “Albania” to after the row", wording, StringComparison.Ordinal);
        Assert.Equal(moved.FindNode(holder.Id)!.Table!.Rows.Select(r => r.Cells[0].Text), MarkupAmendmentsTests.AcceptAll(old, move).FindNode(holder.Id)!.Table!.Rows.Select(r => r.Cells[0].Text));
        var deleter = Assert.Single(delete.Authors);
        Assert.Empty(deleter.Skipped);
        Assert.Equal("In operative paragraph 12, delete the table.", Assert.Single(deleter.Proposals).Wording("en"));
        Assert.Null(MarkupAmendmentsTests.AcceptAll(old, delete).FindNode(holder.Id)!.Table);
    }

    [Fact]
    public void ChangesInATableInsideATableCell_AreSkippedForTheirAuthorWithTheReason_AndTheOuterTablesChangesRead()
    {
        var old = Fixtures.Import("corpus/ga/76-en", "A_RES_76_238-2119693E.xml");
        var holder = old.AllNodes().Single(n => n.Table is not null);
        var now = old.Clone();
        Assert.True(now.SetTableCell(holder.Id, holder.Table!.Rows[2].Id, 1, "0.009").IsSuccess);
        var bytes = ComparisonDocxExporter.Export(old, now, new ComparisonDocxOptions { Author = "Cuba" });
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            XDocument xml;
            using (var part = main.GetStream())
            {
                xml = XDocument.Load(part);
            }

            var w = WordMarkup.W;
            var cell = xml.Root!.Element(w + "body")!.Elements(w + "tbl").OrderByDescending(t => t.Elements(w + "tr").Count()).First().Elements(w + "tr").ElementAt(4).Elements(w + "tc").First();
            cell.Add(new XElement(w + "tbl", new XElement(w + "tr", new XElement(w + "tc", new XElement(w + "p",
                new XElement(w + "ins", new XAttribute(w + "id", "901"), new XAttribute(w + "author", "Brazil"),
                    new XElement(w + "r", new XElement(w + "t", "Nested note"))))))), new XElement(w + "p"));
            using var output = main.GetStream(FileMode.Create);
            xml.Save(output, SaveOptions.DisableFormatting);
        }

        var result = MarkupAmendments.Read(old, stream.ToArray());

        Assert.True(result.IsSuccess, result.Error);
        var brazil = Assert.Single(result.Authors, a => a.Name == "Brazil");
        var skipped = Assert.Single(brazil.Skipped);
        Assert.Contains("table inside a cell", skipped.Where, StringComparison.Ordinal);
        Assert.Contains("Nested note", skipped.Where, StringComparison.Ordinal);
        Assert.Contains("a table inside a table cell is not made a proposal", skipped.Reason, StringComparison.Ordinal);
        Assert.Empty(brazil.Proposals);
        var cuba = Assert.Single(result.Authors, a => a.Name == "Cuba");
        Assert.Equal("In the table in operative paragraph 12, in the row “Albania”, replace “0.008” with “0.009”.", Assert.Single(cuba.Proposals).Wording("en"));
    }

    [Fact]
    public void ATableInsertedWholeInWord_IsProposedWhole_OnTheParagraphItFollows()
    {
        var old = Fixtures.Import("corpus/ga/76-en", "A_RES_76_238-2119693E.xml");
        var paragraph = old.Paragraphs.First(p => p.Kind == ParagraphKind.Operative && p.SubParagraphs.Count == 0 && p.Table is null);
        var now = old.Clone();
        Assert.True(now.SetTable(paragraph.Id, DraftTable.Of([["Fund", "Amount"], ["General Fund", "1 200"]], headerRows: 1)).IsSuccess);

        var result = MarkupAmendments.Read(old, ComparisonDocxExporter.Export(old, now, new ComparisonDocxOptions { Author = "Cuba" }));

        var cuba = Assert.Single(result.Authors);
        Assert.Empty(cuba.Skipped);
        Assert.EndsWith("insert the following table, headed “Fund | Amount”: “General Fund | 1 200”.", Assert.Single(cuba.Proposals).Wording("en"), StringComparison.Ordinal);
        var table = MarkupAmendmentsTests.AcceptAll(old, result).FindNode(paragraph.Id)!.Table!;
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["Fund|Amount", "General Fund|1 200"], table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
    }
}
