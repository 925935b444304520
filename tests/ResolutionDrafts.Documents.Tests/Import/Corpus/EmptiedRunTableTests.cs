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

    /// <summary>
    /// 76/246's run with one table emptied to no rows (ADR 0030, amendment 1), with and without its tables' headers, in
    /// English and Chinese: a PDF's text of it (the sub-heading alone on its line, its header line if any, then the next
    /// sub-heading), our DOCX and our AKN read back the same run, the emptied table's sub-heading still a sub-heading and nothing
    /// left out, unread or guessed. Before, the text read "C." over "D." as a line of text (and a first table emptied, "A."
    /// right under the paragraph, as a paragraph of its own); our DOCX read a first sub-heading over neither header nor
    /// rows so too.
    /// </summary>
    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "A.", false)]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "B.", false)]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "D.", false)]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "A.", true)]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "C.", true)]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "A.", false)]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "C.", false)]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "B.", true)]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "A.", true)]
    public void RunWithATableEmptied_TextDocxAndAknReadItBack_NothingLost(string folder, string file, string letter, bool headers)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);
        var holder = draft.AllNodes().Single(n => n.Table?.HasCaptions == true);
        var run = holder.Table!;
        var kept = run.Rows.Where(r => (headers || r.Kind != TableRowKind.Header)
            && !(r.Kind == TableRowKind.Body && run.CaptionOf(r.Id)!.StartsWith(letter, StringComparison.Ordinal))).ToList();
        Assert.True(draft.SetTable(holder.Id, new DraftTable(kept, run.HeaderRows)).IsSuccess);
        var emptied = kept.FindIndex(r => r.Kind == TableRowKind.Caption && r.Cells[0].Text.StartsWith(letter, StringComparison.Ordinal));
        Assert.True(emptied >= 0);
        Assert.True(emptied + 1 == kept.Count || kept[emptied + 1].Kind != TableRowKind.Body);
        var paragraphs = draft.Paragraphs.Count;

        // Every form's faults at once: the text and the DOCX are read by different readers.
        var faults = new List<string>();
        foreach (var (form, bytes, headersKept) in new (string, byte[], bool)[]
        {
            ("docx", DocxExporter.Export(draft), true),
            ("akn", AknExporter.ExportBytes(draft), true),
            ("text", PlainTextRendering.Render(draft, "\n", blankLines: false), false),
            ("text-crlf-blank", PlainTextRendering.Render(draft, "\r\n", blankLines: true), false),
        })
        {
            var again = DraftImporter.Import(bytes);
            if (!again.IsSuccess)
            {
                faults.Add($"{form}: {again.Error}");
                continue;
            }

            faults.AddRange(again.Warnings.Where(w => w.Contains("left out", StringComparison.Ordinal) || w.Contains("look like a table", StringComparison.Ordinal)).Select(w => $"{form}: {w}"));
            var (expected, read) = (Rows(draft, headersKept), Rows(again.Draft!, headersKept));
            var differs = expected.Zip(read).TakeWhile(p => p.First == p.Second).Count();
            if (!expected.SequenceEqual(read))
            {
                faults.Add($"{form}: row {differs}: expected “{expected.ElementAtOrDefault(differs)}”, read “{read.ElementAtOrDefault(differs)}”");
            }

            var parts = again.Draft!.AllNodes().Where(n => n.Table?.HasCaptions == true).Select(n => n.Table!.Parts().Count).SingleOrDefault();
            if (parts != 4 || again.Draft.Paragraphs.Count != paragraphs || again.Review!.UnreadLineCount != 0)
            {
                faults.Add($"{form}: {parts} tables in the run (4), {again.Draft.Paragraphs.Count} paragraphs ({paragraphs}), {again.Review!.UnreadLineCount} lines unread");
            }
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    private static List<string> Rows(Draft draft, bool headers) =>
        [.. draft.AllNodes().Where(n => n.Table?.HasCaptions == true).SelectMany(n => n.Table!.Rows.Select(r =>
            (r.Kind == TableRowKind.Header && !headers ? TableRowKind.Body : r.Kind) + ": " + string.Join(" | ", r.Cells.Select(c => InlineItalics.Strip(c.Text) + (c.Span > 1 ? "#" + c.Span : ""))))).DefaultIfEmpty("no table")];

    private static List<string> Rows(Draft draft) =>
        [.. draft.AllNodes().Where(n => n.Table?.HasCaptions == true).SelectMany(n => n.Table!.Rows.Select(r =>
            r.Kind + ": " + string.Join(" | ", r.Cells.Select(c => InlineItalics.Strip(c.Text) + (c.Span > 1 ? "#" + c.Span : ""))))).DefaultIfEmpty("no table")];
}
