using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Builds a small Word document the way DGACM lays out a draft: the masthead in a table, "1.",
/// "(a)" and a tab before the text in SingleTxt paragraphs, H1 section headings, real footnotes,
/// a second reference to a footnote as a NOTEREF field, and a custom "*" footnote on the sponsors
/// line.
/// </summary>
internal static class DgacmDocx
{
    public static byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                Note(1, "On behalf of the States Members of the United Nations that are members of the Group of 77 and China."),
                Note(2, "Resolution 70/1."),
                Note(3, "A/80/123."));
            var body = new Body(
                Masthead(),
                P("Normal", "Eightieth session"),
                P("Normal", "Second Committee"),
                P("Normal", "Agenda item 18 (a)"),
                P("Normal", "Sustainable development"),
                new Paragraph(Style("Sponsors"), R("Uganda:"), new Run(new FootnoteReference { Id = 1, CustomMarkFollows = true }), R("*"), R(" draft resolution")),
                P("Title", "Sustainable development and the 2030 Agenda"),
                P("Normal", "The General Assembly,"),
                P("SingleTxt", "\tRecalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,",
                    new BookmarkStart { Id = "7", Name = "_Ref1" }, new Run(new FootnoteReference { Id = 2 }), new BookmarkEnd { Id = "7" }),
                P("SingleTxt", "\tBearing in mind the report of the Secretary-General,", new Run(new FootnoteReference { Id = 3 })),
                P("H1", "I"),
                P("H1", "General matters"),
                P("SingleTxt", "1.\tReaffirms its commitment to the 2030 Agenda;", NoteRef("_Ref1", "2")),
                P("SingleTxt", "2.\tCalls upon all States:"),
                P("SingleTxt", "(a)\tTo take action;"),
                P("SingleTxt", "(b)\tTo report on that action, including on:"),
                P("SingleTxt", "(i)\tfinance;"),
                P("SingleTxt", "(ii)\ttechnology;"),
                P("H1", "II"),
                P("H1", "Follow-up"),
                P("SingleTxt", "3.\tDecides to include in the provisional agenda of its eighty-first session the sub-item entitled “Sustainable development”."),
                P("Normal", "__________________"));
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static Table Masthead() =>
        new(new TableRow(
                Cell(P("Normal", "United Nations")),
                Cell(P("Normal", "A/C.2/80/L.99"))),
            new TableRow(
                Cell(P("Normal", "General Assembly")),
                Cell(new Paragraph(R("Distr.: Limited"), new Run(new Break()), R("1 November 2025"), new Run(new Break()), new Run(new Break()), R("Original: English")))),
            new TableRow(
                Cell(P("Normal", "25-99999 (E)")),
                Cell(P("Normal", "*2599999*"))));

    private static TableCell Cell(Paragraph paragraph) => new(paragraph);

    private static Paragraph P(string style, string text, params OpenXmlElement[] after)
    {
        var paragraph = new Paragraph(Style(style));
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new TabChar()));
            }

            if (parts[i].Length > 0)
            {
                paragraph.Append(R(parts[i]));
            }
        }

        paragraph.Append(after);
        return paragraph;
    }

    private static ParagraphProperties Style(string style) => new(new ParagraphStyleId { Val = style });

    private static Run R(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Footnote Note(long id, string text) =>
        new(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new TabChar()), R(text))) { Id = id };

    /// <summary>A second reference to a footnote, as Word writes it: NOTEREF to the bookmark around the first.</summary>
    private static Run NoteRef(string bookmark, string shown) =>
        new(new FieldChar { FieldCharType = FieldCharValues.Begin }, new FieldCode($" NOTEREF {bookmark} \\f \\h "),
            new FieldChar { FieldCharType = FieldCharValues.Separate }, new Text(shown), new FieldChar { FieldCharType = FieldCharValues.End });
}
