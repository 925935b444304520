using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// Runs of tables under sub-headings (ADR 0029, amendment 2): 76/246's operative paragraph 27 and 75/246's operative
/// paragraph 43 introduce staffing tables under "A." … "D.", with notes under some. Before, the importers kept one table
/// and left the others out with a warning — the only words the corpus lost. Now the run is one table of the paragraph,
/// its sub-headings caption rows and its notes note rows, read the same from every form, English and Chinese.
/// </summary>
public sealed class CaptionedTablesCorpusTests
{
    public static TheoryData<string, string, string, int, int> Runs => new()
    {
        // folder, file, the holder's last words, sub-headings, notes
        { "76-en", "A_RES_76_246-2119713E.xml", "as set out in the table below:", 4, 2 },
        { "76-zh", "A_RES_76_246-2119713C.xml", "人员配置表的变动：", 4, 2 },
        { "75-en", "75_246_E.xml", "as set out in the table below:", 2, 1 },
        { "75-zh", "75_246_C.xml", "：", 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Akn_ARunOfTablesUnderSubHeadings_IsOneTableOfItsParagraph_NothingLeftOut(string folder, string file, string ending, int captions, int notes)
    {
        var result = DraftImporter.Import(Fixtures.Bytes("corpus/ga/" + folder, file));

        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
        var holder = Assert.Single(result.Draft!.AllNodes(), n => n.Table?.HasCaptions == true);
        Assert.EndsWith(ending, InlineItalics.Strip(holder.Text).TrimEnd(), StringComparison.Ordinal);
        var table = holder.Table!;
        var captionRows = table.Rows.Where(r => r.Kind == TableRowKind.Caption).ToList();
        Assert.Equal(captions, captionRows.Count);
        Assert.Equal(TableRowKind.Caption, table.Rows[0].Kind);
        Assert.All(captionRows.Select((r, i) => (r, i)), p => Assert.StartsWith($"{(char)('A' + p.i)}.", p.r.Cells[0].Text, StringComparison.Ordinal));
        Assert.All(captionRows, r => Assert.True(r.Cells[0].Text.Length > 4, r.Cells[0].Text)); // the words, not only the letter
        Assert.Equal(notes, table.Rows.Count(r => r.Kind == TableRowKind.Note));
        Assert.Equal(captions, table.Rows.Count(r => r.Kind == TableRowKind.Header)); // each table's own header
        Assert.Equal(captions, table.Parts().Count);
        Assert.Null(table.Problem());
    }

    [Fact]
    public void Akn_76_246_KeepsEveryTablesRowsAndNotes()
    {
        var table = Fixtures.Import("corpus/ga/76-en", "A_RES_76_246-2119713E.xml").AllNodes().Single(n => n.Table?.HasCaptions == true).Table!;

        Assert.Equal(
            ["A. Secretariat of the Pension Board", "B. Pension Administration", "C. Office of Investment Management", "D. Office of Internal Oversight Services"],
            table.Rows.Where(r => r.Kind == TableRowKind.Caption).Select(r => InlineItalics.Strip(r.Cells[0].Text)));
        Assert.Contains(table.Rows, r => r.Cells.Any(c => c.Text == "Accounting Assistant"));
        Assert.Contains(table.Rows, r => r.Kind == TableRowKind.Note && InlineItalics.Strip(r.Cells[0].Text).Contains("From extrabudgetary funds", StringComparison.Ordinal));
        Assert.Contains(table.Rows, r => r.Kind == TableRowKind.Note && InlineItalics.Strip(r.Cells[0].Text).StartsWith("Abbreviations", StringComparison.Ordinal));
        Assert.Equal("B. Pension Administration", InlineItalics.Strip(table.CaptionOf(table.Rows.First(r => r.Cells.Any(c => c.Text == "Accounting Assistant")).Id)!));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryForm_ReadsTheRunBackAsTheAknHasIt(string folder, string file, string ending, int captions, int notes)
    {
        _ = (ending, captions, notes);
        var draft = Fixtures.Import("corpus/ga/" + folder, file);
        var expected = Rows(draft, headers: true);

        foreach (var (form, bytes, headers) in new (string, byte[], bool)[]
        {
            ("akn export", AknExporter.ExportBytes(draft), true),
            ("docx export", DocxExporter.Export(draft), true),
            ("text", PlainTextRendering.Render(draft, "\n", blankLines: false), false),
            ("text-crlf-blank", PlainTextRendering.Render(draft, "\r\n", blankLines: true), false),
            ("plain docx", PlainDocxRendering.Render(draft), false),
            ("docx typed notes", PlainDocxRendering.RenderWithTypedNotes(draft), false),
        })
        {
            var again = DraftImporter.Import(bytes);
            Assert.True(again.IsSuccess, $"{form}: {again.Error}");
            Assert.DoesNotContain(again.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
            Assert.Equal(headers ? expected : Rows(draft, headers: false), Rows(again.Draft!, headers));
        }
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "D. Office of Internal Oversight Services", 700)]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "内部监督事务厅", 600)]
    public void Docx_PrintsEachTableOfTheRunAsAWordTableUnderItsSubHeading_NotesBelow(string folder, string file, string lastCaption, int narrowest)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(docx.ValidationErrors);
        var body = docx.Document.Root!.Element(DocxFile.W + "body")!;
        var tables = body.Elements(DocxFile.W + "tbl").Where(t => t.Descendants(DocxFile.W + "tr").Count() > 1 && (Text(t).Contains("Title of post", StringComparison.Ordinal) || Text(t).Contains("员额职称", StringComparison.Ordinal))).ToList();
        Assert.Equal(4, tables.Count);
        foreach (var table in tables)
        {
            // Its sub-heading is a paragraph right before it, not a row of it; its columns are the run's four.
            var before = table.ElementsBeforeSelf().Last();
            Assert.Equal(DocxFile.W + "p", before.Name);
            Assert.Matches(@"^[A-D]\.", Text(before));
            Assert.Equal(4, table.Element(DocxFile.W + "tblGrid")!.Elements().Count());
            Assert.DoesNotContain(table.Descendants(DocxFile.W + "gridSpan"), g => (string?)g.Attribute(DocxFile.W + "val") == "4");
            Assert.NotNull(table.Descendants(DocxFile.W + "tblHeader").FirstOrDefault()); // each table's header repeats as the UN prints it
        }

        Assert.Contains(lastCaption, Text(tables[3].ElementsBeforeSelf().Last()), StringComparison.Ordinal);
        var afterLast = tables[3].ElementsAfterSelf(DocxFile.W + "p").Select(Text).First(t => t.Length > 0);
        Assert.True(afterLast.StartsWith("Abbreviations", StringComparison.Ordinal) || afterLast.StartsWith("缩写", StringComparison.Ordinal), afterLast);

        // The widths: no column squeezed (the "Number" / 数目 column holds at least its header word; was 513 twips).
        var widths = tables[0].Element(DocxFile.W + "tblGrid")!.Elements().Select(g => int.Parse((string)g.Attribute(DocxFile.W + "w")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(widths, w => Assert.True(w >= narrowest, string.Join(", ", widths)));
    }

    [Fact]
    public void Json_TheRunsRowKindsRoundTripThroughTheDraftsJsonForm_AndAnUnknownKindIsRefused()
    {
        var draft = Fixtures.Import("corpus/ga/76-en", "A_RES_76_246-2119713E.xml");

        var json = Documents.Json.DraftJson.Serialize(draft);
        var back = Documents.Json.DraftJson.Deserialize(json);

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(DraftCanonicalForm.Of(draft), DraftCanonicalForm.Of(back.Value!));
        Assert.Contains("\"kind\": \"caption\"", json, StringComparison.Ordinal);
        var bad = Documents.Json.DraftJson.Deserialize(json.Replace("\"kind\": \"caption\"", "\"kind\": \"heading\"", StringComparison.Ordinal));
        Assert.False(bad.IsSuccess);
        Assert.Contains("a row's kind must be", bad.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "en", "In the table under “C. Office of Investment Management” in ")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "zh", "“C. 投资管理厅”下的表格中，")]
    public void ACellOfTableC_IsWordedNamingTableC_AndTheComparisonPrintsTheRunAsTheDraftDoes(string folder, string file, string language, string naming)
    {
        var old = Fixtures.Import("corpus/ga/" + folder, file);
        var holder = old.AllNodes().Single(n => n.Table?.HasCaptions == true);
        var table = holder.Table!;
        var inC = table.Rows.First(r => r.Kind == TableRowKind.Body && table.CaptionOf(r.Id)!.StartsWith("C.", StringComparison.Ordinal));
        var note = table.Rows.First(r => r.Kind == TableRowKind.Note);
        var now = old.Clone();
        Assert.True(now.SetTableCell(holder.Id, inC.Id, 3, "7").IsSuccess);
        Assert.True(now.RemoveTableRow(holder.Id, note.Id).IsSuccess);

        var amendment = Domain.Amendments.AmendmentBuilder.Compute(old, now);
        var wording = amendment.Wording(language);
        Assert.Contains(wording, w => w.Contains(naming, StringComparison.Ordinal) && w.Contains("“7”", StringComparison.Ordinal));
        var applied = Domain.Amendments.AmendmentApplier.Apply(old, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(now), DraftCanonicalForm.Of(applied.Value!));

        var comparison = new DocxFile(ComparisonDocxExporter.Export(old, now));
        Assert.Empty(comparison.ValidationErrors);
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(now))), TrackedChanges.AcceptAll(comparison));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(old))), TrackedChanges.RejectAll(comparison));
    }

    /// <summary>The rows as kind and cell texts (italics left out: a PDF's text has none); header kinds only where the form says them.</summary>
    private static List<string> Rows(Draft draft, bool headers) =>
        [.. draft.AllNodes().Where(n => n.Table?.HasCaptions == true).SelectMany(n => n.Table!.Rows.Select(r =>
            (r.Kind == TableRowKind.Header && !headers ? TableRowKind.Body : r.Kind) + ": " + string.Join(" | ", r.Cells.Select(c => InlineItalics.Strip(c.Text))))).DefaultIfEmpty("no run")];

    private static string Text(System.Xml.Linq.XElement e) => string.Concat(e.Descendants(DocxFile.W + "t").Select(t => t.Value));
}
