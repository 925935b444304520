using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Draft = ResolutionDrafts.Domain.Drafts.Draft;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// A draft as a plain Word file of unknown origin: no styles, no numbering definitions, one Word
/// paragraph a line with the numbers typed ("1.", "(a)" and a tab), footnotes as real Word
/// footnotes, a repeated reference as a NOTEREF field to a bookmark around the first.
/// </summary>
internal static partial class PlainDocxRendering
{
    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(\d+\.|\([a-z]+\)|[a-z]+\.) ")]
    private static partial Regex TypedNumber();

    public static byte[] Render(Draft draft)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            var texts = draft.Footnotes.ToDictionary(f => f.Number, f => ResolutionDrafts.Domain.Drafts.InlineItalics.Strip(f.Text));
            var written = new HashSet<int>();
            var body = new Body();
            var tables = new List<(int At, ResolutionDrafts.Domain.Drafts.DraftTable Table)>();
            var lines = PlainTextRendering.Lines(draft, typedReferences: false, tables);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.StartsWith("_____", StringComparison.Ordinal))
                {
                    break; // the footnotes are Word footnotes here
                }

                body.Append(Paragraph(line, texts, written, footnotes.Footnotes));
                foreach (var (_, table) in tables.Where(t => t.At == i + 1))
                {
                    // A run of tables under sub-headings (ADR 0029, amendment 2): a plain paragraph for each sub-heading and
                    // note, a Word table for each table between them.
                    var rows = new List<ResolutionDrafts.Domain.Drafts.TableRow>();
                    foreach (var row in table.Rows.Append(null))
                    {
                        if (row is { IsLine: false })
                        {
                            rows.Add(row);
                            continue;
                        }

                        if (rows.Count > 0)
                        {
                            body.Append(WordTable(new ResolutionDrafts.Domain.Drafts.DraftTable(rows), texts, written, footnotes.Footnotes));
                            rows = [];
                        }

                        if (row is not null)
                        {
                            body.Append(Paragraph(RaisedOnly(row.Cells[0].Text), texts, written, footnotes.Footnotes));
                        }
                    }
                }
            }

            if (written.Count > 0 && written.Min() > 1)
            {
                // A part B continues part A's footnote numbers: Word starts its numbering there.
                body.Append(new SectionProperties(new FootnoteProperties(new NumberingStart { Val = (ushort)written.Min() })));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The plain text's lines as a Word file, one Word paragraph each: footnote numbers typed as plain
    /// digits and the notes typed after a rule, as text copied from a PDF into Word has them.
    /// </summary>
    public static byte[] RenderWithTypedNotes(Draft draft)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in PlainTextRendering.Lines(draft, typedReferences: true))
            {
                // A table's row keeps its tabs as Word's tabs, as a PDF's columns pasted into Word do.
                var paragraph = new Paragraph();
                foreach (var (piece, i) in line.Split('\t').Select((p, i) => (p, i)))
                {
                    if (i > 0)
                    {
                        paragraph.Append(new Run(new TabChar()));
                    }

                    paragraph.Append(TextRun(piece));
                }

                body.Append(paragraph);
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string line, Dictionary<int, string> texts, HashSet<int> written, Footnotes footnotes)
    {
        var paragraph = new Paragraph();
        var number = TypedNumber().Match(line);
        if (number.Success)
        {
            paragraph.Append(new Run(new Text(number.Groups[1].Value), new TabChar()));
            line = line[number.Length..];
        }

        var at = 0;
        foreach (Match reference in Reference().Matches(line))
        {
            paragraph.Append(TextRun(line[at..reference.Index]));
            at = reference.Index + reference.Length;
            var n = int.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!texts.TryGetValue(n, out var text))
            {
                continue;
            }

            var bookmark = "_Ref" + n.ToString(CultureInfo.InvariantCulture);
            if (written.Add(n))
            {
                footnotes.Append(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }))) { Id = n });
                paragraph.Append(new BookmarkStart { Id = n.ToString(CultureInfo.InvariantCulture), Name = bookmark });
                paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = n }));
                paragraph.Append(new BookmarkEnd { Id = n.ToString(CultureInfo.InvariantCulture) });
            }
            else
            {
                paragraph.Append(new SimpleField(new Run(new Text(n.ToString(CultureInfo.InvariantCulture)))) { Instruction = $" NOTEREF {bookmark} \\f \\h " });
            }
        }

        paragraph.Append(TextRun(line[at..]));
        return paragraph;
    }

    /// <summary>A plain Word table: no style, no borders, a cell's paragraph as any line's; a merged cell spans its columns.</summary>
    private static Table WordTable(ResolutionDrafts.Domain.Drafts.DraftTable table, Dictionary<int, string> texts, HashSet<int> written, Footnotes footnotes)
    {
        var word = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
            new TableGrid(Enumerable.Range(0, table.Columns).Select(_ => new GridColumn { Width = "2000" })));
        foreach (var row in table.Rows)
        {
            var tr = new TableRow();
            foreach (var cell in row.Cells)
            {
                var properties = new TableCellProperties();
                if (cell.Span > 1)
                {
                    properties.Append(new GridSpan { Val = cell.Span });
                }

                tr.Append(new TableCell(properties, Paragraph(RaisedOnly(cell.Text), texts, written, footnotes)));
            }

            word.Append(tr);
        }

        return word;
    }

    /// <summary>A text's raised marks kept, its italics left out (a plain Word file has no italics to read; ADR 0015).</summary>
    private static string RaisedOnly(string text) =>
        string.Concat(ResolutionDrafts.Domain.Drafts.InlineItalics.Runs(text).Select(r => r.Raised ? ResolutionDrafts.Domain.Drafts.InlineItalics.Raise(r.Text) : r.Text));

    /// <summary>A run of text, or runs with a raised letter (ADR 0035) set superscript as Word sets a table's note letter.</summary>
    private static IEnumerable<Run> TextRun(string text) => !ResolutionDrafts.Domain.Drafts.InlineItalics.HasRaised(text)
        ? [new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })]
        : ResolutionDrafts.Domain.Drafts.InlineItalics.Runs(text).Select(r => r.Raised
            ? new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve })
            : new Run(new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve })).ToList();

}
