using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// A table of a run that lost its last body row keeps its sub-heading (ADR 0030, amendment 1): 76/246's table "C. Office of
/// Investment Management" with every row deleted prints its sub-heading over its header alone, and the DOCX and AKN read it
/// back so — before, our DOCX read the header left alone back as a body row of C; a run whose tables have no header
/// printed "C." right above "D." and read it back as a line of text, D's table no table.
/// </summary>
public sealed class EmptiedRunTableTests
{
    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "C.")]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "A.")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "C.")]
    public void Corpus_TableOfTheRunEmptied_DocxAndAknReadBackItsSubHeadingOverItsHeader(string folder, string file, string letter)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);
        var holder = draft.AllNodes().Single(n => n.Table?.HasCaptions == true);
        var table = holder.Table!;
        var emptied = table.Rows.Where(r => r.Kind == TableRowKind.Body && table.CaptionOf(r.Id)!.StartsWith(letter, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(emptied);
        foreach (var row in emptied)
        {
            Assert.True(RemoveTableRow.Of(draft, holder.Id, row.Id).Value!.Apply(draft).IsSuccess);
        }

        var expected = Rows(draft);
        Assert.Equal(4, draft.FindNode(holder.Id)!.Table!.Parts().Count);
        foreach (var (form, bytes) in new (string, byte[])[] { ("akn", AknExporter.ExportBytes(draft)), ("docx", DocxExporter.Export(draft)) })
        {
            var again = DraftImporter.Import(bytes);
            Assert.True(again.IsSuccess, $"{form}: {again.Error}");
            Assert.Equal(expected, Rows(again.Draft!));
        }
    }

    [Fact]
    public void HeaderlessRun_TableEmptied_DocxAndAknReadBackTheSubHeadingAsAnEmptyTable_TheNextTableStillATable()
    {
        // 76/246's run with its tables' headers taken away, and table C's rows deleted: "C." stands right above "D.".
        var draft = Fixtures.Import("corpus/ga/76-en", "A_RES_76_246-2119713E.xml");
        var holder = draft.AllNodes().Single(n => n.Table?.HasCaptions == true);
        var run = holder.Table!;
        var kept = run.Rows.Where(r => r.Kind != TableRowKind.Header && !(r.Kind == TableRowKind.Body && run.CaptionOf(r.Id)!.StartsWith("C.", StringComparison.Ordinal))).ToList();
        Assert.True(draft.SetTable(holder.Id, new DraftTable(kept)).IsSuccess);
        var at = kept.FindIndex(r => r.Kind == TableRowKind.Caption && r.Cells[0].Text.Contains("C. Office", StringComparison.Ordinal));
        Assert.Equal(TableRowKind.Caption, kept[at + 1].Kind);
        var paragraphs = draft.Paragraphs.Count;
        var expected = Rows(draft);

        foreach (var (form, bytes) in new (string, byte[])[] { ("akn", AknExporter.ExportBytes(draft)), ("docx", DocxExporter.Export(draft)) })
        {
            var again = DraftImporter.Import(bytes);
            Assert.True(again.IsSuccess, $"{form}: {again.Error}");
            Assert.DoesNotContain(again.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
            Assert.Equal(expected, Rows(again.Draft!));
            var table = again.Draft!.AllNodes().Single(n => n.Table?.HasCaptions == true).Table!;
            Assert.Equal(4, table.Parts().Count);
            Assert.Equal(paragraphs, again.Draft.Paragraphs.Count);
        }
    }

    private static List<string> Rows(Draft draft) =>
        [.. draft.AllNodes().Where(n => n.Table?.HasCaptions == true).SelectMany(n => n.Table!.Rows.Select(r =>
            r.Kind + ": " + string.Join(" | ", r.Cells.Select(c => InlineItalics.Strip(c.Text) + (c.Span > 1 ? "#" + c.Span : ""))))).DefaultIfEmpty("no table")];
}
